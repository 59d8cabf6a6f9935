import { statsChannels } from '../../shared/api/contract-stats';
import { loadClassificationSettings, saveRules } from '../stats/classification-settings';
import { listClassified, listUnclassified, summariseClassification } from '../stats/classification-summary';
import { getClassificationRules, getDictionary, updateClassificationRules, updateDictionary } from '../stats/rules-service';
import { buildRekapTable } from '../stats/rekap-table';
import { buildVerificationTable } from '../stats/verification-table';
import { buildLqTable } from '../stats/lq-table';
import { buildIndicatorsTable } from '../stats/indicators-table';
import { exportTables } from '../export/export-tables';
import { exportRecords } from '../export/export-records';
import { AppError } from '../../shared/api/result';
import { classifyStaleRoundInWorker } from '../stats/classify-in-worker';
import { ensureClassified } from '../stats/classify-round';
import { runReadInWorker } from '../jobs/run-read-in-worker';
import type { ReadTaskArgs, ReadTaskName } from '../jobs/read-tasks';
import type { HandlerContext, HandlersFor } from './types';
import type { JobControl } from '../jobs/job-registry';

/**
 * The open project's connection for a round that exists, classified and current: a stale round is
 * classified first in a worker thread (progress as a job), so the service thread keeps answering.
 */
async function requireRound(ctx: HandlerContext, roundId: number, job?: JobControl) {
  const { db, path } = ctx.session.require();
  if (!db.prepare('SELECT 1 FROM rounds WHERE id = ?').get(roundId)) throw new AppError('NOT_FOUND', `Putaran survei ${roundId} tidak ada di proyek ini.`);
  if (job) await classifyStaleRoundInWorker(db, path, roundId, job);
  else await ctx.jobs.run(undefined, (j) => classifyStaleRoundInWorker(db, path, roundId, j));
  return db;
}

/**
 * A slow read of a round (the quality flags of 421,000 businesses: ~4 s) in the read-only worker, so
 * the service thread keeps answering meanwhile. The worker cannot write: businesses edited since the
 * round was classified are reclassified here first (quick), so the read finds the round current. (A
 * round still stale, where the classification worker cannot start, is read on this thread.)
 */
async function readRoundInWorker<N extends ReadTaskName>(ctx: HandlerContext, roundId: number, task: N, args: ReadTaskArgs<N>) {
  const db = await requireRound(ctx, roundId);
  if (db.prepare('SELECT 1 FROM stats_stale_businesses WHERE round_id = ? LIMIT 1').get(roundId)) ensureClassified(db, roundId);
  return runReadInWorker(db, ctx.session.require().path, task, args);
}

/** Classification, statistics, potential-mapping tables and their export (issue 4). */
export const statsHandlers: HandlersFor<typeof statsChannels> = {
  'classify:rules': (_req, ctx) => getClassificationRules(ctx.session.require().db),
  'classify:saveRules': (req, ctx) => updateClassificationRules(ctx.session.require().db, req),
  'classify:run': (req, ctx) =>
    ctx.jobs.run(req.jobId, async (job) => {
      const { db, path } = ctx.session.require();
      const settings = loadClassificationSettings(db);
      if (req.rule_set && req.rule_set !== settings.rule_set) {
        settings.rule_set = req.rule_set;
        saveRules(db, settings);
      }
      // "Classify now": mark the round stale so it is redone, in a worker when one can start.
      db.prepare('UPDATE classification_runs SET stale = 1 WHERE round_id = ?').run(req.roundId);
      await requireRound(ctx, req.roundId, job);
      return summariseClassification(db, { roundId: req.roundId });
    }),
  'classify:summary': async (req, ctx) => summariseClassification(await requireRound(ctx, req.filter.roundId), req.filter),
  'classify:unclassified': async (req, ctx) => listUnclassified(await requireRound(ctx, req.roundId), req.roundId, req.limit),
  'classify:candidates': async (req, ctx) => listClassified(await requireRound(ctx, req.filter.roundId), req),
  'dictionary:get': (_req, ctx) => getDictionary(ctx.session.require().db),
  'dictionary:save': (req, ctx) => updateDictionary(ctx.session.require().db, req),
  'stats:groupBy': (req, ctx) => readRoundInWorker(ctx, req.filter.roundId, 'stats:groupBy', req),
  'tables:rekap': async (req, ctx) => buildRekapTable(await requireRound(ctx, req.filter.roundId), req.filter, req.by),
  'tables:verifikasi': async (req, ctx) => buildVerificationTable(await requireRound(ctx, req.filter.roundId), req.filter, req.by),
  'tables:lq': async (req, ctx) => buildLqTable(await requireRound(ctx, req.filter.roundId), req.filter, req),
  'tables:indicators': async (req, ctx) => buildIndicatorsTable(await requireRound(ctx, req.filter.roundId), req.filter, req.by),
  'quality:flags': (req, ctx) => readRoundInWorker(ctx, req.filter.roundId, 'quality:flags', req),
  'export:tables': async (req, ctx) => exportTables(await requireRound(ctx, req.filter.roundId), req),
  'export:records': (req, ctx) => ctx.jobs.run(req.jobId, async (job) => exportRecords(await requireRound(ctx, req.filter.roundId, job), req, job)),
};
