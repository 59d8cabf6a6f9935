import type { InitialAssignment } from './kmeans-lloyd';
import type { Matrix } from './matrix';
import { SeededRandom } from './random';

/** k-means++ centres with the assignment of every row to them (which the seeding measures anyway). */
export interface Seeding extends InitialAssignment {
  centers: Float64Array;
}

/**
 * Greedy k-means++ seeding as scikit-learn does it (Arthur & Vassilvitskii 2007 with 2 + ln k local
 * trials per centre, keeping the trial that lowers the potential most); same draws, same choices.
 * Returns the k×d centres and, for Lloyd's first iteration, each row's nearest centre and bounds.
 *
 * A trial centre c cannot be nearer to row x than x's nearest centre a when d(a, c) >= 2·d(x, a)
 * (triangle inequality), so its distance is not computed: x's potential is unchanged and d(a, c) -
 * d(x, a) serves as a lower bound. Most rows are far from most new centres, so this skips most of
 * the n·trials·d work without changing any result.
 */
export function seedKmeansPlusPlus(x: Matrix, k: number, seed: number): Seeding {
  const { data, rows: n, cols: d } = x;
  const rng = new SeededRandom(seed);
  const trials = 2 + Math.floor(Math.log(k));
  const centers = new Float64Array(k * d);
  const closest = new Float64Array(n); // squared distance to the nearest centre so far
  const second = new Float64Array(n).fill(Infinity); // squared lower bound to the second nearest
  const labels = new Int32Array(n);
  const cumsum = new Float64Array(n);
  const trialValues = new Float64Array(trials * n); // per trial: exact squared distance, or a squared lower bound
  const candidateGaps = new Float64Array(trials * k);

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
    for (let t = 0; t < trials; t++) {
      for (let j = 0; j < c; j++) {
        let s = 0;
        for (let q = 0; q < d; q++) {
          const v = data[candidates[t] * d + q] - centers[j * d + q];
          s += v * v;
        }
        candidateGaps[t * k + j] = Math.sqrt(s);
      }
    }
    pots.fill(0);
    for (let i = 0; i < n; i++) {
      const oi = i * d;
      const ci = closest[i];
      const u = Math.sqrt(ci);
      const a = labels[i];
      for (let t = 0; t < trials; t++) {
        const gap = candidateGaps[t * k + a];
        if (gap >= 2 * u) {
          const lb = gap - u;
          trialValues[t * n + i] = lb * lb;
          pots[t] += ci;
          continue;
        }
        const oc = candidates[t] * d;
        let s = 0;
        for (let q = 0; q < d; q++) {
          const v = data[oi + q] - data[oc + q];
          s += v * v;
        }
        trialValues[t * n + i] = s;
        pots[t] += s < ci ? s : ci;
      }
    }
    let best = 0;
    for (let t = 1; t < trials; t++) if (pots[t] < pots[best]) best = t;
    const chosen = candidates[best];
    centers.set(data.subarray(chosen * d, chosen * d + d), c * d);
    pot = pots[best];
    for (let i = 0; i < n; i++) {
      const v = trialValues[best * n + i];
      if (v < closest[i]) {
        second[i] = closest[i];
        closest[i] = v;
        labels[i] = c;
      } else if (v < second[i]) second[i] = v;
    }
  }
  // In place: `closest` and `second` become the distances Hamerly's bounds want (not squared).
  for (let i = 0; i < n; i++) {
    closest[i] = Math.sqrt(closest[i]);
    second[i] = Math.sqrt(second[i]);
  }
  return { centers, labels, upper: closest, lower: second };
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
