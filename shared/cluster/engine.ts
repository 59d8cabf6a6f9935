import { absoluteTolerance, ClusteringStopped } from './kmeans';
import type { CategoryBlock } from './kprototypes';
import type { Matrix } from './matrix';
import { mixSeed, sampleIndices } from './random';
import type { SweepPoint } from './recommend';
import { finishSilhouette, splitPairBlocks } from './silhouette';
import { executeTask, type ClusterTask, type RestartOutcome, type TaskOutcome } from './tasks';
import { adjustedRandIndex } from './validity';

/** Runs tasks against one matrix: inline (tests, small data) or on a pool of worker threads. */
export interface Executor {
  run<T extends ClusterTask>(task: T): Promise<TaskOutcome<T>>;
  /** How many tasks run at once; silhouette work is split into this many blocks. */
  parallelism: number;
}

/** Rows up to which the silhouette is computed exactly on every row. */
export const EXACT_SILHOUETTE_ROWS = 20_000;
/** Default silhouette sample above that. */
export const DEFAULT_SILHOUETTE_SAMPLE = 10_000;

/** k-means for numbers; k-prototypes for mixed numbers and categories. */
export const CLUSTER_METHODS = ['kmeans', 'kprototypes'] as const;
export type ClusterMethod = (typeof CLUSTER_METHODS)[number];

export interface EngineOptions {
  method: ClusterMethod;
  seed: number;
  restarts: number;
  maxIterations: number;
  /** Relative tolerance (× mean feature variance), k-means only. */
  tolerance: number;
  /** One-hot blocks of categorical features (k-prototypes uses them for modes). */
  blocks: CategoryBlock[];
  /** Rows in the silhouette sample when there are more than EXACT_SILHOUETTE_ROWS. */
  silhouetteSample: number;
  progress?: (phase: string, done: number, total: number | null) => void;
  isCancelled?: () => boolean;
}

/** The best of the restarts for one k. */
export interface FitResult {
  k: number;
  labels: Int32Array;
  centers: Float64Array;
  inertia: number;
  iterations: number;
  converged: boolean;
  best_restart: number;
  restart_inertias: number[];
  /** Mean ARI of the other restarts against the best (null with one restart). */
  restart_agreement: number | null;
}

/** How the silhouette was computed: on every row, or on a seeded sample of stated size. */
export interface SilhouetteInfo {
  exact: boolean;
  sample_size: number;
  sample_seed: number;
}

/** An executor that runs every task on the calling thread. */
export function inlineExecutor(x: Matrix): Executor {
  return { parallelism: 1, run: async (task) => executeTask(x, task) };
}

/**
 * Fits every k with `restarts` independent starts each, all scheduled at once so a pool stays busy,
 * and keeps per k the lowest inertia (the earliest restart on a tie): the result does not depend on
 * which worker finished first. Progress counts finished restarts over all k.
 */
export async function fitKs(x: Matrix, ks: readonly number[], options: EngineOptions, exec: Executor, seed = options.seed): Promise<FitResult[]> {
  const tolAbs = options.method === 'kmeans' ? absoluteTolerance(x, options.tolerance) : 0;
  const total = ks.length * options.restarts;
  let done = 0;
  // Largest k first: its restarts take longest, so queued last they would leave a worker idle at the
  // end of the sweep. The winners do not depend on this order (pickBest goes by restart index).
  const order = ks.map((k, idx) => ({ k, idx })).sort((a, b) => b.k - a.k || a.idx - b.idx);
  const fits = new Array<Promise<FitResult>>(ks.length);
  for (const { k, idx } of order) fits[idx] = fitOneK(k);
  return Promise.all(fits);

  async function fitOneK(k: number): Promise<FitResult> {
    const outcomes = await Promise.all(
      Array.from({ length: options.restarts }, async (_, restart) => {
        checkCancelled(options);
        const task: ClusterTask =
          options.method === 'kmeans'
            ? { type: 'kmeans', k, seed, restart, maxIterations: options.maxIterations, tolAbs }
            : { type: 'kprototypes', k, seed, restart, maxIterations: options.maxIterations, blocks: options.blocks };
        const outcome = (await exec.run(task)) as RestartOutcome;
        done++;
        options.progress?.(`Klaster k = ${k}`, done, total);
        return outcome;
      }),
    );
    return pickBest(k, outcomes);
  }
}

function pickBest(k: number, outcomes: RestartOutcome[]): FitResult {
  let best = 0;
  outcomes.forEach((o, r) => {
    if (o.inertia < outcomes[best].inertia) best = r;
  });
  const winner = outcomes[best];
  const others = outcomes.filter((_, r) => r !== best);
  const agreement = others.length === 0 ? null : others.reduce((s, o) => s + adjustedRandIndex(winner.labels, o.labels), 0) / others.length;
  return {
    k, labels: winner.labels, centers: winner.centers, inertia: winner.inertia, iterations: winner.iterations,
    converged: winner.converged, best_restart: best, restart_inertias: outcomes.map((o) => o.inertia), restart_agreement: agreement,
  };
}

/**
 * The validity indices of fitted k's: Calinski-Harabasz and Davies-Bouldin on all rows, the mean
 * silhouette exactly up to 20,000 rows and otherwise on one seeded sample shared by every k.
 */
export async function scoreFits(x: Matrix, fits: readonly FitResult[], options: EngineOptions, exec: Executor): Promise<{ points: SweepPoint[]; silhouette: SilhouetteInfo }> {
  const silhouette = silhouetteSampling(x.rows, options);
  const rows = silhouette.exact ? null : sampleIndices(x.rows, silhouette.sample_size, silhouette.sample_seed);
  const labelings = fits.map((f) => (rows ? Int32Array.from(rows, (i) => f.labels[i]) : f.labels));
  const ks = fits.map((f) => f.k);
  const n = rows ? rows.length : x.rows;
  const blocks = splitPairBlocks(n, Math.max(1, exec.parallelism));
  const total = fits.length + blocks.length;
  let done = 0;
  const step = () => options.progress?.('Indeks validitas', ++done, total);
  checkCancelled(options);
  const [indices, parts] = await Promise.all([
    Promise.all(fits.map(async (f) => {
      const r = await exec.run({ type: 'indices', labels: f.labels, k: f.k });
      step();
      return r;
    })),
    Promise.all(blocks.map(async ([start, end]) => {
      const r = await exec.run({ type: 'silhouette', rows, labelings, ks, start, end });
      step();
      return r;
    })),
  ]);
  const sil = finishSilhouette(parts, labelings, ks);
  const points = fits.map((f, idx): SweepPoint => {
    const sizes = countSizes(f.labels, f.k);
    return {
      k: f.k, inertia: f.inertia, silhouette: sil[idx], calinski_harabasz: indices[idx].calinski_harabasz,
      davies_bouldin: indices[idx].davies_bouldin, sizes, smallest_share: Math.min(...sizes) / x.rows,
      stability_ari: f.restart_agreement, iterations: f.iterations, converged: f.converged,
    };
  });
  return { points, silhouette };
}

/** Whether the silhouette is exact, and the sample it uses otherwise. */
export function silhouetteSampling(rows: number, options: Pick<EngineOptions, 'silhouetteSample' | 'seed'>): SilhouetteInfo {
  const exact = rows <= EXACT_SILHOUETTE_ROWS;
  return { exact, sample_size: exact ? rows : Math.min(rows, options.silhouetteSample), sample_seed: mixSeed(options.seed, 0x5111) };
}

/**
 * Stability across seeds: the same fit repeated with seeds seed+1 … seed+runs, each compared with
 * the main labels by the adjusted Rand index.
 */
export async function measureStability(x: Matrix, main: FitResult, runs: number, options: EngineOptions, exec: Executor): Promise<{ seeds: number[]; ari: number[]; mean: number | null }> {
  const seeds = Array.from({ length: runs }, (_, i) => (options.seed + i + 1) >>> 0);
  let done = 0;
  const progress = () => options.progress?.('Uji stabilitas', ++done, runs * options.restarts);
  const fits = await Promise.all(seeds.map((s) => fitKs(x, [main.k], { ...options, progress }, exec, s)));
  const ari = fits.map(([f]) => adjustedRandIndex(main.labels, f.labels));
  return { seeds, ari, mean: ari.length ? ari.reduce((a, b) => a + b, 0) / ari.length : null };
}

/** Cluster sizes from labels. */
export function countSizes(labels: Int32Array, k: number): number[] {
  const sizes = new Array<number>(k).fill(0);
  for (let i = 0; i < labels.length; i++) sizes[labels[i]]++;
  return sizes;
}

function checkCancelled(options: EngineOptions): void {
  if (options.isCancelled?.()) throw new ClusteringStopped();
}
