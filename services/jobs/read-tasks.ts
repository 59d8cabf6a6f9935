import type { BusinessFilter } from '../../shared/api/contract-data';
import type { FeatureSpec } from '../../shared/cluster/features';
import type { QualityFlag } from '../../shared/stats/quality-rules';
import type { GroupByKey } from '../../shared/stats/table-types';
import { computePlacement } from '../cluster/placement';
import { prepareInput, type MissingSettings } from '../cluster/prepare-input';
import type { Db } from '../db/open';
import type { InspectRequest } from '../import/inspect-file';
import { computeGroupStats } from '../stats/group-stats';
import { computeQualityReport } from '../stats/quality-flags';

/**
 * The reads the read-only worker (read-worker.ts) can run, by name: the worker imports this module and
 * so only what is registered here. Each task gets a read-only connection (inside one read transaction)
 * and plain-data arguments, and returns plain data (typed arrays are moved, not copied), or a promise
 * of it (a task that reads a file first). A task must not write: its caller brings the round's
 * classification up to date first, and a task that still tries to write is redone on the calling
 * thread (run-read-in-worker.ts).
 */
export const READ_TASKS = {
  'quality:flags': (db: Db, a: { filter: BusinessFilter; code?: QualityFlag; offset?: number; limit?: number }) =>
    computeQualityReport(db, a.filter, { code: a.code, offset: a.offset, limit: a.limit }),
  'stats:groupBy': (db: Db, a: { filter: BusinessFilter; by: GroupByKey }) => computeGroupStats(db, a.filter, a.by),
  // The caller (services/cluster/prepare-input-in-worker.ts) has classified the round already.
  'cluster:prepareInput': (db: Db, a: { filter: BusinessFilter; features: FeatureSpec[]; missing: MissingSettings }) =>
    prepareInput(db, a.filter, a.features, a.missing, { classify: false }),
  // Likewise for services/cluster/assign-service.ts, which then stores the placement.
  'cluster:place': (db: Db, a: { runId: number; filter: BusinessFilter }) => computePlacement(db, a.runId, a.filter, { classify: false }),
  // The import wizard's first look at a file (a workbook of 421,000 rows: ~1 s, not on the app's thread).
  // Its modules (exceljs) load on the first inspect, not with every worker.
  'datasets:inspect': async (db: Db, a: InspectRequest) => (await import('../import/inspect-file')).inspectFile(db, a),
} satisfies Record<string, (db: Db, args: never) => unknown>;

export type ReadTaskName = keyof typeof READ_TASKS;
export type ReadTaskArgs<N extends ReadTaskName> = Parameters<(typeof READ_TASKS)[N]>[1];
export type ReadTaskResult<N extends ReadTaskName> = Awaited<ReturnType<(typeof READ_TASKS)[N]>>;

/**
 * Runs a registered read on `db` (the worker's read-only connection, or the calling thread's own):
 * its result, or for a task that reads a file first the promise of it.
 */
export function runReadTask<N extends ReadTaskName>(db: Db, task: N, args: ReadTaskArgs<N>): ReadTaskResult<N> | Promise<ReadTaskResult<N>> {
  const run = READ_TASKS[task] as (db: Db, args: ReadTaskArgs<N>) => ReadTaskResult<N> | Promise<ReadTaskResult<N>>;
  return run(db, args);
}

/** True for a name of the registry (the worker is sent names over a message port). */
export function isReadTask(name: string): name is ReadTaskName {
  return Object.prototype.hasOwnProperty.call(READ_TASKS, name);
}
