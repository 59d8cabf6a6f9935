import { describe, expect, it } from 'vitest';
import { kernelsFor } from '../../shared/cluster/kernels';
import { assignToCenters, runKmeans } from '../../shared/cluster/kmeans';
import { SeededRandom } from '../../shared/cluster/random';
import { makeBlobs } from './helpers';

/** Arrays of a pass's state, filled from a seed, copied for each kernel form. */
function state(n: number, d: number, k: number, seed: number) {
  const rng = new SeededRandom(seed);
  const f = (len: number, scale = 1) => Float64Array.from({ length: len }, () => (rng.next() - 0.5) * scale);
  return {
    data: f(n * d, 10), centers: f(k * d, 10), labels: Int32Array.from({ length: n }, () => rng.below(k)),
    upper: f(n, 2).map(Math.abs), lower: f(n, 2).map(Math.abs), sums: f(k * d), counts: Float64Array.from({ length: k }, () => 50),
    half: f(k, 1).map(Math.abs),
  };
}
const copy = <T extends Record<string, Float64Array | Int32Array>>(s: T): T =>
  Object.fromEntries(Object.entries(s).map(([key, v]) => [key, v.slice()])) as T;

describe('the kernels compiled per feature count', () => {
  for (const d of [1, 3, 8, 13]) {
    it(`give bit-identical Hamerly and plain passes written out for k, written out or as loops (d = ${d})`, () => {
      const k = 5;
      const n = 400;
      const base = state(n, d, k, d);
      for (const pass of ['hamerly', 'full'] as const) {
        const forms: Array<[boolean, number]> = [[true, k], [true, 0], [false, 0]];
        const runs = forms.map(([unrolled, fixedK]) => {
          const s = copy(base);
          const out = new Int32Array(2);
          const kernels = kernelsFor(d, unrolled, fixedK);
          if (pass === 'full') kernels.full(s.data, n, s.centers, k, s.labels, s.upper, s.lower, s.sums, s.counts, out);
          else kernels.hamerly(s.data, n, s.centers, k, s.labels, s.upper, s.lower, s.sums, s.counts, s.half, 2, 0.05, 0.01, out);
          return { s, out };
        });
        for (const other of runs.slice(1)) {
          expect(Array.from(runs[0].out)).toEqual(Array.from(other.out));
          for (const key of ['labels', 'upper', 'lower', 'sums', 'counts'] as const) expect(Array.from(runs[0].s[key])).toEqual(Array.from(other.s[key]));
        }
        expect(runs[0].out[0]).toBeGreaterThan(0);
      }
    });
  }

  it('give the same k-means++ potentials and nearest centres written out or as loops', () => {
    const d = 6;
    const n = 500;
    const k = 4;
    const s = state(n, d, k, 77);
    const closest = s.upper.map((v) => v * v);
    const candidates = Int32Array.from([3, 77, 300]);
    const gaps = Float64Array.from({ length: 3 * k }, (_, i) => (i % 5) * 0.7);
    const results = [true, false].map((unrolled) => {
      const kernels = kernelsFor(d, unrolled);
      const pots = new Float64Array(3);
      kernels.trialPots(s.data, n, closest, s.upper, s.labels, candidates, 3, gaps, k, pots);
      const c2 = closest.slice();
      const near = s.upper.slice();
      const second = s.lower.slice();
      const labels = s.labels.slice();
      kernels.addCentre(s.data, n, c2, near, second, labels, 77, 3, gaps, k);
      return { pots: Array.from(pots), c2: Array.from(c2), second: Array.from(second), labels: Array.from(labels) };
    });
    expect(results[0]).toEqual(results[1]);
  });

  it('cluster data with more features than are written out (loop form) to a true k-means fixed point', () => {
    const x = makeBlobs(600, 40, 3, 5, 1);
    const r = runKmeans(x, { k: 3, seed: 2, restarts: 2, maxIterations: 300, tolerance: 0 });
    expect(r.converged).toBe(true);
    expect(Array.from(assignToCenters(x, r.centers, 3).labels)).toEqual(Array.from(r.labels));
  });
});
