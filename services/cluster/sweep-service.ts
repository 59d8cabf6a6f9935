import { createHash } from 'node:crypto';
import type { ParsedRequestOf } from '../../shared/api/contract';
import type { SweepResult } from '../../shared/api/contract-cluster';
import { AppError } from '../../shared/api/result';
import { fitKs, scoreFits, type EngineOptions, type SilhouetteInfo } from '../../shared/cluster/engine';
import { INDEX_NOTES } from '../../shared/cluster/index-notes';
import type { CategoryBlock } from '../../shared/cluster/kprototypes';
import { recommendK, type KRecommendation, type SweepPoint } from '../../shared/cluster/recommend';
import type { Db } from '../db/open';
import type { JobControl } from '../jobs/job-registry';
import { withEngine, type ExecutionMode } from './execute';
import { prepareInputInWorker } from './prepare-input-in-worker';

type ConfigRequest = Omit<ParsedRequestOf<'cluster:sweep'>, 'range'>;

/** The engine options of a request (progress and cancel hooks are added by withEngine). */
export function engineOptionsOf(req: ConfigRequest, blocks: CategoryBlock[]): EngineOptions {
  return {
    method: req.method, seed: req.seed, restarts: req.restarts, maxIterations: req.maxIterations, tolerance: req.tolerance,
    blocks, silhouetteSample: req.silhouetteSample,
  };
}

/** A hash of everything but k that decides a fit, plus the input rows: a sweep and a run with equal tokens used the same data and settings. */
export function sweepTokenOf(req: ConfigRequest, inputHash: string): string {
  const { filter, features, missing, method, seed, restarts, maxIterations, tolerance, silhouetteSample } = req;
  const payload = JSON.stringify({ filter, features, missing, method, seed, restarts, maxIterations, tolerance, silhouetteSample, inputHash });
  return createHash('sha256').update(payload).digest('hex').slice(0, 40);
}

/** Recent sweeps by token, so `cluster:run` can store the chart the user chose k from without recomputing it. */
const recentSweeps = new Map<string, { points: SweepPoint[]; recommended: KRecommendation | null; silhouette: SilhouetteInfo }>();
const MAX_REMEMBERED = 20;

/** The remembered sweep for a token, or null. */
export function rememberedSweep(token: string): { points: SweepPoint[]; recommended: KRecommendation | null; silhouette: SilhouetteInfo } | null {
  return recentSweeps.get(token) ?? null;
}

function remember(token: string, sweep: { points: SweepPoint[]; recommended: KRecommendation | null; silhouette: SilhouetteInfo }): void {
  recentSweeps.delete(token);
  recentSweeps.set(token, sweep);
  while (recentSweeps.size > MAX_REMEMBERED) recentSweeps.delete(recentSweeps.keys().next().value as string);
}

/** The list kMin…kMax. */
export function kList(range: { kMin: number; kMax: number }): number[] {
  return Array.from({ length: range.kMax - range.kMin + 1 }, (_, i) => range.kMin + i);
}

/**
 * Fits k = kMin…kMax (every restart of every k scheduled at once on the worker pool) and scores them:
 * inertia, silhouette (exact ≤ 20,000 rows, else one seeded sample), Calinski-Harabasz, Davies-Bouldin,
 * agreement between restarts, and a recommended k with its reason. The input is prepared in a worker
 * thread on its own connection to `dbPath` (the project file; the connection's own by default).
 */
export async function runSweep(db: Db, req: ParsedRequestOf<'cluster:sweep'>, job: JobControl, mode: ExecutionMode = 'auto', dbPath: string = db.name): Promise<SweepResult> {
  job.progress('Memuat data', 0, null);
  const prepared = await prepareInputInWorker(db, dbPath, req.filter, req.features, req.missing, job);
  const ks = kList(req.range);
  const n = prepared.matrix.rows;
  if (n <= req.range.kMax) {
    throw new AppError('VALIDATION', `Hanya ${n} usaha yang datanya lengkap untuk fitur ini; terlalu sedikit untuk k sampai ${req.range.kMax}.`);
  }
  const { points, silhouette } = await withEngine(prepared.matrix, job, mode, async (exec, hooks) => {
    const opts = { ...engineOptionsOf(req, prepared.blocks), ...hooks };
    const fits = await fitKs(prepared.matrix, ks, opts, exec);
    return scoreFits(prepared.matrix, fits, opts, exec);
  });
  const recommended = recommendK(points);
  const sweep_token = sweepTokenOf(req, prepared.inputHash);
  remember(sweep_token, { points, recommended, silhouette });
  return {
    round_id: req.filter.roundId, rows: n, missing: prepared.missing, input_hash: prepared.inputHash, points, recommended,
    silhouette, index_notes: [...INDEX_NOTES], sweep_token,
  };
}
