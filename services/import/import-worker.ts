import { parentPort, workerData } from 'node:worker_threads';
import { openProjectDb } from '../db/open';
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
async function main(input: ImportWorkerInput): Promise<ImportWorkerMessage> {
  const flag = new Int32Array(input.cancel);
  const { db } = openProjectDb(input.dbPath);
  // A larger page cache (KiB) for this connection only: a big import otherwise spills pages mid-transaction.
  db.pragma('cache_size = -65536');
  try {
    const source: LoadedSource =
      input.bytes !== null ? { bytes: new Uint8Array(input.bytes), fileName: input.fileName ?? 'unggahan' } : loadSource(input.options.source);
    const summary = await executeImport(db, input.options, source, {
      progress: (phase, done, total) => post({ type: 'progress', phase, done, total }),
      isCancelled: () => Atomics.load(flag, 0) === 1,
      pipeline: true,
    });
    return { type: 'done', summary };
  } finally {
    db.close();
  }
}

function post(message: ImportWorkerMessage): void {
  parentPort?.postMessage(message);
}

main(workerData as ImportWorkerInput).then(post, (err: unknown) => {
  if (err instanceof AppError) post({ type: 'error', code: err.code, message: err.message, details: err.details });
  else {
    logError('import worker', err);
    post({ type: 'error', code: 'IMPORT_FAILED', message: 'Impor gagal karena kesalahan tak terduga. Proyek tidak diubah; rincian teknis dicatat di log.' });
  }
});
