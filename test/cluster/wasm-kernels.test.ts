import { afterEach, describe, expect, it } from 'vitest';
import { createWasmBackend, type WasmKmeansBackend } from '../../services/cluster/wasm/wasm-backend';
import { ClusterPool } from '../../services/cluster/worker-pool';
import { jsBackend } from '../../shared/cluster/backend';
import { kernelsFor } from '../../shared/cluster/kernels';
import { absoluteTolerance, runKmeansRestart } from '../../shared/cluster/kmeans';
import { seedKmeansPlusPlus } from '../../shared/cluster/kmeans-init';
import { runKprototypesRestart, type CategoryBlock } from '../../shared/cluster/kprototypes';
import type { Matrix } from '../../shared/cluster/matrix';
import { SeededRandom } from '../../shared/cluster/random';
import { makeBlobs } from './helpers';

/** The exact bits of a float array, so +0/-0 and the last ulp count. */
const bits = (a: Float64Array) => Array.from(new BigInt64Array(a.slice().buffer), String);

async function wasmFor(x: Matrix): Promise<WasmKmeansBackend> {
  const backend = await createWasmBackend(x);
  if (!backend) throw new Error('the WebAssembly backend did not start');
  return backend;
}

/** Rows on a coarse integer grid with many repeated rows: distance ties everywhere. */
function tiedRows(n: number, d: number, seed: number): Matrix {
  const rng = new SeededRandom(seed);
  return { data: Float64Array.from({ length: n * d }, () => rng.below(4)), rows: n, cols: d };
}

describe('the WebAssembly SIMD k-means backend', () => {
  const cases: Array<[string, Matrix, number]> = [
    ['d = 8, k = 10 (the benchmark shape)', makeBlobs(3000, 8, 6, 1, 1.2), 10],
    ['d = 8, k = 7 (odd: a padding lane)', makeBlobs(3000, 8, 5, 2, 1.5), 7],
    ['d = 1, k = 2 (plain passes)', makeBlobs(2000, 1, 2, 3, 1), 2],
    ['d = 3, k = 3 (plain passes, odd)', makeBlobs(2000, 3, 3, 4, 2), 3],
    ['d = 13, k = 16', makeBlobs(2500, 13, 9, 5, 1), 16],
    ['d = 33, k = 5 (loop-form JavaScript kernels)', makeBlobs(1500, 33, 4, 6, 1), 5],
    ['ties: integer grid with repeated rows, k = 6', tiedRows(2000, 4, 7), 6],
    ['ties: integer grid, k = 9', tiedRows(1500, 2, 8), 9],
  ];
  for (const [name, x, k] of cases) {
    it(`gives the same bits as the JavaScript kernels: ${name}`, async () => {
      const wasm = await wasmFor(x);
      const tol = absoluteTolerance(x, 1e-4);
      for (const restart of [0, 1, 2]) {
        const js = runKmeansRestart(x, k, 11, restart, 300, tol, jsBackend);
        const simd = runKmeansRestart(wasm.matrix, k, 11, restart, 300, tol, wasm);
        expect(Array.from(simd.labels)).toEqual(Array.from(js.labels));
        expect(bits(simd.centers)).toEqual(bits(js.centers));
        expect(Object.is(simd.inertia, js.inertia)).toBe(true);
        expect(simd.iterations).toBe(js.iterations);
        expect(simd.converged).toBe(js.converged);
        // The result is a copy: freeing the restart's memory must not change it.
        expect(simd.labels.buffer).not.toBeInstanceOf(SharedArrayBuffer);
      }
    });
  }

  it('seeds k-means++ with the same centres, labels and bounds', async () => {
    const x = makeBlobs(4000, 6, 8, 9, 1);
    const wasm = await wasmFor(x);
    for (const k of [2, 5, 10]) {
      const js = seedKmeansPlusPlus(x, k, 3, jsBackend);
      const simd = seedKmeansPlusPlus(wasm.matrix, k, 3, wasm);
      expect(bits(simd.centers)).toEqual(bits(js.centers));
      expect(Array.from(simd.labels)).toEqual(Array.from(js.labels));
      expect(bits(simd.upper)).toEqual(bits(js.upper));
      expect(bits(simd.lower)).toEqual(bits(js.lower));
    }
  });

  it('gives the same Hamerly and plain passes from an arbitrary state, for every k from 1 to 12', async () => {
    const n = 700;
    const d = 5;
    const rng = new SeededRandom(21);
    const f = (len: number, scale: number) => Float64Array.from({ length: len }, () => Math.abs((rng.next() - 0.5) * scale));
    const x: Matrix = { data: f(n * d, 10), rows: n, cols: d };
    const wasm = await wasmFor(x);
    for (let k = 1; k <= 12; k++) {
      const state = { centers: f(k * d, 10), labels: Int32Array.from({ length: n }, () => rng.below(k)), upper: f(n, 2), lower: f(n, 2), sums: f(k * d, 1), counts: f(k, 100), half: f(k, 1) };
      for (const pass of ['full', 'hamerly'] as const) {
        const runs = [jsBackend, wasm].map((backend) => {
          const copy = <T extends Float64Array | Int32Array>(a: T): T => {
            const v = (a instanceof Int32Array ? backend.i32(a.length) : backend.f64(a.length)) as T;
            v.set(a);
            return v;
          };
          const s = { labels: copy(state.labels), upper: copy(state.upper), lower: copy(state.lower), sums: copy(state.sums), counts: copy(state.counts), half: copy(state.half) };
          const data = backend === jsBackend ? x.data : wasm.matrix.data;
          const out = new Int32Array(2);
          const kernels = backend.kernels(d, k);
          if (pass === 'full') kernels.full(data, n, state.centers, k, s.labels, s.upper, s.lower, s.sums, s.counts, out);
          else kernels.hamerly(data, n, state.centers, k, s.labels, s.upper, s.lower, s.sums, s.counts, s.half, k - 1, 0.05, 0.01, out);
          return { out: Array.from(out), labels: Array.from(s.labels), upper: bits(s.upper), lower: bits(s.lower), sums: bits(s.sums), counts: bits(s.counts) };
        });
        expect(runs[1]).toEqual(runs[0]);
        if (k > 1) expect(runs[0].out[0]).toBeGreaterThan(0);
      }
    }
  });

  it('runs k-prototypes (mixed numbers and one-hot categories, many distance ties) with the same bits', async () => {
    const rng = new SeededRandom(31);
    const n = 3000;
    const levels = [3, 5];
    const d = 2 + levels[0] + levels[1];
    const v = Math.sqrt(0.5);
    const data = new Float64Array(n * d);
    for (let i = 0; i < n; i++) {
      data[i * d] = rng.below(3) + (rng.next() < 0.5 ? 0 : 0.5);
      data[i * d + 1] = rng.below(2);
      data[i * d + 2 + rng.below(levels[0])] = v;
      data[i * d + 2 + levels[0] + rng.below(levels[1])] = v;
    }
    const x: Matrix = { data, rows: n, cols: d };
    const blocks: CategoryBlock[] = [{ offset: 2, levels: levels[0], value: v }, { offset: 2 + levels[0], levels: levels[1], value: v }];
    const wasm = await wasmFor(x);
    for (const k of [2, 4, 7]) {
      const js = runKprototypesRestart(x, blocks, k, 5, 1, 100, jsBackend);
      const simd = runKprototypesRestart(wasm.matrix, blocks, k, 5, 1, 100, wasm);
      expect(Array.from(simd.labels)).toEqual(Array.from(js.labels));
      expect(bits(simd.centers)).toEqual(bits(js.centers));
      expect(Object.is(simd.inertia, js.inertia)).toBe(true);
      expect([simd.iterations, simd.converged]).toEqual([js.iterations, js.converged]);
    }
  });

  it('refuses arrays that are not in its memory instead of reading garbage', async () => {
    const x = makeBlobs(200, 3, 2, 1, 1);
    const wasm = await wasmFor(x);
    const kernels = wasm.kernels(3, 4);
    const out = new Int32Array(2);
    const own = () => wasm.f64(200);
    expect(() => kernels.full(x.data, 200, new Float64Array(12), 4, wasm.i32(200), own(), own(), wasm.f64(12), wasm.f64(4), out)).toThrow(/memori WebAssembly/);
    expect(() => kernels.full(wasm.matrix.data, 200, new Float64Array(12), 3, wasm.i32(200), own(), own(), wasm.f64(12), wasm.f64(4), out)).toThrow(/k = 4/);
    // Kernels beyond the written-out sizes are the JavaScript ones, which take any array.
    expect(wasm.kernels(3, 40)).toBe(kernelsFor(3, undefined, 40));
  });

  describe('in the clustering workers', () => {
    const saved = process.env.PETA_KMEANS_BACKEND;
    afterEach(() => {
      if (saved === undefined) delete process.env.PETA_KMEANS_BACKEND;
      else process.env.PETA_KMEANS_BACKEND = saved;
    });

    it('runs k-means restarts on WebAssembly, with the calling thread\'s exact results', async () => {
      const x = makeBlobs(5000, 8, 6, 12, 1.3);
      const tolAbs = absoluteTolerance(x, 1e-4);
      const pool = new ClusterPool(x, 2);
      try {
        const outcome = await pool.run({ type: 'kmeans', k: 8, seed: 4, restart: 1, maxIterations: 300, tolAbs });
        const inline = runKmeansRestart(x, 8, 4, 1, 300, tolAbs);
        expect(outcome.backend).toBe('wasm-simd');
        expect(Array.from(outcome.labels)).toEqual(Array.from(inline.labels));
        expect(bits(outcome.centers)).toEqual(bits(inline.centers));
      } finally {
        await pool.close();
      }
    });

    it('uses the JavaScript kernels when PETA_KMEANS_BACKEND=js', async () => {
      process.env.PETA_KMEANS_BACKEND = 'js';
      const x = makeBlobs(1000, 4, 3, 13, 1);
      expect(await createWasmBackend(x)).toBeNull();
      const pool = new ClusterPool(x, 1);
      try {
        const outcome = await pool.run({ type: 'kmeans', k: 3, seed: 4, restart: 0, maxIterations: 300, tolAbs: 0 });
        expect(outcome.backend).toBe('js');
      } finally {
        await pool.close();
      }
    });
  });
});
