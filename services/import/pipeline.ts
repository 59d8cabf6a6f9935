import { AppError } from '../../shared/api/result';
import type { Region } from '../../shared/domain/regions';
import type { ImportPlan } from './plan';
import type { RowStore } from './row-store';
import type { PrepareWorkerInput, PrepareWorkerMessage } from './worker-protocol';
import { startWorker, workerAvailable } from './worker-script';

export interface PipelineControl {
  isCancelled(): boolean;
  progress(done: number, fraction: number): void;
  cancelled(): AppError;
}

/** True when a large CSV can be prepared on a second thread here. */
export function pipelineAvailable(): boolean {
  return workerAvailable('prepare-worker');
}

/**
 * Imports a large CSV on two threads: the prepare worker parses and converts rows, this thread stores them
 * (inside the caller's transaction) as batches arrive. At most a few batches are in flight. On a failure or a
 * cancel the prepare worker is stopped and the error is thrown, so the caller rolls back. Resolves with the
 * encoding the whole file was decoded with.
 */
export function storeFromPipeline(
  input: { bytes: Uint8Array; fileName: string; delimiter: string; plan: ImportPlan; regions: Region[]; regionScope: string | null },
  store: RowStore,
  ctl: PipelineControl,
): Promise<string> {
  const inFlight = new SharedArrayBuffer(4);
  const counter = new Int32Array(inFlight);
  const own = input.bytes.byteOffset === 0 && input.bytes.byteLength === input.bytes.buffer.byteLength;
  const buffer = (own ? input.bytes.buffer : input.bytes.slice().buffer) as ArrayBuffer;
  const data: PrepareWorkerInput = {
    bytes: buffer,
    fileName: input.fileName,
    delimiter: input.delimiter,
    plan: input.plan,
    regions: input.regions,
    regionScope: input.regionScope,
    currentYear: new Date().getFullYear(),
    inFlight,
  };
  // The worker holds the decoded text (up to 2 bytes a character) plus a few batches.
  const worker = startWorker('prepare-worker', data, [buffer], Math.round(256 + (3 * buffer.byteLength) / 1e6));
  return new Promise<string>((resolve, reject) => {
    let settled = false;
    const stop = (err: unknown) => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      reject(err);
    };
    worker.on('message', (m: PrepareWorkerMessage) => {
      if (settled) return;
      try {
        if (m.type === 'batch') {
          if (ctl.isCancelled()) return stop(ctl.cancelled());
          store.accept(m.batch);
          Atomics.sub(counter, 0, 1);
          Atomics.notify(counter, 0);
          ctl.progress(m.row, m.fraction);
        } else if (m.type === 'end') {
          settled = true;
          resolve(m.encoding);
        } else stop(new AppError(m.code, m.message));
      } catch (err) {
        stop(err);
      }
    });
    worker.on('error', (err) => stop(err));
    worker.on('exit', () => stop(new AppError('IMPORT_FAILED', 'Proses pembaca baris berhenti tak terduga. Proyek tidak diubah.')));
  });
}
