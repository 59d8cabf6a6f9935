import type { BusinessFilter } from '../../shared/api/contract-data';
import { AppError } from '../../shared/api/result';
import type { FeatureSpec } from '../../shared/cluster/features';
import type { Db } from '../db/open';
import type { JobControl } from '../jobs/job-registry';
import { readWorkerScript, runReadInWorker } from '../jobs/run-read-in-worker';
import { ensureClassified } from '../stats/classify-round';
import { classifyStaleRoundInWorker } from '../stats/classify-in-worker';
import { prepareInput, requireRound, usesClassification, type MissingSettings, type PreparedInput } from './prepare-input';

/** The same words as a cancel during the clustering itself (services/cluster/execute.ts). */
const CANCELLED_MESSAGE = 'Pengelompokan dibatalkan oleh pengguna. Proyek tidak diubah.';

/**
 * prepareInput off the app's thread: reading 421,000 rows, completing them and building the matrix
 * takes 1-2 s, and classifying a stale round 6-15 s more, during which the app's thread (Electron's
 * main process, the HTTP server) would answer nothing, not even a cancel. A stale classification is
 * redone in the classification worker first; then the read worker (services/jobs/read-worker.ts), on
 * its own read-only connection, prepares the input and hands back its arrays. The result is the one
 * prepareInput gives on this thread. Where no worker can start (an in-memory database, a bundle
 * without the worker) it runs here as before. A cancel terminates the worker at once and fails with
 * CANCELLED.
 */
export async function prepareInputInWorker(
  db: Db, dbPath: string, filter: BusinessFilter, features: readonly FeatureSpec[], missing: MissingSettings, job: JobControl,
): Promise<PreparedInput> {
  if (!readWorkerScript(dbPath)) return prepareInput(db, filter, features, missing);
  await classifyBeforeRead(db, dbPath, filter.roundId, features, job);
  const args = { filter, features: [...features], missing: { mode: missing.mode, group: missing.group } };
  return runReadInWorker(db, dbPath, 'cluster:prepareInput', args, clusterCancelOptions(job));
}

/**
 * Before a read worker loads features: checks the round exists and, when a feature reads the stored
 * classification, brings it up to date (a stale round in the classification worker; businesses
 * edited since on this thread, quick) — the worker's read-only connection cannot.
 */
export async function classifyBeforeRead(db: Db, dbPath: string, roundId: number, features: readonly FeatureSpec[], job: JobControl): Promise<void> {
  throwIfCancelled(job);
  requireRound(db, roundId);
  if (!usesClassification(features)) return;
  await untilCancelled(classifyStaleRoundInWorker(db, dbPath, roundId, job), job);
  ensureClassified(db, roundId, job);
  job.progress('Memuat data', 0, null);
}

/** A cancel in the words of the clustering (services/cluster/execute.ts). */
export const clusterCancelOptions = (job: JobControl) => ({ signal: job.signal, cancelMessage: CANCELLED_MESSAGE });

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
