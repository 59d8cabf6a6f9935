import type { Matrix } from './matrix';
import { SeededRandom, mixSeed } from './random';
import { ClusteringStopped, assignNearest } from './kmeans';

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

/** One restart of k-prototypes, seeded from (seed, k, restart); restarts are independent. */
export function runKprototypesRestart(
  x: Matrix, blocks: readonly CategoryBlock[], k: number, seed: number, restart: number, maxIterations: number,
): { labels: Int32Array; centers: Float64Array; inertia: number; iterations: number; converged: boolean } {
  if (x.rows < k) throw new RangeError(`Hanya ada ${x.rows} baris data; tidak cukup untuk ${k} klaster.`);
  const { rows: n } = x;
  const centers = seedPrototypes(x, k, mixSeed(seed, k, restart, 0x6b70));
  const labels = new Int32Array(n).fill(-1);
  const dist = new Float64Array(n);
  let iterations = 0;
  let converged = false;
  for (let it = 0; it < maxIterations; it++) {
    iterations = it + 1;
    const changes = assignNearest(x, centers, k, labels, dist);
    if (changes === 0) {
      converged = true;
      break;
    }
    updatePrototypes(x, blocks, labels, k, centers, dist);
  }
  if (!converged) assignNearest(x, centers, k, labels, dist);
  let inertia = 0;
  for (let i = 0; i < n; i++) inertia += dist[i];
  return { labels, centers, inertia, iterations, converged };
}

/** Means for numeric columns, modes for each block; an empty cluster takes the farthest row. */
function updatePrototypes(x: Matrix, blocks: readonly CategoryBlock[], labels: Int32Array, k: number, centers: Float64Array, dist: Float64Array): void {
  const { data, rows: n, cols: d } = x;
  const sums = new Float64Array(k * d);
  const counts = new Float64Array(k);
  for (let i = 0; i < n; i++) {
    const l = labels[i];
    counts[l] += 1;
    for (let t = 0; t < d; t++) sums[l * d + t] += data[i * d + t];
  }
  const taken = new Set<number>();
  for (let j = 0; j < k; j++) {
    if (counts[j] === 0) {
      // Relocate onto the row farthest from its prototype (each such row used once).
      let far = -1;
      for (let i = 0; i < n; i++) if (!taken.has(i) && (far < 0 || dist[i] > dist[far])) far = i;
      taken.add(far);
      centers.set(data.subarray(far * d, far * d + d), j * d);
      continue;
    }
    for (let t = 0; t < d; t++) centers[j * d + t] = sums[j * d + t] / counts[j];
    for (const b of blocks) {
      // The level sums are value × count, so the largest sum is the mode.
      let mode = -1;
      let modeSum = 0;
      for (let q = 0; q < b.levels; q++) {
        const s = sums[j * d + b.offset + q];
        if (s > modeSum) {
          modeSum = s;
          mode = q;
        }
      }
      for (let q = 0; q < b.levels; q++) centers[j * d + b.offset + q] = q === mode ? b.value : 0;
    }
  }
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
