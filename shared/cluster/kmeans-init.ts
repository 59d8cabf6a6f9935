import { jsBackend, type KmeansBackend } from './backend';
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
export function seedKmeansPlusPlus(x: Matrix, k: number, seed: number, backend: KmeansBackend = jsBackend): Seeding {
  const { data, rows: n, cols: d } = x;
  const rng = new SeededRandom(seed);
  const trials = localTrials(k);
  const centers = new Float64Array(k * d);
  // The per-row arrays come from the backend (its kernels may need them in their own memory).
  const closest = backend.f64(n); // squared distance to the nearest centre so far
  const near = backend.f64(n); // its square root
  const second = backend.f64(n).fill(Infinity); // squared lower bound to the second nearest
  const labels = backend.i32(n);
  const cumsum = backend.f64(n);
  const gaps = new Float64Array(trials * k); // candidate t to centre j
  const kernels = backend.kernels(d, k);

  const first = rng.below(n);
  centers.set(data.subarray(first * d, first * d + d), 0);
  let pot = 0;
  for (let i = 0; i < n; i++) {
    const s = squared(data, i * d, data, first * d, d);
    closest[i] = s;
    near[i] = Math.sqrt(s);
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
    for (let t = 0; t < trials; t++) {
      candidates[t] = searchLeft(cumsum, rng.next() * pot);
      for (let j = 0; j < c; j++) gaps[t * k + j] = Math.sqrt(squared(data, candidates[t] * d, centers, j * d, d));
    }
    // Pass 1: the potential each trial would leave (no stores per row, so the rows stream through).
    pots.fill(0);
    kernels.trialPots(data, n, closest, near, labels, candidates, trials, gaps, k, pots);
    let best = 0;
    for (let t = 1; t < trials; t++) if (pots[t] < pots[best]) best = t;
    const chosen = candidates[best];
    centers.set(data.subarray(chosen * d, chosen * d + d), c * d);
    pot = pots[best];
    // Pass 2: the chosen centre's distances (or bounds) update each row's nearest and second nearest.
    kernels.addCentre(data, n, closest, near, second, labels, chosen, c, gaps, best * k);
  }
  // Hamerly's bounds are distances, not squares.
  for (let i = 0; i < n; i++) second[i] = Math.sqrt(second[i]);
  return { centers, labels, upper: near, lower: second };
}

/** scikit-learn's number of local trials per centre: 2 + floor(ln k). */
export function localTrials(k: number): number {
  return 2 + Math.floor(Math.log(k));
}

/** Squared distance between row `oa` of `a` and row `ob` of `b` (offsets in elements). */
function squared(a: Float64Array, oa: number, b: Float64Array, ob: number, d: number): number {
  let s = 0;
  for (let t = 0; t < d; t++) {
    const v = a[oa + t] - b[ob + t];
    s += v * v;
  }
  return s;
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
