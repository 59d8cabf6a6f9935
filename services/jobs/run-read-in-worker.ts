import type { Worker } from 'node:worker_threads';
import { AppError, type ErrorCode } from '../../shared/api/result';
import type { Db } from '../db/open';
import { runReadTask, type ReadTaskArgs, type ReadTaskName, type ReadTaskResult } from './read-tasks';
import type { ReadMessage, ReadRequest } from './read-worker';
import { currentModuleUrl, resolveWorkerScript, startWorkerScript, type WorkerScript } from './worker-script';

/**
 * How long a read worker that finished waits for the next read of the same project file. Starting one
 * costs 0.3-0.5 s (a thread, then loading its modules), a lot beside a 1 s group table; waiting costs
 * only memory, and the worker holds no file open between reads.
 */
const KEEP_WARM_MS = 60_000;

/**
 * A worker whose heap holds more than this after a read is replaced by a fresh one once it has waited
 * RECYCLE_AFTER_MS: an idle thread allocates nothing, so never collects the garbage of its last read
 * (the quality flags of 421,000 businesses leave ~550 MB; a fresh worker holds ~10 MB). Until then a
 * next read (the next page of flags) still finds its compiled code warm: ~0.5 s faster than a fresh one.
 */
const RECYCLE_HEAP_BYTES = 64 * 1024 * 1024;
const RECYCLE_AFTER_MS = 5_000;

/** At most one idle worker per project file (see keepWarm). */
const waiting = new Map<string, { worker: Worker; timer: NodeJS.Timeout }>();
/** Workers reading now, by project file; those of a file closed meanwhile end when they answer. */
const busy = new Map<Worker, { dbPath: string; retire: boolean }>();
let lastRequestId = 0;

/** How a read can be stopped. */
export interface ReadOptions {
  /** A cancel terminates the worker at once and the read fails with CANCELLED. */
  signal?: AbortSignal;
  /** The CANCELLED message, in the words of the work the read is part of. */
  cancelMessage?: string;
}

/**
 * The read worker's script, or null where no worker can read the project: an in-memory database
 * (another thread cannot see it), a bundle without the worker.
 */
export function readWorkerScript(dbPath: string): WorkerScript | null {
  if (dbPath === '' || dbPath === ':memory:') return null;
  return resolveWorkerScript(currentModuleUrl(() => import.meta.url), 'read-worker');
}

/**
 * Runs a registered read (read-tasks.ts) in a worker thread with its own read-only connection, so the
 * app's thread (Electron's main process, the HTTP server) keeps answering while a large project is
 * read. The result is the one the task gives on `db` on this thread, where it runs instead when no
 * worker can (see readWorkerScript) or when the task had to write after all (a classification that
 * changed since the caller brought it up to date). Errors come back as thrown here: an AppError with
 * its code and message, anything else as a plain Error carrying the worker's stack. The worker then
 * waits a while for the next read of the project; closeReadWorkers ends it when the project closes.
 */
export async function runReadInWorker<N extends ReadTaskName>(
  db: Db, dbPath: string, task: N, args: ReadTaskArgs<N>, options: ReadOptions = {},
): Promise<ReadTaskResult<N>> {
  if (options.signal?.aborted) throw cancelled(options);
  const script = readWorkerScript(dbPath);
  if (!script) return runReadTask(db, task, args);
  const worker = takeWorker(dbPath, script);
  const reading = { dbPath, retire: false };
  busy.set(worker, reading);
  // askWorker terminates a worker that fails or is cancelled; one whose project closed meanwhile ends here.
  const reply = await askWorker(worker, { id: ++lastRequestId, dbPath, task, args }, options).finally(() => busy.delete(worker));
  if (reading.retire) void worker.terminate();
  else keepWarm(dbPath, worker, reply.heapBytes > RECYCLE_HEAP_BYTES ? script : null);
  switch (reply.type) {
    case 'done':
      return reply.result as ReadTaskResult<N>;
    case 'needs-write':
      return runReadTask(db, task, args);
    case 'error':
      throw new AppError(reply.code as ErrorCode, reply.message, reply.details);
    case 'failed': {
      const err = new Error(reply.message);
      if (reply.stack) err.stack = reply.stack;
      throw err;
    }
  }
}

/**
 * Ends the read workers of a project file (of every file without one) when it is closed or switched:
 * those waiting at once, those reading when they have answered.
 */
export function closeReadWorkers(dbPath?: string): void {
  for (const [path, w] of [...waiting]) {
    if (dbPath !== undefined && path !== dbPath) continue;
    waiting.delete(path);
    clearTimeout(w.timer);
    void w.worker.terminate();
  }
  for (const b of busy.values()) if (dbPath === undefined || b.dbPath === dbPath) b.retire = true;
}

/** How many read workers wait for a next read (of one project file, or of any). */
export function countWaitingReadWorkers(dbPath?: string): number {
  return dbPath === undefined ? waiting.size : Number(waiting.has(dbPath));
}

function takeWorker(dbPath: string, script: WorkerScript): Worker {
  const w = waiting.get(dbPath);
  if (w) {
    waiting.delete(dbPath);
    clearTimeout(w.timer);
    // Busy again: the process must wait for its answer (a CLI has nothing else keeping it alive).
    w.worker.ref();
    return w.worker;
  }
  // The app reads one project at a time: a worker waiting for another file waits in vain.
  for (const path of waiting.keys()) if (path !== dbPath) closeReadWorkers(path);
  return startWorker(dbPath, script);
}

function startWorker(dbPath: string, script: WorkerScript): Worker {
  const worker = startWorkerScript(script, {});
  // A worker that fails while it waits (no read is listening) only leaves the pool.
  worker.on('error', () => undefined);
  worker.once('exit', () => {
    const idle = waiting.get(dbPath);
    if (idle?.worker === worker) {
      clearTimeout(idle.timer);
      waiting.delete(dbPath);
    }
  });
  return worker;
}

/**
 * Lets a worker wait for the next read, without keeping the process alive meanwhile; with `recycle`
 * (the script of a fresh one), it is replaced after RECYCLE_AFTER_MS, else it ends after KEEP_WARM_MS.
 */
function keepWarm(dbPath: string, worker: Worker, recycle: WorkerScript | null): void {
  if (waiting.has(dbPath)) {
    void worker.terminate();
    return;
  }
  worker.unref();
  const timer = setTimeout(() => {
    if (waiting.get(dbPath)?.worker !== worker) return;
    waiting.delete(dbPath);
    void worker.terminate();
    if (recycle) keepWarm(dbPath, startWorker(dbPath, recycle), null);
  }, recycle ? RECYCLE_AFTER_MS : KEEP_WARM_MS);
  timer.unref();
  waiting.set(dbPath, { worker, timer });
}

function cancelled(options: ReadOptions): AppError {
  return new AppError('CANCELLED', options.cancelMessage ?? 'Dibatalkan oleh pengguna. Proyek tidak diubah.');
}

/**
 * Sends one request and settles with its answer, the worker's failure or the cancel, whichever comes
 * first. Only a worker that answered is used again: on a failure or a cancel it is terminated.
 */
function askWorker(worker: Worker, request: ReadRequest, options: ReadOptions): Promise<ReadMessage> {
  return new Promise<ReadMessage>((resolve, reject) => {
    const stop = (err: Error) => {
      detach();
      void worker.terminate();
      reject(err);
    };
    const onMessage = (m: ReadMessage) => {
      if (m.id !== request.id) return;
      detach();
      resolve(m);
    };
    const onError = (err: Error) => stop(err);
    const onExit = (code: number) => stop(new AppError('INTERNAL', `Pembacaan data berhenti tanpa hasil (kode ${code}).`));
    const onAbort = () => stop(cancelled(options));
    const detach = () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      options.signal?.removeEventListener('abort', onAbort);
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    options.signal?.addEventListener('abort', onAbort, { once: true });
    worker.postMessage(request);
  });
}
