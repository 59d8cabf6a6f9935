import type { ParsedRequestOf } from '../../shared/api/contract';
import type { ClusterAssignResult } from '../../shared/api/contract-cluster';
import type { Db } from '../db/open';
import type { JobControl } from '../jobs/job-registry';
import { runReadInWorker } from '../jobs/run-read-in-worker';
import { classifyBeforeRead, clusterCancelOptions } from './prepare-input-in-worker';
import { readRun, saveProjection } from './run-store';

/**
 * Places the businesses of a filter (usually another round) on a saved run's centroids (see
 * placement.ts) and stores the placement. Reading and placing 421,000 businesses takes seconds, so it
 * runs in the read worker on its own connection; only the store happens on this thread.
 */
export async function assignToRun(
  db: Db, req: ParsedRequestOf<'cluster:assign'>, job: JobControl, dbPath: string = db.name,
): Promise<ClusterAssignResult> {
  const run = readRun(db, req.runId);
  job.progress('Memuat data', 0, null);
  await classifyBeforeRead(db, dbPath, req.filter.roundId, run.config.features, job);
  const placed = await runReadInWorker(db, dbPath, 'cluster:place', { runId: run.id, filter: req.filter }, clusterCancelOptions(job));
  job.throwIfCancelled();
  const { result } = placed;
  saveProjection(db, run.id, req.filter.roundId, req.filter, result.input_hash, result, placed);
  return result;
}
