import type { Db } from '../db/open';
import type { ImportOptions, ImportSummary } from '../../shared/api/contract-import';
import type { JobControl } from '../jobs/job-registry';
import { executeImport } from './execute-import';
import { loadSource } from './read-source';
import { importWorkerAvailable, runImportInWorker } from './run-in-worker';

export { inspectFile } from './inspect-file';
export { importRegionList } from './region-list';

/**
 * Imports a survey file (CSV or XLSX) as a new round, all or nothing, and returns its summary. The work
 * runs in a worker thread on its own connection to the project file when possible (the app stays
 * responsive and cancel rolls back); for an in-memory database it runs here.
 */
export async function runImport(db: Db, options: ImportOptions, job: JobControl): Promise<ImportSummary> {
  job.throwIfCancelled();
  if (!db.memory && db.name !== '' && importWorkerAvailable()) return runImportInWorker(db.name, options, job);
  const source = loadSource(options.source);
  return executeImport(db, options, source, { progress: (p, d, t) => job.progress(p, d, t), isCancelled: () => job.signal.aborted, pipeline: false });
}
