import type { Matrix } from './matrix';
import { SeededRandom } from './random';

/**
 * Greedy k-means++ seeding as scikit-learn does it (Arthur & Vassilvitskii 2007 with 2 + ln k local
 * trials per centre, keeping the trial that lowers the potential most). Returns k×d centres.
 * `scratch` (trials × n) may be passed in to reuse memory across restarts.
 */
export function seedKmeansPlusPlus(x: Matrix, k: number, seed: number, scratch?: Float64Array): Float64Array {
  const { data, rows: n, cols: d } = x;
  const rng = new SeededRandom(seed);
  const trials = 2 + Math.floor(Math.log(k));
  const centers = new Float64Array(k * d);
  const buffers = scratch && scratch.length >= (trials + 2) * n ? scratch : new Float64Array((trials + 2) * n);
  // Layout of the scratch: [closest (n)] [cumsum (n)] [trial 0 (n)] ... [trial t-1 (n)].
  const closest = buffers.subarray(0, n);
  const cumsum = buffers.subarray(n, 2 * n);

  const first = rng.below(n);
  centers.set(data.subarray(first * d, first * d + d), 0);
  let pot = 0;
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let t = 0; t < d; t++) {
      const v = data[i * d + t] - data[first * d + t];
      s += v * v;
    }
    closest[i] = s;
    pot += s;
  }

  const candidates = new Int32Array(trials);
  const pots = new Float64Array(trials);
  for (let c = 1; c < k; c++) {
    let acc = 0;
    for (let i = 0; i < n; i++) {
      acc += closest[i];
      cumsum[i] = acc;
    }
    for (let t = 0; t < trials; t++) candidates[t] = searchLeft(cumsum, rng.next() * pot);
    pots.fill(0);
    // One pass over the data for all trials: the rows stay in cache.
    for (let i = 0; i < n; i++) {
      const oi = i * d;
      const ci = closest[i];
      for (let t = 0; t < trials; t++) {
        const oc = candidates[t] * d;
        let s = 0;
        for (let q = 0; q < d; q++) {
          const v = data[oi + q] - data[oc + q];
          s += v * v;
        }
        const m = s < ci ? s : ci;
        buffers[(2 + t) * n + i] = m;
        pots[t] += m;
      }
    }
    let best = 0;
    for (let t = 1; t < trials; t++) if (pots[t] < pots[best]) best = t;
    const chosen = candidates[best];
    centers.set(data.subarray(chosen * d, chosen * d + d), c * d);
    pot = pots[best];
    closest.set(buffers.subarray((2 + best) * n, (3 + best) * n));
  }
  return centers;
}

/** numpy.searchsorted(a, v, side='left') clipped to the last index, on a non-decreasing array. */
function searchLeft(a: Float64Array, v: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return Math.min(lo, a.length - 1);
}
