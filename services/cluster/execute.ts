import { AppError } from '../../shared/api/result';
import { inlineExecutor, type EngineOptions, type Executor } from '../../shared/cluster/engine';
import { ClusteringStopped } from '../../shared/cluster/kmeans';
import type { Matrix } from '../../shared/cluster/matrix';
import type { ClusterTask, TaskOutcome } from '../../shared/cluster/tasks';
import type { JobControl } from '../jobs/job-registry';
import { ClusterPool, PoolClosed } from './worker-pool';
import { clusterWorkerAvailable } from './worker-script';

/** Matrices smaller than this (cells) run on the calling thread: starting workers would cost more. */
const WORKER_THRESHOLD_CELLS = 100_000;

/** Where the engine runs: worker threads when available and worthwhile, else the calling thread. */
export type ExecutionMode = 'auto' | 'workers' | 'inline';

/**
 * Runs engine work for a job: on a pool of worker threads (the app's thread stays free; cancel
 * terminates the threads at once) or inline, yielding between tasks so a cancel can arrive. A cancel
 * or stop becomes AppError CANCELLED; the pool is always closed.
 */
export async function withEngine<T>(
  matrix: Matrix, job: JobControl, mode: ExecutionMode,
  work: (exec: Executor, hooks: Pick<EngineOptions, 'progress' | 'isCancelled'>) => Promise<T>,
): Promise<T> {
  const useWorkers = mode === 'workers' || (mode === 'auto' && matrix.rows * matrix.cols >= WORKER_THRESHOLD_CELLS);
  const pool = useWorkers && clusterWorkerAvailable() ? new ClusterPool(matrix) : null;
  const exec: Executor = pool ?? yieldingInline(matrix, () => job.signal.aborted);
  const onAbort = () => void pool?.close();
  job.signal.addEventListener('abort', onAbort);
  try {
    job.throwIfCancelled();
    const result = await work(exec, { progress: (phase, done, total) => job.progress(phase, done, total), isCancelled: () => job.signal.aborted });
    // A cancel that arrived during the last task must not come back as a success.
    job.throwIfCancelled();
    return result;
  } catch (err) {
    if (job.signal.aborted || err instanceof PoolClosed || err instanceof ClusteringStopped) {
      throw new AppError('CANCELLED', 'Pengelompokan dibatalkan oleh pengguna. Proyek tidak diubah.');
    }
    if (err instanceof RangeError) throw new AppError('VALIDATION', err.message);
    throw err;
  } finally {
    job.signal.removeEventListener('abort', onAbort);
    await pool?.close();
  }
}

/**
 * The inline executor. Tasks are queued and run one at a time, each after a turn of the event loop
 * (setImmediate, so pending I/O such as a `jobs:cancel` request is handled first) and only if the job
 * was not cancelled meanwhile. Tasks handed over together must not all run in one turn.
 */
function yieldingInline(matrix: Matrix, isCancelled: () => boolean): Executor {
  const inner = inlineExecutor(matrix);
  let queue: Promise<unknown> = Promise.resolve();
  return {
    parallelism: 1,
    run: <T extends ClusterTask>(task: T): Promise<TaskOutcome<T>> => {
      const next = queue
        .then(() => new Promise<void>((resolve) => setImmediate(resolve)))
        .then(() => {
          if (isCancelled()) throw new ClusteringStopped();
          return inner.run(task);
        });
      queue = next.catch(() => undefined);
      return next;
    },
  };
}
