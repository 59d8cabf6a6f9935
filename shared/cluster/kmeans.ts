import { jsBackend, type KmeansBackend } from './backend';
import { type Matrix, meanColumnVariance } from './matrix';
import { seedKmeansPlusPlus } from './kmeans-init';
import { runLloyd, type LloydResult } from './kmeans-lloyd';
import { mixSeed } from './random';

/**
 * The name and version of our k-means engine, stored with every run so it can be reproduced. The
 * WebAssembly and JavaScript backends give identical bits, so which one ran is not part of it.
 */
export const KMEANS_ENGINE =
  'peta-kmeans 2 (k-means++ serakah, Lloyd dengan batas Hamerly, Float64; WebAssembly SIMD di pekerja, identik bit demi bit dengan JavaScript)';

export interface KmeansOptions {
  k: number;
  /** Seed of the whole run; restart r of k uses mixSeed(seed, k, r), so any restart can be replayed alone. */
  seed: number;
  /** Independent k-means++ starts; the one with the lowest inertia wins (scikit-learn's n_init). */
  restarts: number;
  /** Iteration cap per restart (scikit-learn's max_iter, default 300). */
  maxIterations: number;
  /** Stop when the total squared centre shift <= tolerance × mean feature variance (scikit-learn's tol). */
  tolerance: number;
  /** Fixed initial centres (k×d); then every restart starts from them. */
  init?: Float64Array;
  /** Called after each restart (done counts from 1). */
  onRestart?: (done: number, total: number) => void;
  /** Checked between restarts; return true to stop (the caller turns it into a cancellation). */
  shouldStop?: () => boolean;
}

export interface KmeansResult extends LloydResult {
  k: number;
  /** Which restart won (0-based) and every restart's inertia, for stability reporting. */
  bestRestart: number;
  restartInertias: number[];
  /** The labels of every restart, only when asked for (stability across starts). */
  restartLabels?: Int32Array[];
}

/** Thrown when `shouldStop` asked to stop; services map it to a CANCELLED error. */
export class ClusteringStopped extends Error {
  constructor() {
    super('Pengelompokan dihentikan.');
    this.name = 'ClusteringStopped';
  }
}

/** The absolute tolerance scikit-learn derives from `tol`: tol × mean column variance of X. */
export function absoluteTolerance(x: Matrix, tolerance: number): number {
  return tolerance === 0 ? 0 : tolerance * meanColumnVariance(x);
}

/**
 * k-means with k-means++ starts and restarts, keeping the lowest inertia (the first on ties).
 * Deterministic for a given (matrix, options): same seed, same labels, on every machine.
 */
export function runKmeans(x: Matrix, options: KmeansOptions, keepRestartLabels = false): KmeansResult {
  const { k, restarts, maxIterations } = options;
  validateKmeans(x, k, restarts, maxIterations);
  const tolAbs = absoluteTolerance(x, options.tolerance);
  let best: LloydResult | null = null;
  let bestRestart = 0;
  const inertias: number[] = [];
  const allLabels: Int32Array[] = [];
  for (let r = 0; r < restarts; r++) {
    if (options.shouldStop?.()) throw new ClusteringStopped();
    const result = options.init
      ? runLloyd(x, options.init, k, maxIterations, tolAbs)
      : runKmeansRestart(x, k, options.seed, r, maxIterations, tolAbs);
    inertias.push(result.inertia);
    if (keepRestartLabels) allLabels.push(result.labels);
    if (best === null || result.inertia < best.inertia) {
      best = result;
      bestRestart = r;
    }
    options.onRestart?.(r + 1, restarts);
  }
  const winner = best as LloydResult;
  return { ...winner, k, bestRestart, restartInertias: inertias, ...(keepRestartLabels ? { restartLabels: allLabels } : {}) };
}

/**
 * One restart of k-means: k-means++ seeded with restartSeed(seed, k, restart), then Lloyd. Restarts
 * are independent, so they can run in any order or in parallel and still give the same winner.
 */
export function runKmeansRestart(
  x: Matrix, k: number, seed: number, restart: number, maxIterations: number, tolAbs: number, backend: KmeansBackend = jsBackend,
): LloydResult {
  validateKmeans(x, k, 1, maxIterations);
  const mark = backend.mark();
  try {
    const seeding = seedKmeansPlusPlus(x, k, restartSeed(seed, k, restart), backend);
    return runLloyd(x, seeding.centers, k, maxIterations, tolAbs, seeding, backend);
  } finally {
    backend.release(mark);
  }
}

/** The seed of restart r for k: independent of how many restarts or which k's ran before. */
export function restartSeed(seed: number, k: number, restart: number): number {
  return mixSeed(seed, k, restart);
}

/** Assigns rows to the nearest of the given centres (k×d); returns labels and squared distances. */
export function assignToCenters(x: Matrix, centers: Float64Array, k: number): { labels: Int32Array; distances: Float64Array } {
  const labels = new Int32Array(x.rows);
  const distances = new Float64Array(x.rows);
  assignNearest(x, centers, k, labels, distances);
  return { labels, distances };
}

/**
 * Writes each row's nearest centre (k×d; the lowest index on a tie) into `labels` and its squared
 * Euclidean distance into `distances`; returns how many labels changed.
 */
export function assignNearest(x: Matrix, centers: Float64Array, k: number, labels: Int32Array, distances: Float64Array): number {
  const { data, rows: n, cols: d } = x;
  let changes = 0;
  for (let i = 0; i < n; i++) {
    let best = 0;
    let bestD = Infinity;
    for (let j = 0; j < k; j++) {
      let s = 0;
      for (let t = 0; t < d; t++) {
        const v = data[i * d + t] - centers[j * d + t];
        s += v * v;
      }
      if (s < bestD) {
        bestD = s;
        best = j;
      }
    }
    if (labels[i] !== best) changes++;
    labels[i] = best;
    distances[i] = bestD;
  }
  return changes;
}

function validateKmeans(x: Matrix, k: number, restarts: number, maxIterations: number): void {
  if (!Number.isInteger(k) || k < 1) throw new RangeError('k harus bilangan bulat >= 1.');
  if (x.rows < k) throw new RangeError(`Hanya ada ${x.rows} baris data; tidak cukup untuk ${k} klaster.`);
  if (x.cols < 1) throw new RangeError('Tidak ada fitur untuk dikelompokkan.');
  if (!Number.isInteger(restarts) || restarts < 1) throw new RangeError('Jumlah ulangan harus >= 1.');
  if (!Number.isInteger(maxIterations) || maxIterations < 1) throw new RangeError('Batas iterasi harus >= 1.');
}
