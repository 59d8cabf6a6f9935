import { jsBackend, type KmeansBackend } from './backend';
import { runKmeansRestart } from './kmeans';
import { runKprototypesRestart, type CategoryBlock } from './kprototypes';
import { selectRows, type Matrix } from './matrix';
import { silhouetteBlock } from './silhouette';
import { calinskiHarabasz, daviesBouldin } from './validity';

/**
 * The units of clustering work. Each runs against the one matrix its executor holds (a worker keeps
 * it in shared memory), takes plain data and returns plain data, so the same task gives the same
 * answer inline or in any worker.
 */
export type ClusterTask =
  | { type: 'kmeans'; k: number; seed: number; restart: number; maxIterations: number; tolAbs: number }
  | { type: 'kprototypes'; k: number; seed: number; restart: number; maxIterations: number; blocks: CategoryBlock[] }
  | { type: 'indices'; labels: Int32Array; k: number }
  | { type: 'silhouette'; rows: Int32Array | null; labelings: Int32Array[]; ks: number[]; start: number; end: number };

export interface RestartOutcome {
  labels: Int32Array;
  centers: Float64Array;
  inertia: number;
  iterations: number;
  converged: boolean;
  /** Which backend ran the hot loops ("js", "wasm-simd"); every backend gives the same bits. */
  backend: string;
}

export interface IndicesOutcome {
  calinski_harabasz: number;
  davies_bouldin: number;
}

export interface SilhouetteOutcome {
  sums: Float64Array[];
}

export type TaskOutcome<T extends ClusterTask> = T extends { type: 'kmeans' | 'kprototypes' }
  ? RestartOutcome
  : T extends { type: 'indices' }
    ? IndicesOutcome
    : SilhouetteOutcome;

/** Runs one task on the matrix; k-means restarts use `backend` (whose memory must hold `x.data`). */
export function executeTask<T extends ClusterTask>(x: Matrix, task: T, backend: KmeansBackend = jsBackend): TaskOutcome<T> {
  return executeAny(x, task, backend) as TaskOutcome<T>;
}

function executeAny(x: Matrix, task: ClusterTask, backend: KmeansBackend): RestartOutcome | IndicesOutcome | SilhouetteOutcome {
  switch (task.type) {
    case 'kmeans':
      return { ...runKmeansRestart(x, task.k, task.seed, task.restart, task.maxIterations, task.tolAbs, backend), backend: backend.name };
    case 'kprototypes':
      return { ...runKprototypesRestart(x, task.blocks, task.k, task.seed, task.restart, task.maxIterations, backend), backend: backend.name };
    case 'indices':
      return { calinski_harabasz: calinskiHarabasz(x, task.labels, task.k), davies_bouldin: daviesBouldin(x, task.labels, task.k) };
    case 'silhouette': {
      const m = task.rows ? selectRows(x, task.rows) : x;
      return silhouetteBlock(m, task.labelings, task.ks, task.start, task.end);
    }
  }
}

/** Buffers a task's result holds, to transfer instead of copy between threads. */
export function transferablesOf(outcome: RestartOutcome | IndicesOutcome | SilhouetteOutcome): ArrayBuffer[] {
  if ('labels' in outcome) return [outcome.labels.buffer as ArrayBuffer, outcome.centers.buffer as ArrayBuffer];
  if ('sums' in outcome) return outcome.sums.map((s) => s.buffer as ArrayBuffer);
  return [];
}
