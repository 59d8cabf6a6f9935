import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../shared/api/result';
import { createRowConverter, listKnownKabupaten } from '../../shared/parse/convert-row';
import { RegionMatcher } from '../../shared/parse/match-region';
import { streamCsvRows } from './read-csv';
import { RowPreparer } from './row-preparer';
import { sniffSource } from './sniff';
import type { PrepareWorkerInput, PrepareWorkerMessage } from './worker-protocol';

/** Batches allowed in flight before this worker waits for the writer (rows in memory stay bounded). */
const MAX_IN_FLIGHT = 8;
const ROWS_PER_BATCH = 400;

/**
 * The second thread of a large CSV import: decodes and parses the file and prepares each row (convert,
 * validate, original JSON) while the import worker writes the previous batches to SQLite.
 */
function main(input: PrepareWorkerInput): void {
  const inFlight = new Int32Array(input.inFlight);
  const sniffed = sniffSource(new Uint8Array(input.bytes), input.fileName);
  // The decoded text is all that is needed from here on; dropping workerData's reference frees the bytes.
  input.bytes = new ArrayBuffer(0);
  if (sniffed.kind !== 'text') throw new AppError('BAD_FILE', 'Berkas bukan CSV.');
  const text = sniffed.text;
  const matcher = new RegionMatcher(input.regions, input.regionScope);
  const convert = createRowConverter({ headers: input.plan.headers, mapping: input.plan.mapping, matcher, currentYear: input.currentYear, knownKabupaten: listKnownKabupaten(input.regions) });
  const preparer = new RowPreparer(input.plan, convert);
  streamCsvRows(text, input.delimiter, (rows, cursor) => {
    for (let i = 0; i < rows.length; i += ROWS_PER_BATCH) {
      const batch = preparer.prepare(rows.length <= ROWS_PER_BATCH ? rows : rows.slice(i, i + ROWS_PER_BATCH));
      for (let n = Atomics.load(inFlight, 0); n >= MAX_IN_FLIGHT; n = Atomics.load(inFlight, 0)) Atomics.wait(inFlight, 0, n, 1000);
      Atomics.add(inFlight, 0, 1);
      post({ type: 'batch', batch, row: preparer.currentRow, fraction: text.length === 0 ? 1 : cursor / text.length });
    }
  });
  post({ type: 'end', row: preparer.currentRow, encoding: sniffed.encoding });
}

function post(message: PrepareWorkerMessage): void {
  parentPort?.postMessage(message);
}

try {
  main(workerData as PrepareWorkerInput);
} catch (err) {
  if (err instanceof AppError) post({ type: 'error', code: err.code, message: err.message });
  else post({ type: 'error', code: 'IMPORT_FAILED', message: `Impor gagal saat membaca baris: ${(err as Error).message}. Proyek tidak diubah.` });
}
