import type { Db } from '../db/open';
import type { ImportOptions, ImportSummary } from '../../shared/api/contract-import';
import type { JobControl } from '../jobs/job-registry';
import { executeImport } from './execute-import';
import { loadSource } from './read-source';
import { importWorkerAvailable, runImportInWorker } from './run-in-worker';

/*
 * The survey importer. How a file travels:
 *   read-source (path or upload) → sniff (xlsx / text encoding, refuses binary) → open-table (CSV via
 *   papaparse without dynamicTyping, or one XLSX sheet via exceljs) → plan (header row, mapping from the
 *   user / remembered / synonyms, region area) → row-preparer (skip title, blank, totals rows; convert
 *   and validate with shared/parse) → row-store (exact repeats, shared NIKs, multi-row INSERTs) — all in
 *   one transaction on the import worker's own connection. A large CSV is parsed on a second thread
 *   (prepare-worker, pipeline.ts) while the import worker writes.
 */

export { inspectFile } from './inspect-file';
export { importRegionList, type RegionListSummary } from './region-list';

/**
 * Imports a survey file (CSV or XLSX) as a new round, all or nothing, and returns its summary. The work
 * runs in a worker thread on its own connection to the project file when possible (the app stays
 * responsive and cancel rolls back); for an in-memory database it runs here. The promise resolves as
 * soon as the import is committed; the worker then checkpoints the WAL in the background and exits.
 */
export async function runImport(db: Db, options: ImportOptions, job: JobControl): Promise<ImportSummary> {
  job.throwIfCancelled();
  if (!db.memory && db.name !== '' && importWorkerAvailable()) return runImportInWorker(db.name, options, job);
  const source = loadSource(options.source);
  return executeImport(db, options, source, { progress: (p, d, t) => job.progress(p, d, t), isCancelled: () => job.signal.aborted, pipeline: false });
}
