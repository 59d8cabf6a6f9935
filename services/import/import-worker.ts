import { parentPort, workerData } from 'node:worker_threads';
import { openProjectDb, type Db } from '../db/open';
import { AppError } from '../../shared/api/result';
import { logError } from '../log';
import { executeImport } from './execute-import';
import { loadSource, type LoadedSource } from './read-source';
import type { ImportWorkerInput, ImportWorkerMessage } from './worker-protocol';

/**
 * The import worker thread: parses, validates and writes a whole file in one transaction on its own
 * connection, posting progress, so the app's thread stays responsive. Cancel = a shared flag checked
 * between batches (rollback); if the thread is terminated instead, SQLite discards the open transaction.
 */
async function runImportHere(db: Db, input: ImportWorkerInput): Promise<ImportWorkerMessage> {
  const flag = new Int32Array(input.cancel);
  const source: LoadedSource =
    input.bytes !== null ? { bytes: new Uint8Array(input.bytes), fileName: input.fileName ?? 'unggahan' } : loadSource(input.options.source);
  input.bytes = null;
  const summary = await executeImport(db, input.options, source, {
    progress: (phase, done, total) => post({ type: 'progress', phase, done, total }),
    isCancelled: () => Atomics.load(flag, 0) === 1,
    pipeline: true,
  });
  return { type: 'done', summary };
}

function post(message: ImportWorkerMessage): void {
  parentPort?.postMessage(message);
}

function failure(err: unknown): ImportWorkerMessage {
  if (err instanceof AppError) return { type: 'error', code: err.code, message: err.message, details: err.details };
  logError('import worker', err);
  return { type: 'error', code: 'IMPORT_FAILED', message: 'Impor gagal karena kesalahan tak terduga. Proyek tidak diubah; rincian teknis dicatat di log.' };
}

async function main(input: ImportWorkerInput): Promise<void> {
  let db: Db;
  try {
    db = openProjectDb(input.dbPath).db;
  } catch (err) {
    post(failure(err));
    return;
  }
  // Settings of this connection only: a larger page cache (KiB) so a big transaction does not spill, and no
  // checkpoint inside COMMIT — the checkpoint (copying the WAL into the file) runs after the result is sent.
  db.pragma('cache_size = -65536');
  db.pragma('wal_autocheckpoint = 0');
  try {
    post(await runImportHere(db, input));
  } catch (err) {
    post(failure(err));
  }
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch (err) {
    logError('import worker checkpoint', err);
  } finally {
    db.close();
  }
}

void main(workerData as ImportWorkerInput);
