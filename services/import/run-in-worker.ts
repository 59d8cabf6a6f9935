import { AppError } from '../../shared/api/result';
import type { ImportOptions, ImportSummary } from '../../shared/api/contract-import';
import type { JobControl } from '../jobs/job-registry';
import type { ImportWorkerInput, ImportWorkerMessage } from './worker-protocol';
import { startWorker, workerAvailable } from './worker-script';

/** How long a cancelled worker may take to roll back by itself before it is terminated (ms). */
const CANCEL_GRACE_MS = 5000;

/** True when imports can run in a worker thread here. */
export function importWorkerAvailable(): boolean {
  return workerAvailable('import-worker');
}

/** Runs an import in a worker thread on its own connection to `dbPath`; progress and cancel go through `job`. */
export function runImportInWorker(dbPath: string, options: ImportOptions, job: JobControl): Promise<ImportSummary> {
  const cancel = new SharedArrayBuffer(4);
  const flag = new Int32Array(cancel);
  let bytes: ArrayBuffer | null = null;
  let fileName: string | null = null;
  let workerOptions = options;
  if (options.source.kind === 'upload') {
    const buf = Buffer.from(options.source.base64, 'base64');
    bytes = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
    fileName = options.source.name;
    // The bytes travel once, transferred; the base64 is not copied to the worker as well.
    workerOptions = { ...options, source: { kind: 'upload', name: options.source.name, base64: '' } };
  }
  const input: ImportWorkerInput = { dbPath, options: workerOptions, bytes, fileName, cancel };
  const worker = startWorker('import-worker', input, bytes ? [bytes] : []);

  return new Promise<ImportSummary>((resolve, reject) => {
    let settled = false;
    let killTimer: NodeJS.Timeout | null = null;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      job.signal.removeEventListener('abort', onAbort);
      if (killTimer) clearTimeout(killTimer);
      fn();
    };
    const onAbort = () => {
      Atomics.store(flag, 0, 1);
      killTimer = setTimeout(() => {
        void worker.terminate();
        finish(() => reject(new AppError('CANCELLED', 'Impor dibatalkan oleh pengguna. Proyek tidak diubah.')));
      }, CANCEL_GRACE_MS);
    };
    if (job.signal.aborted) onAbort();
    else job.signal.addEventListener('abort', onAbort);

    worker.on('message', (m: ImportWorkerMessage) => {
      if (m.type === 'progress') job.progress(m.phase, m.done, m.total);
      else if (m.type === 'done') finish(() => resolve(m.summary));
      else finish(() => reject(new AppError(m.code, m.message, m.details)));
    });
    worker.on('error', (err) => {
      finish(() => reject(new AppError('IMPORT_FAILED', `Impor gagal karena kesalahan tak terduga (${err.message}). Proyek tidak diubah.`)));
    });
    worker.on('exit', (code) => {
      finish(() => reject(new AppError('IMPORT_FAILED', `Proses impor berhenti tak terduga (kode ${code}). Proyek tidak diubah.`)));
    });
  });
}
