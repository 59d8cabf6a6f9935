import { clusterChannels } from '../../shared/api/contract-cluster';
import { assignToRun } from '../cluster/assign-service';
import { describeFeatures } from '../cluster/feature-overview';
import { exportAssignments, rebuildMatrix } from '../cluster/rebuild-matrix';
import { exportClusterRun } from '../export/cluster-export';
import { getRunDetail } from '../cluster/run-detail';
import { runClustering } from '../cluster/run-service';
import { deleteRun, listMembers, listRuns, renameRun } from '../cluster/run-store';
import { runSweep } from '../cluster/sweep-service';
import type { HandlersFor } from './types';

/** Clustering (issue 5): features, choosing k, runs, labels, placing another round on a saved run. */
export const clusterHandlers: HandlersFor<typeof clusterChannels> = {
  'cluster:features': (req, ctx) => describeFeatures(ctx.session.require().db, req),
  'cluster:sweep': (req, ctx) => ctx.jobs.run(req.jobId, (job) => {
    const { db, path } = ctx.session.require();
    return runSweep(db, req, job, 'auto', path);
  }),
  'cluster:run': (req, ctx) => ctx.jobs.run(req.jobId, (job) => {
    const { db, path } = ctx.session.require();
    return runClustering(db, req, job, 'auto', path);
  }),
  'cluster:list': (req, ctx) => listRuns(ctx.session.require().db, req.roundId),
  'cluster:get': (req, ctx) => getRunDetail(ctx.session.require().db, req.runId),
  'cluster:rename': (req, ctx) => {
    const db = ctx.session.require().db;
    renameRun(db, req.runId, req.name, req.labels);
    return getRunDetail(db, req.runId);
  },
  'cluster:delete': (req, ctx) => ({ deleted: deleteRun(ctx.session.require().db, req.runId) }),
  'cluster:assign': (req, ctx) => ctx.jobs.run(req.jobId, (job) => {
    const { db, path } = ctx.session.require();
    return assignToRun(db, req, job, path);
  }),
  'cluster:members': (req, ctx) => listMembers(ctx.session.require().db, req.runId, req.cluster, req.roundId, req.offset, req.limit),
  'cluster:assignments': (req, ctx) => exportAssignments(ctx.session.require().db, req.runId, req.include),
  'cluster:export': (req, ctx) => ctx.jobs.run(req.jobId, (job) => exportClusterRun(ctx.session.require().db, req, job)),
  'cluster:matrix': (req, ctx) => rebuildMatrix(ctx.session.require().db, req.runId),
};
