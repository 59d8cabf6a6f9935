import { AppError, type ErrorCode } from '../../shared/api/result';
import type { Db } from '../db/open';
import type { JobControl } from '../jobs/job-registry';
import { currentModuleUrl, resolveWorkerScript, startWorkerScript } from '../jobs/worker-script';
import { isClassificationStale } from './classify-round';
import { hashSettings, loadClassificationSettings } from './classification-settings';
import type { ClassifyWorkerInput, ClassifyWorkerMessage } from './classify-worker';

/** Classifications running now, by project file and round, so concurrent requests wait for one. */
const running = new Map<string, Promise<void>>();

/**
 * Before a table is built: when the round's stored classification is missing or out of date, classify
 * the whole round in a worker thread (its own connection) and wait for it, instead of blocking the
 * app's thread. The table builders' own `ensureClassified` then finds it current. Where no worker can
 * start (an in-memory database, a bundle without the worker) this does nothing and the builders
 * classify on the calling thread as before.
 */
export async function classifyStaleRoundInWorker(db: Db, dbPath: string, roundId: number, job?: JobControl): Promise<void> {
  if (!isClassificationStale(db, roundId, hashSettings(loadClassificationSettings(db)))) return;
  const script = dbPath === ':memory:' ? null : resolveWorkerScript(currentModuleUrl(() => import.meta.url), 'classify-worker');
  if (!script) return;
  const key = `${dbPath}#${roundId}`;
  const existing = running.get(key);
  if (existing) return existing;
  const done = new Promise<void>((resolve, reject) => {
    const input: ClassifyWorkerInput = { dbPath, roundId };
    const worker = startWorkerScript(script, { workerData: input });
    let settled = false;
    worker.on('message', (m: ClassifyWorkerMessage) => {
      if (m.type === 'progress') job?.progress(m.phase, m.done, m.total);
      else if (m.type === 'done') {
        settled = true;
        resolve();
      } else {
        settled = true;
        reject(new AppError(m.code as ErrorCode, m.message));
      }
    });
    worker.on('error', (err) => {
      if (!settled) reject(err);
      settled = true;
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new AppError('INTERNAL', `Klasifikasi berhenti tanpa hasil (kode ${code}).`));
      settled = true;
    });
  }).finally(() => running.delete(key));
  running.set(key, done);
  return done;
}
