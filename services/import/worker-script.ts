import type { Transferable, Worker } from 'node:worker_threads';
import { currentModuleUrl, resolveWorkerScript, startWorkerScript, type WorkerScript } from '../jobs/worker-script';

const resolved = new Map<string, WorkerScript | null>();

function scriptOf(name: string): WorkerScript | null {
  if (!resolved.has(name)) resolved.set(name, resolveWorkerScript(currentModuleUrl(() => import.meta.url), name));
  return resolved.get(name) ?? null;
}

/** True when the named worker can be started here. */
export function workerAvailable(name: string): boolean {
  return scriptOf(name) !== null;
}

/**
 * Starts the named worker with its data (transferring the given buffers). `maxHeapMb` caps its old
 * generation: V8 otherwise lets a busy worker's garbage grow for a long time before a full collection.
 */
export function startWorker(name: string, workerData: unknown, transferList: Transferable[] = [], maxHeapMb?: number): Worker {
  const script = scriptOf(name);
  if (!script) throw new Error(`worker ${name} unavailable`);
  const resourceLimits = maxHeapMb === undefined ? undefined : { maxOldGenerationSizeMb: maxHeapMb };
  return startWorkerScript(script, { workerData, transferList, resourceLimits });
}
