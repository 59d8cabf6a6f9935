import type { Worker, WorkerOptions } from 'node:worker_threads';
import { currentModuleUrl, resolveWorkerScript, startWorkerScript, type WorkerScript } from '../jobs/worker-script';

let cached: WorkerScript | null | undefined;

/** The clustering worker's script (bundled, compiled or the `.ts` source; see services/jobs/worker-script.ts). */
function script(): WorkerScript | null {
  if (cached === undefined) cached = resolveWorkerScript(currentModuleUrl(() => import.meta.url), 'cluster-worker');
  return cached;
}

/** True when clustering can run in worker threads here (otherwise it runs on the calling thread). */
export function clusterWorkerAvailable(): boolean {
  return script() !== null;
}

/** Starts one clustering worker thread. */
export function startClusterWorker(options: Pick<WorkerOptions, 'workerData'>): Worker {
  const s = script();
  if (!s) throw new Error('cluster worker unavailable');
  return startWorkerScript(s, { workerData: options.workerData });
}
