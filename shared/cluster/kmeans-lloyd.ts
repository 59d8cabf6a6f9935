import type { Matrix } from './matrix';

/** The outcome of one k-means run from one set of initial centres. */
export interface LloydResult {
  labels: Int32Array;
  /** Final centres, k×d row-major, in the space of the input matrix. */
  centers: Float64Array;
  /** Sum of squared distances of rows to their centre. */
  inertia: number;
  /** Iterations run (as scikit-learn's `n_iter_`). */
  iterations: number;
  /** True when the labels stopped changing or the centre shift fell under the tolerance. */
  converged: boolean;
}

/**
 * Lloyd's k-means with exactly scikit-learn's semantics (`algorithm='lloyd'`): each iteration assigns
 * rows to the nearest centre then moves centres to their means; it stops when no label changed
 * ("strict convergence") or when the total squared centre shift is <= `tolAbs`; unless strict, rows
 * are relabelled once against the final centres; an empty cluster takes the row farthest from its
 * centre. Assignments use Hamerly's bounds, which skip distance computations that cannot change a
 * label, so the labels equal plain Lloyd's while most of the n·k·d work is avoided.
 */
export function runLloyd(x: Matrix, init: Float64Array, k: number, maxIterations: number, tolAbs: number): LloydResult {
  const { data, rows: n, cols: d } = x;
  let centers = Float64Array.from(init);
  let next = new Float64Array(k * d);
  const labels = new Int32Array(n);
  const upper = new Float64Array(n);
  const lower = new Float64Array(n);
  const sums = new Float64Array(k * d);
  const counts = new Float64Array(k);
  const half = new Float64Array(k);

  assignAll(data, n, d, centers, k, labels, upper, lower);
  for (let i = 0; i < n; i++) {
    const l = labels[i];
    counts[l] += 1;
    for (let t = 0; t < d; t++) sums[l * d + t] += data[i * d + t];
  }

  let strict = false;
  let tolReached = false;
  let iterations = 0;
  let lastHadEmpty = false;
  let previousLabels: Int32Array | null = null;
  const gaps = new Float64Array(k * k);
  const shifts: Shifts = { move: new Float64Array(k), maxAt: -1, max: 0, second: 0 };
  for (let it = 0; it < maxIterations; it++) {
    iterations = it + 1;
    const changes = it === 0 ? n : hamerlyPass(data, n, d, centers, k, labels, upper, lower, sums, counts, gaps, half, shifts);
    lastHadEmpty = computeMeans(x, centers, labels, sums, counts, k, next);
    const shift = measureShifts(centers, next, k, d, shifts);
    [centers, next] = [next, centers];
    if (it > 0 && changes === 0) {
      strict = true;
      break;
    }
    if (shift <= tolAbs || it === maxIterations - 1) {
      tolReached = shift <= tolAbs;
      previousLabels = labels.slice();
      break;
    }
  }

  // Centres are recomputed from scratch from the labels that produced them, so the running sums'
  // rounding does not leak into the result (scikit-learn also sums afresh every iteration).
  if (!lastHadEmpty) exactMeans(x, previousLabels ?? labels, k, centers);
  const inertia = strict ? inertiaOf(x, labels, centers) : assignAll(data, n, d, centers, k, labels, upper, lower);
  return { labels, centers, inertia, iterations, converged: strict || tolReached };
}

/** How far each centre moved in the last update (distances), with the largest two. */
interface Shifts {
  move: Float64Array;
  maxAt: number;
  max: number;
  second: number;
}

/** Records the centre movements between `from` and `to`; returns the total squared shift. */
function measureShifts(from: Float64Array, to: Float64Array, k: number, d: number, out: Shifts): number {
  let total = 0;
  out.max = 0;
  out.second = 0;
  out.maxAt = -1;
  for (let j = 0; j < k; j++) {
    let s = 0;
    for (let t = 0; t < d; t++) {
      const v = to[j * d + t] - from[j * d + t];
      s += v * v;
    }
    total += s;
    const m = Math.sqrt(s);
    out.move[j] = m;
    if (m > out.max) {
      out.second = out.max;
      out.max = m;
      out.maxAt = j;
    } else if (m > out.second) out.second = m;
  }
  return total;
}

/**
 * One Hamerly assignment pass: bounds are first loosened by the last centre movements, a row is only
 * looked at when its upper bound exceeds both its lower bound and half the gap to the nearest other
 * centre, and a full scan skips centres j with gap(a, j) > 2u (they cannot be nearer than a).
 * Updates labels, bounds and the running sums; returns how many labels changed.
 */
function hamerlyPass(
  data: Float64Array, n: number, d: number, centers: Float64Array, k: number, labels: Int32Array,
  upper: Float64Array, lower: Float64Array, sums: Float64Array, counts: Float64Array,
  gaps: Float64Array, half: Float64Array, shifts: Shifts,
): number {
  computeGaps(centers, k, d, gaps, half);
  const { move, maxAt, max, second } = shifts;
  let changes = 0;
  for (let i = 0; i < n; i++) {
    const a = labels[i];
    let u = upper[i] + move[a];
    const l = lower[i] - (a === maxAt ? second : max);
    lower[i] = l;
    const bound = half[a] > l ? half[a] : l;
    if (u <= bound) {
      upper[i] = u;
      continue;
    }
    const oi = i * d;
    let s = 0;
    for (let t = 0; t < d; t++) {
      const v = data[oi + t] - centers[a * d + t];
      s += v * v;
    }
    u = Math.sqrt(s);
    upper[i] = u;
    if (u <= bound) continue;
    // Full scan from the current centre; d1/d2 are squared distances (d2 may be a bound).
    let best = a;
    let d1 = s;
    let d2 = Infinity;
    const twoU = 2 * u;
    for (let j = 0; j < k; j++) {
      if (j === a) continue;
      const g = gaps[a * k + j];
      if (g > twoU) {
        const lb = g - u;
        if (lb * lb < d2) d2 = lb * lb;
        continue;
      }
      const oc = j * d;
      let q = 0;
      for (let t = 0; t < d; t++) {
        const v = data[oi + t] - centers[oc + t];
        q += v * v;
      }
      if (q < d1 || (q === d1 && j < best)) {
        d2 = d1;
        d1 = q;
        best = j;
      } else if (q < d2) d2 = q;
    }
    upper[i] = Math.sqrt(d1);
    lower[i] = Math.sqrt(d2);
    if (best !== a) {
      changes++;
      labels[i] = best;
      counts[a] -= 1;
      counts[best] += 1;
      for (let t = 0; t < d; t++) {
        const v = data[oi + t];
        sums[a * d + t] -= v;
        sums[best * d + t] += v;
      }
    }
  }
  return changes;
}

/** Assigns every row to its nearest centre (first on ties); returns the inertia. */
function assignAll(
  data: Float64Array, n: number, d: number, centers: Float64Array, k: number,
  labels: Int32Array, upper: Float64Array, lower: Float64Array,
): number {
  let inertia = 0;
  for (let i = 0; i < n; i++) {
    const oi = i * d;
    let best = 0;
    let d1 = Infinity;
    let d2 = Infinity;
    for (let j = 0; j < k; j++) {
      const oc = j * d;
      let q = 0;
      for (let t = 0; t < d; t++) {
        const v = data[oi + t] - centers[oc + t];
        q += v * v;
      }
      if (q < d1) {
        d2 = d1;
        d1 = q;
        best = j;
      } else if (q < d2) d2 = q;
    }
    labels[i] = best;
    upper[i] = Math.sqrt(d1);
    lower[i] = Math.sqrt(d2);
    inertia += d1;
  }
  return inertia;
}

/** Centre-to-centre distances (k×k) and half the gap to each centre's nearest other (Hamerly's s). */
function computeGaps(centers: Float64Array, k: number, d: number, gaps: Float64Array, half: Float64Array): void {
  half.fill(Infinity);
  for (let a = 0; a < k; a++) {
    gaps[a * k + a] = 0;
    for (let b = a + 1; b < k; b++) {
      let s = 0;
      for (let t = 0; t < d; t++) {
        const v = centers[a * d + t] - centers[b * d + t];
        s += v * v;
      }
      const g = Math.sqrt(s);
      gaps[a * k + b] = g;
      gaps[b * k + a] = g;
      if (g / 2 < half[a]) half[a] = g / 2;
      if (g / 2 < half[b]) half[b] = g / 2;
    }
  }
}

/**
 * New centres from the running sums; an empty cluster is moved onto the row farthest from its own
 * centre, as scikit-learn's `_relocate_empty_clusters_dense` does. Returns true if one was empty.
 */
function computeMeans(
  x: Matrix, centers: Float64Array, labels: Int32Array, sums: Float64Array, counts: Float64Array, k: number, out: Float64Array,
): boolean {
  const d = x.cols;
  const empty: number[] = [];
  for (let j = 0; j < k; j++) if (counts[j] === 0) empty.push(j);
  const s = Float64Array.from(sums);
  const c = Float64Array.from(counts);
  if (empty.length > 0) {
    const far = farthestRows(x, centers, labels, empty.length);
    empty.forEach((j, idx) => {
      const f = far[idx];
      const old = labels[f];
      for (let t = 0; t < d; t++) {
        s[old * d + t] -= x.data[f * d + t];
        s[j * d + t] = x.data[f * d + t];
      }
      c[old] -= 1;
      c[j] = 1;
    });
  }
  for (let j = 0; j < k; j++) {
    for (let t = 0; t < d; t++) out[j * d + t] = c[j] > 0 ? s[j * d + t] / c[j] : s[j * d + t];
  }
  return empty.length > 0;
}

/** Indices of the `m` rows with the largest squared distance to their assigned centre, largest first. */
function farthestRows(x: Matrix, centers: Float64Array, labels: Int32Array, m: number): number[] {
  const d = x.cols;
  const dist = new Float64Array(x.rows);
  for (let i = 0; i < x.rows; i++) {
    let s = 0;
    for (let t = 0; t < d; t++) {
      const v = x.data[i * d + t] - centers[labels[i] * d + t];
      s += v * v;
    }
    dist[i] = s;
  }
  const order = Array.from({ length: x.rows }, (_, i) => i);
  order.sort((a, b) => dist[b] - dist[a] || a - b);
  return order.slice(0, m);
}

/** Centres as the exact means of their rows (empty clusters keep their current centre). */
function exactMeans(x: Matrix, labels: Int32Array, k: number, centers: Float64Array): void {
  const d = x.cols;
  const sums = new Float64Array(k * d);
  const counts = new Float64Array(k);
  for (let i = 0; i < x.rows; i++) {
    const l = labels[i];
    counts[l] += 1;
    for (let t = 0; t < d; t++) sums[l * d + t] += x.data[i * d + t];
  }
  for (let j = 0; j < k; j++) {
    if (counts[j] === 0) continue;
    for (let t = 0; t < d; t++) centers[j * d + t] = sums[j * d + t] / counts[j];
  }
}

/** Sum of squared distances of rows to their assigned centres. */
export function inertiaOf(x: Matrix, labels: Int32Array, centers: Float64Array): number {
  const d = x.cols;
  let total = 0;
  for (let i = 0; i < x.rows; i++) {
    const oi = i * d;
    const oc = labels[i] * d;
    for (let t = 0; t < d; t++) {
      const v = x.data[oi + t] - centers[oc + t];
      total += v * v;
    }
  }
  return total;
}
