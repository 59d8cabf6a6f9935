import wabt from 'wabt';
import type { KmeansBackend } from '../../../shared/cluster/backend';
import { kernelsFor, type Kernels } from '../../../shared/cluster/kernels';
import type { Matrix } from '../../../shared/cluster/matrix';
import { kernelModuleText, trialPairsFor } from './kernel-wat';

/**
 * The WebAssembly SIMD backend of k-means (see shared/cluster/backend.ts and kernel-wat.ts): about a
 * third less time per pass than the JavaScript kernels at 421,000 rows, with bit-identical results.
 *
 * One instance per clustering worker. Its linear memory holds, in this order: a 64 KiB scratch area
 * (centres in lane-pair layout, trial data, kernel outputs), a copy of the matrix, then the restart's
 * per-row arrays, handed out by a bump allocator and freed together by `release`. The memory is
 * `shared` only so that growing it never detaches the views already handed out.
 *
 * WAT text is assembled with wabt (the WebAssembly Binary Toolkit compiled to JavaScript) rather than
 * by a hand-written encoder; modules are compiled per (d, k) on first use and cached.
 */

type WabtModule = Awaited<ReturnType<typeof wabt>>;
type Exports = {
  full: (...args: number[]) => void;
  hamerly: (...args: number[]) => void;
  trialPots: (...args: number[]) => void;
  addCentre: (...args: number[]) => void;
};

const PAGE = 65_536;
const SCRATCH = PAGE;
const OUT = SCRATCH - 16;
/** wasm32 addresses 4 GiB; above this much data the JavaScript kernels run instead. */
const MAX_DATA_BYTES = 2 ** 31;
/** Larger d or k run the JavaScript kernels (same bits): the written-out modules would grow too big. */
const MAX_D = 64;
const MAX_K = 32;

let wabtReady: Promise<WabtModule> | null = null;

/**
 * A backend holding a copy of `source` in WebAssembly memory, or null when WebAssembly SIMD is not
 * available, the matrix is too large for it, or PETA_KMEANS_BACKEND=js asks for the JavaScript one.
 */
export async function createWasmBackend(source: Matrix): Promise<WasmKmeansBackend | null> {
  if (process.env.PETA_KMEANS_BACKEND === 'js' || source.data.byteLength > MAX_DATA_BYTES) return null;
  try {
    const backend = new WasmKmeansBackend(await (wabtReady ??= wabt()), source);
    backend.kernels(source.cols, 2); // compiles once, so a missing feature shows here, not mid-run
    return backend;
  } catch (err) {
    process.stderr.write(`peta: k-means WebAssembly tidak tersedia, memakai JavaScript (${(err as Error).message})\n`);
    return null;
  }
}

export class WasmKmeansBackend implements KmeansBackend {
  readonly name = 'wasm-simd';
  /** The matrix, as a view of this backend's memory: run tasks on this one. */
  readonly matrix: Matrix;
  private readonly memory: WebAssembly.Memory;
  private readonly scratch: Float64Array;
  private readonly scratchI32: Int32Array;
  private readonly base: number;
  private top: number;
  /** Views that live in this memory; a kernel refuses any other array (it would read garbage). */
  private readonly owned = new WeakSet<ArrayBufferView>();
  private readonly compiled = new Map<string, Kernels>();

  constructor(private readonly assembler: WabtModule, source: Matrix) {
    const { rows: n, cols: d } = source;
    // Room for the data and one restart's arrays (≈ 40 bytes per row), so memory rarely grows.
    const bytes = SCRATCH + source.data.byteLength + 48 * n + (1 << 20);
    this.memory = new WebAssembly.Memory({ initial: Math.ceil(bytes / PAGE), maximum: 65_536, shared: true });
    this.scratch = new Float64Array(this.memory.buffer, 0, SCRATCH / 8);
    this.scratchI32 = new Int32Array(this.memory.buffer, 0, SCRATCH / 4);
    this.top = SCRATCH;
    const data = this.f64(n * d);
    data.set(source.data);
    this.matrix = { data, rows: n, cols: d };
    this.base = this.top;
  }

  f64(length: number): Float64Array {
    const view = new Float64Array(this.memory.buffer, this.allocate(length * 8), length).fill(0);
    this.owned.add(view);
    return view;
  }

  i32(length: number): Int32Array {
    const view = new Int32Array(this.memory.buffer, this.allocate(length * 4), length).fill(0);
    this.owned.add(view);
    return view;
  }

  mark(): number {
    return this.top;
  }

  release(mark: number): void {
    this.top = Math.max(this.base, mark);
  }

  keep<T extends Float64Array | Int32Array>(array: T): T {
    return array.slice() as T;
  }

  kernels(d: number, k: number): Kernels {
    if (d > MAX_D || k > MAX_K || k < 1) return kernelsFor(d, undefined, k);
    const key = `${d}:${k}`;
    let kernels = this.compiled.get(key);
    if (!kernels) {
      kernels = this.compile(d, k);
      this.compiled.set(key, kernels);
    }
    return kernels;
  }

  private allocate(bytes: number): number {
    const start = (this.top + 15) & ~15;
    const end = start + bytes;
    if (end > 2 ** 32 - PAGE) throw new RangeError('Data terlalu besar untuk memori WebAssembly.');
    const have = this.memory.buffer.byteLength;
    if (end > have) this.memory.grow(Math.ceil((end - have) / PAGE));
    this.top = end;
    return start;
  }

  private offset(view: ArrayBufferView): number {
    if (!this.owned.has(view)) throw new Error('Larik k-means tidak berada di memori WebAssembly backend ini.');
    return view.byteOffset;
  }

  private compile(d: number, k: number): Kernels {
    const parsed = this.assembler.parseWat(`kmeans-d${d}-k${k}.wat`, kernelModuleText(d, k), { simd: true, threads: true });
    let binary: Uint8Array;
    try {
      binary = parsed.toBinary({}).buffer;
    } finally {
      parsed.destroy();
    }
    const instance = new WebAssembly.Instance(new WebAssembly.Module(binary as Uint8Array<ArrayBuffer>), { env: { memory: this.memory } });
    return this.wrap(instance.exports as unknown as Exports, d, k);
  }

  /** The kernels' JavaScript signatures over the module's exports (layouts prepared in scratch). */
  private wrap(ex: Exports, d: number, k: number): Kernels {
    const s = this.scratch;
    const tp = trialPairsFor(k);
    const checkK = (given: number) => {
      if (given !== k) throw new Error(`Kernel dikompilasi untuk k = ${k}, dipanggil dengan k = ${given}.`);
    };
    // Centre j, feature t → pair j >> 1, lane j & 1; the padding lane of an odd k holds NaN.
    const writeCentres = (centers: Float64Array) => {
      const pairs = Math.ceil(k / 2);
      for (let p = 0; p < pairs; p++) {
        for (let t = 0; t < d; t++) {
          s[(p * d + t) * 2] = centers[2 * p * d + t];
          s[(p * d + t) * 2 + 1] = 2 * p + 1 < k ? centers[(2 * p + 1) * d + t] : NaN;
        }
      }
    };
    const readOut = (out: Int32Array) => {
      out[0] = this.scratchI32[OUT / 4];
      out[1] = this.scratchI32[OUT / 4 + 1];
    };
    return {
      d,
      full: (data, n, centers, kk, labels, upper, lower, sums, counts, out) => {
        checkK(kk);
        writeCentres(centers);
        ex.full(n, this.offset(data), 0, this.offset(labels), this.offset(upper), this.offset(lower), this.offset(sums), this.offset(counts), OUT);
        readOut(out);
      },
      hamerly: (data, n, centers, kk, labels, upper, lower, sums, counts, half, maxAt, max, second, out) => {
        checkK(kk);
        writeCentres(centers);
        ex.hamerly(
          n, this.offset(data), 0, this.offset(labels), this.offset(upper), this.offset(lower), this.offset(sums), this.offset(counts),
          this.offset(half), maxAt, max, second, OUT,
        );
        readOut(out);
      },
      trialPots: (data, n, closest, near, labels, candidates, trials, gaps, kk, pots) => {
        checkK(kk);
        if (Math.ceil(trials / 2) !== tp) throw new Error(`Kernel dikompilasi untuk ${tp} pasang percobaan, bukan ${trials} percobaan.`);
        // Scratch: candidates (16·tp·d bytes), then the gaps per label, then the potentials.
        const gapsAt = 2 * tp * d;
        const potsAt = gapsAt + 2 * k * tp;
        for (let lane = 0; lane < 2 * tp; lane++) {
          const p = lane >> 1;
          const side = lane & 1;
          const live = lane < trials;
          for (let t = 0; t < d; t++) s[(p * d + t) * 2 + side] = live ? data[candidates[lane] * d + t] : 0;
          for (let a = 0; a < k; a++) s[gapsAt + (a * tp + p) * 2 + side] = live ? gaps[lane * k + a] : Infinity;
          s[potsAt + lane] = live ? pots[lane] : 0;
        }
        ex.trialPots(n, this.offset(data), this.offset(closest), this.offset(near), this.offset(labels), 0, gapsAt * 8, potsAt * 8);
        for (let t = 0; t < trials; t++) pots[t] = s[potsAt + t];
      },
      addCentre: (data, n, closest, near, second, labels, chosen, c, gaps, gapBase) => {
        for (let j = 0; j < k; j++) s[j] = gaps[gapBase + j];
        ex.addCentre(
          n, this.offset(data), this.offset(closest), this.offset(near), this.offset(second), this.offset(labels),
          this.offset(data) + chosen * d * 8, c, 0,
        );
      },
    };
  }
}
