import { jsBackend, type KmeansBackend } from './backend';
import { ClusteringStopped } from './kmeans';
import { assignAll, assignPass, measureShifts, type Shifts } from './kmeans-hamerly';
import { inertiaOf } from './kmeans-lloyd';
import type { Matrix } from './matrix';
import { SeededRandom, mixSeed } from './random';

/** A categorical feature inside the encoded matrix: `levels` one-hot columns from `offset`, each `value` when set. */
export interface CategoryBlock {
  offset: number;
  levels: number;
  value: number;
}

export interface KprototypesOptions {
  k: number;
  seed: number;
  restarts: number;
  maxIterations: number;
  /** Categorical features as one-hot blocks of the matrix; every other column is numeric. */
  blocks: readonly CategoryBlock[];
  onRestart?: (done: number, total: number) => void;
  shouldStop?: () => boolean;
}

export interface KprototypesResult {
  k: number;
  labels: Int32Array;
  /** Prototypes in the encoded space: numeric means, and the one-hot of each block's mode. */
  centers: Float64Array;
  /** Total dissimilarity: Σ numeric squared differences + Σ weight × categorical mismatches. */
  inertia: number;
  iterations: number;
  converged: boolean;
  bestRestart: number;
  restartInertias: number[];
}

/**
 * k-prototypes (Huang 1998) for mixed numeric and categorical data, run on the encoded matrix: with
 * one-hot columns worth √(γ/2), the squared Euclidean distance between a row and a prototype whose
 * categorical part is the one-hot of a mode is exactly Huang's dissimilarity (numeric squared
 * distance + γ per mismatch). Prototypes take numeric means and categorical modes (lowest level on a
 * tie); seeding is k-means++ on that dissimilarity; iterations stop when no label changes.
 */
export function runKprototypes(x: Matrix, options: KprototypesOptions): KprototypesResult {
  const { k, restarts, maxIterations } = options;
  if (x.rows < k) throw new RangeError(`Hanya ada ${x.rows} baris data; tidak cukup untuk ${k} klaster.`);
  let best: Omit<KprototypesResult, 'bestRestart' | 'restartInertias' | 'k'> | null = null;
  let bestRestart = 0;
  const inertias: number[] = [];
  for (let r = 0; r < restarts; r++) {
    if (options.shouldStop?.()) throw new ClusteringStopped();
    const result = runKprototypesRestart(x, options.blocks, k, options.seed, r, maxIterations);
    inertias.push(result.inertia);
    if (best === null || result.inertia < best.inertia) {
      best = result;
      bestRestart = r;
    }
    options.onRestart?.(r + 1, restarts);
  }
  return { ...(best as NonNullable<typeof best>), k, bestRestart, restartInertias: inertias };
}

/**
 * One restart of k-prototypes, seeded from (seed, k, restart); restarts are independent. Assignments
 * use the k-means bounds pass (kmeans-hamerly.ts, on the backend's kernels): a prototype is a point
 * of the encoded space like a k-means centre, so its move bounds the rows' distances the same way,
 * and the pass keeps the running sums the prototypes are computed from (the one-hot sums hold the
 * level counts). At 421,000 rows this made an iteration about 10× faster than comparing every row
 * with every prototype. Stops when no label changes. A row at exactly the same distance from its
 * prototype and another keeps its prototype unless it is compared with all of them (then the lowest
 * index wins); with categorical features such ties are common, and keeping the row avoids needless moves.
 */
export function runKprototypesRestart(
  x: Matrix, blocks: readonly CategoryBlock[], k: number, seed: number, restart: number, maxIterations: number,
  backend: KmeansBackend = jsBackend,
): { labels: Int32Array; centers: Float64Array; inertia: number; iterations: number; converged: boolean } {
  if (x.rows < k) throw new RangeError(`Hanya ada ${x.rows} baris data; tidak cukup untuk ${k} klaster.`);
  const mark = backend.mark();
  try {
    const { data, rows: n, cols: d } = x;
    const centers = seedPrototypes(x, k, mixSeed(seed, k, restart, 0x6b70));
    const labels = backend.i32(n);
    const upper = backend.f64(n);
    const lower = backend.f64(n);
    const sums = backend.f64(k * d);
    const counts = backend.f64(k);
    const half = backend.f64(k);
    const shifts: Shifts = { maxAt: -1, max: 0, second: 0 };
    // Iteration 1 compares every row with every prototype (there are no bounds yet).
    assignAll(data, n, d, centers, k, labels, upper, lower);
    for (let i = 0; i < n; i++) {
      counts[labels[i]] += 1;
      for (let t = 0; t < d; t++) sums[labels[i] * d + t] += data[i * d + t];
    }
    let iterations = 1;
    let converged = false;
    const previous = new Float64Array(k * d);
    for (let it = 1; it <= maxIterations; it++) {
      previous.set(centers);
      setPrototypes(x, blocks, labels, sums, counts, k, previous, centers);
      measureShifts(previous, centers, k, d, shifts);
      const changes = assignPass(backend, data, n, d, centers, k, labels, upper, lower, sums, counts, half, shifts, k <= 1).changes;
      if (it === maxIterations) break; // that pass was the final relabelling against the last prototypes
      iterations = it + 1;
      if (changes === 0) {
        converged = true;
        break;
      }
    }
    return { labels: backend.keep(labels), centers, inertia: inertiaOf(x, labels, centers), iterations, converged };
  } finally {
    backend.release(mark);
  }
}

/**
 * Prototypes from the running sums: means for numeric columns, for each block the one-hot of the mode
 * (level counts are the sums over the level's value, rounded so that accumulated rounding cannot break
 * a tie, which goes to the lowest level). An empty cluster takes the row farthest from the prototype
 * it was last assigned to (`previous`).
 */
function setPrototypes(
  x: Matrix, blocks: readonly CategoryBlock[], labels: Int32Array, sums: Float64Array, counts: Float64Array, k: number,
  previous: Float64Array, centers: Float64Array,
): void {
  const { data, cols: d } = x;
  const empty: number[] = [];
  for (let j = 0; j < k; j++) {
    if (counts[j] === 0) {
      empty.push(j);
      continue;
    }
    for (let t = 0; t < d; t++) centers[j * d + t] = sums[j * d + t] / counts[j];
    for (const b of blocks) {
      let mode = -1;
      let modeCount = 0;
      for (let q = 0; q < b.levels; q++) {
        const c = Math.round(sums[j * d + b.offset + q] / b.value);
        if (c > modeCount) {
          modeCount = c;
          mode = q;
        }
      }
      for (let q = 0; q < b.levels; q++) centers[j * d + b.offset + q] = q === mode ? b.value : 0;
    }
  }
  if (empty.length === 0) return;
  // Each relocated prototype takes a different row, farthest first (ties: the lower row).
  const dist = distancesToOwn(x, labels, previous);
  const order = Array.from({ length: x.rows }, (_, i) => i).sort((a, b) => dist[b] - dist[a] || a - b);
  empty.forEach((j, idx) => centers.set(data.subarray(order[idx] * d, order[idx] * d + d), j * d));
}

/** Squared distance of each row to its prototype. */
function distancesToOwn(x: Matrix, labels: Int32Array, centers: Float64Array): Float64Array {
  const { data, rows: n, cols: d } = x;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let t = 0; t < d; t++) {
      const v = data[i * d + t] - centers[labels[i] * d + t];
      s += v * v;
    }
    out[i] = s;
  }
  return out;
}

/** k-means++ seeding (one trial per centre) on the dissimilarity: distinct rows, far apart. */
function seedPrototypes(x: Matrix, k: number, seed: number): Float64Array {
  const { data, rows: n, cols: d } = x;
  const rng = new SeededRandom(seed);
  const centers = new Float64Array(k * d);
  const closest = new Float64Array(n).fill(Infinity);
  let chosen = rng.below(n);
  for (let c = 0; c < k; c++) {
    centers.set(data.subarray(chosen * d, chosen * d + d), c * d);
    let total = 0;
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let t = 0; t < d; t++) {
        const v = data[i * d + t] - centers[c * d + t];
        s += v * v;
      }
      if (s < closest[i]) closest[i] = s;
      total += closest[i];
    }
    if (c === k - 1) break;
    if (total === 0) {
      chosen = rng.below(n);
      continue;
    }
    let r = rng.next() * total;
    chosen = n - 1;
    for (let i = 0; i < n; i++) {
      r -= closest[i];
      if (r < 0) {
        chosen = i;
        break;
      }
    }
  }
  return centers;
}
