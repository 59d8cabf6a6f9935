import { statsChannels } from '../../shared/api/contract-stats';
import { classifyRound } from '../stats/classify-round';
import { loadClassificationSettings, saveRules } from '../stats/classification-settings';
import { listClassified, listUnclassified, summariseClassification } from '../stats/classification-summary';
import { getClassificationRules, getDictionary, updateClassificationRules, updateDictionary } from '../stats/rules-service';
import { computeGroupStats } from '../stats/group-stats';
import { buildRekapTable } from '../stats/rekap-table';
import { buildVerificationTable } from '../stats/verification-table';
import { buildLqTable } from '../stats/lq-table';
import { buildIndicatorsTable } from '../stats/indicators-table';
import { computeQualityReport } from '../stats/quality-flags';
import { exportTables } from '../export/export-tables';
import { exportRecords } from '../export/export-records';
import { AppError } from '../../shared/api/result';
import type { HandlerContext, HandlersFor } from './types';

function requireRound(ctx: HandlerContext, roundId: number) {
  const { db } = ctx.session.require();
  if (!db.prepare('SELECT 1 FROM rounds WHERE id = ?').get(roundId)) throw new AppError('NOT_FOUND', `Putaran survei ${roundId} tidak ada di proyek ini.`);
  return db;
}

/** Classification, statistics, potential-mapping tables and their export (issue 4). */
export const statsHandlers: HandlersFor<typeof statsChannels> = {
  'classify:rules': (_req, ctx) => getClassificationRules(ctx.session.require().db),
  'classify:saveRules': (req, ctx) => ctx.jobs.run(req.jobId, (job) => updateClassificationRules(ctx.session.require().db, req, job)),
  'classify:run': (req, ctx) =>
    ctx.jobs.run(req.jobId, (job) => {
      const db = requireRound(ctx, req.roundId);
      const settings = loadClassificationSettings(db);
      if (req.rule_set && req.rule_set !== settings.rule_set) {
        settings.rule_set = req.rule_set;
        saveRules(db, settings);
      }
      classifyRound(db, req.roundId, settings, job);
      return summariseClassification(db, { roundId: req.roundId });
    }),
  'classify:summary': (req, ctx) => summariseClassification(requireRound(ctx, req.filter.roundId), req.filter),
  'classify:unclassified': (req, ctx) => listUnclassified(requireRound(ctx, req.roundId), req.roundId, req.limit),
  'classify:candidates': (req, ctx) => listClassified(requireRound(ctx, req.filter.roundId), req),
  'dictionary:get': (_req, ctx) => getDictionary(ctx.session.require().db),
  'dictionary:save': (req, ctx) => ctx.jobs.run(req.jobId, (job) => updateDictionary(ctx.session.require().db, req, job)),
  'stats:groupBy': (req, ctx) => computeGroupStats(requireRound(ctx, req.filter.roundId), req.filter, req.by),
  'tables:rekap': (req, ctx) => buildRekapTable(requireRound(ctx, req.filter.roundId), req.filter, req.by),
  'tables:verifikasi': (req, ctx) => buildVerificationTable(requireRound(ctx, req.filter.roundId), req.filter, req.by),
  'tables:lq': (req, ctx) => buildLqTable(requireRound(ctx, req.filter.roundId), req.filter, req),
  'tables:indicators': (req, ctx) => buildIndicatorsTable(requireRound(ctx, req.filter.roundId), req.filter, req.by),
  'quality:flags': (req, ctx) => computeQualityReport(requireRound(ctx, req.filter.roundId), req.filter, req),
  'export:tables': (req, ctx) => exportTables(requireRound(ctx, req.filter.roundId), req),
  'export:records': (req, ctx) => ctx.jobs.run(req.jobId, (job) => exportRecords(requireRound(ctx, req.filter.roundId), req, job)),
};
