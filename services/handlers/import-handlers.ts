import { importChannels } from '../../shared/api/contract-import';
import { importRegionList, runImport } from '../import';
import { runReadInWorker } from '../jobs/run-read-in-worker';
import type { HandlersFor } from './types';

/** Inspecting and importing survey files; cancelling jobs. */
export const importHandlers: HandlersFor<typeof importChannels> = {
  // A workbook is read in the read-only worker: the app's thread keeps answering meanwhile.
  'datasets:inspect': (req, ctx) => {
    const { db, path } = ctx.session.require();
    return runReadInWorker(db, path, 'datasets:inspect', req);
  },
  'datasets:import': (req, ctx) => ctx.jobs.run(req.jobId, (job) => runImport(ctx.session.require().db, req, job)),
  'regions:import': (req, ctx) => importRegionList(ctx.session.require().db, req.source),
  'jobs:cancel': (req, ctx) => ({ cancelled: ctx.jobs.cancel(req.jobId) }),
};
