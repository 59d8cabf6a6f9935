import { importChannels } from '../../shared/api/contract-import';
import { importRegionList, inspectFile, runImport } from '../import';
import type { HandlersFor } from './types';

/** Inspecting and importing survey files; cancelling jobs. */
export const importHandlers: HandlersFor<typeof importChannels> = {
  'datasets:inspect': (req, ctx) => inspectFile(ctx.session.require().db, req),
  'datasets:import': (req, ctx) => ctx.jobs.run(req.jobId, (job) => runImport(ctx.session.require().db, req, job)),
  'regions:import': (req, ctx) => importRegionList(ctx.session.require().db, req.source),
  'jobs:cancel': (req, ctx) => ({ cancelled: ctx.jobs.cancel(req.jobId) }),
};
