import type { BusinessFilter } from '../../shared/api/contract-data';
import { AppError, type ErrorCode } from '../../shared/api/result';
import type { FeatureSpec } from '../../shared/cluster/features';
import type { Db } from '../db/open';
import type { JobControl } from '../jobs/job-registry';
import { currentModuleUrl, resolveWorkerScript, startWorkerScript, type WorkerScript } from '../jobs/worker-script';
import { ensureClassified } from '../stats/classify-round';
import { classifyStaleRoundInWorker } from '../stats/classify-in-worker';
import { prepareInput, requireRound, usesClassification, type MissingSettings, type PreparedInput } from './prepare-input';
import type { PrepareInputWorkerInput, PrepareInputWorkerMessage } from './prepare-input-worker';

/** The same words as a cancel during the clustering itself (services/cluster/execute.ts). */
const CANCELLED_MESSAGE = 'Pengelompokan dibatalkan oleh pengguna. Proyek tidak diubah.';

/**
 * prepareInput off the app's thread: reading 421,000 rows, completing them and building the matrix
 * takes 1-2 s, and classifying a stale round 6-15 s more, during which the app's thread (Electron's
 * main process, the HTTP server) would answer nothing, not even a cancel. A stale classification is
 * redone in the classification worker first; then a worker with its own read-only connection prepares
 * the input and hands back its arrays. The result is the one prepareInput gives on this thread.
 * Where no worker can start (an in-memory database, a bundle without the worker) it runs here as before.
 * A cancel terminates the worker at once and fails with CANCELLED.
 */
export async function prepareInputInWorker(
  db: Db, dbPath: string, filter: BusinessFilter, features: readonly FeatureSpec[], missing: MissingSettings, job: JobControl,
): Promise<PreparedInput> {
  const script = dbPath === '' || dbPath === ':memory:' ? null : resolveWorkerScript(currentModuleUrl(() => import.meta.url), 'prepare-input-worker');
  if (!script) return prepareInput(db, filter, features, missing);
  throwIfCancelled(job);
  requireRound(db, filter.roundId);
  if (usesClassification(features)) {
    await untilCancelled(classifyStaleRoundInWorker(db, dbPath, filter.roundId, job), job);
    // The worker's connection is read-only: what is left (businesses edited since, or a bundle
    // without the classification worker) is done here. Quick when the round is already current.
    ensureClassified(db, filter.roundId, job);
    job.progress('Memuat data', 0, null);
  }
  const input: PrepareInputWorkerInput = { dbPath, filter, features: [...features], missing: { mode: missing.mode, group: missing.group } };
  return runPrepareWorker(script, input, job);
}

function throwIfCancelled(job: JobControl): void {
  if (job.signal.aborted) throw new AppError('CANCELLED', CANCELLED_MESSAGE);
}

/**
 * Waits for `work` unless the job is cancelled first. A classification is shared by every request for
 * the round, so a cancel leaves it running (it is stored for the next use) and only stops waiting.
 */
function untilCancelled<T>(work: Promise<T>, job: JobControl): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new AppError('CANCELLED', CANCELLED_MESSAGE));
    if (job.signal.aborted) return onAbort();
    job.signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => job.signal.removeEventListener('abort', onAbort));
  });
}

/** Starts the worker and settles with its one answer, its failure or the job's cancel, whichever comes first. */
function runPrepareWorker(script: WorkerScript, input: PrepareInputWorkerInput, job: JobControl): Promise<PreparedInput> {
  return new Promise<PreparedInput>((resolve, reject) => {
    const worker = startWorkerScript(script, { workerData: input });
    let settled = false;
    const settle = (finish: () => void) => {
      if (settled) return;
      settled = true;
      job.signal.removeEventListener('abort', onAbort);
      finish();
    };
    const onAbort = () => {
      settle(() => reject(new AppError('CANCELLED', CANCELLED_MESSAGE)));
      void worker.terminate();
    };
    job.signal.addEventListener('abort', onAbort);
    worker.on('message', (m: PrepareInputWorkerMessage) => {
      if (m.type === 'done') settle(() => resolve(m.prepared));
      else settle(() => reject(new AppError(m.code as ErrorCode, m.message)));
    });
    worker.on('error', (err) => settle(() => reject(err)));
    worker.on('exit', (code) => settle(() => reject(new AppError('INTERNAL', `Penyiapan data berhenti tanpa hasil (kode ${code}).`))));
  });
}
