import { parentPort, workerData } from 'node:worker_threads';
import { openProjectDb } from '../db/open';
import { AppError } from '../../shared/api/result';
import { logError } from '../log';
import { classifyRound } from './classify-round';
import { loadClassificationSettings } from './classification-settings';

/** What the classification worker is given and what it answers. */
export interface ClassifyWorkerInput {
  dbPath: string;
  roundId: number;
}
export type ClassifyWorkerMessage =
  | { type: 'progress'; phase: string; done: number; total: number | null }
  | { type: 'done' }
  | { type: 'error'; code: string; message: string };

/**
 * Classifies a whole round on its own connection, in one transaction, so the app's thread keeps
 * answering while a large round (421,000 businesses: several seconds) is classified.
 */
function main(input: ClassifyWorkerInput): void {
  const post = (m: ClassifyWorkerMessage) => parentPort?.postMessage(m);
  let db;
  try {
    db = openProjectDb(input.dbPath).db;
  } catch (err) {
    post({ type: 'error', code: err instanceof AppError ? err.code : 'INTERNAL', message: (err as Error).message });
    return;
  }
  try {
    const settings = loadClassificationSettings(db);
    classifyRound(db, input.roundId, settings, {
      jobId: 'classify-worker',
      signal: new AbortController().signal,
      progress: (phase, done, total) => post({ type: 'progress', phase, done, total }),
      throwIfCancelled: () => undefined,
    });
    post({ type: 'done' });
  } catch (err) {
    if (!(err instanceof AppError)) logError('classify worker', err);
    post({ type: 'error', code: err instanceof AppError ? err.code : 'INTERNAL', message: err instanceof AppError ? err.message : 'Klasifikasi gagal.' });
  } finally {
    db.close();
  }
}

main(workerData as ClassifyWorkerInput);
