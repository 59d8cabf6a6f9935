import { projectChannels } from '../../shared/api/contract-projects';
import { listRecentProjects, resolveExportsDir } from '../project/app-home';
import { ensureDemoProject } from '../project/demo-project';
import type { HandlersFor } from './types';
import { AppError } from '../../shared/api/result';

const VERSION = '0.1.0';

/** Project file handlers: create, open, demo, recent. */
export const projectHandlers: HandlersFor<typeof projectChannels> = {
  'app:info': (_req, ctx) => ({
    version: VERSION,
    mode: ctx.mode,
    project: ctx.session.project ? ctx.session.describe() : null,
    exports_dir: resolveExportsDir(),
  }),
  'projects:create': (req, ctx) => ctx.session.create(req.path, req.name),
  'projects:open': (req, ctx) => ctx.session.open(req.path),
  'projects:openDemo': async (_req, ctx) => {
    const path = await ctx.jobs.run(undefined, (job) => ensureDemoProject(job));
    return ctx.session.open(path);
  },
  'projects:recent': () => listRecentProjects(),
  'projects:current': (_req, ctx) => (ctx.session.project ? ctx.session.describe() : null),
  'dialog:choosePath': async (req, ctx) => {
    if (!ctx.host) throw new AppError('NOT_FOUND', 'Dialog berkas hanya tersedia di aplikasi desktop; ketik lokasi berkasnya.');
    return { path: await ctx.host.choosePath(req) };
  },
  'rounds:delete': (req, ctx) => {
    const { db } = ctx.session.require();
    db.prepare('DELETE FROM rounds WHERE id = ?').run(req.roundId);
    return ctx.session.describe();
  },
};
