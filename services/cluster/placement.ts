import type { BusinessFilter } from '../../shared/api/contract-data';
import type { ClusterAssignResult } from '../../shared/api/contract-cluster';
import { AppError } from '../../shared/api/result';
import { gatherF64, indicesWhere, range } from '../../shared/cluster/arrays';
import { assignToCenters } from '../../shared/cluster/kmeans';
import { applyImputation, subsetColumn, type MissingReport } from '../../shared/cluster/missing';
import { profileClusters, tabulateKecamatan } from '../../shared/cluster/profiles';
import { buildMatrix, type RawColumn } from '../../shared/cluster/transforms';
import type { Db } from '../db/open';
import { hashInput, loadFeatures, type LoadOptions } from './prepare-input';
import { subsetProfile } from './load-rows';
import { readRun } from './run-store';

/** Businesses of a filter placed on a saved run: the answer, and the rows to store with it. */
export interface Placement {
  result: ClusterAssignResult;
  ids: Float64Array;
  labels: Int32Array;
  distances: Float64Array;
}

/**
 * Places the businesses of a filter (usually another round) on a saved run's centroids, with the
 * run's own transforms, fitted parameters and fill-in values — never refitted — so the clusters mean
 * the same thing in both rounds. Reads only (the read worker runs it; the caller stores the result).
 */
export function computePlacement(db: Db, runId: number, filter: BusinessFilter, options: LoadOptions = {}): Placement {
  const run = readRun(db, runId);
  const { resolved, loaded } = loadFeatures(db, filter, run.config.features, options);
  const raws = resolved.map((f) => loaded.columns.get(f.key) as RawColumn);
  const n = loaded.n;
  let keep = range(n);
  let completed: RawColumn[] = raws;
  const missingBy: Record<string, number> = {};
  resolved.forEach((f, idx) => {
    const raw = raws[idx];
    let m = 0;
    for (let i = 0; i < n; i++) m += (raw.type === 'numeric' ? Number.isNaN(raw.values[i]) : raw.codes[i] < 0) ? 1 : 0;
    missingBy[f.key] = m;
  });
  const report: MissingReport = {
    mode: run.config.missing.mode, group: run.config.missing.group, rows_in: n, rows_used: n, dropped: 0, missing_by_feature: missingBy, imputed: {},
  };
  if (run.model.imputation) {
    const groups = run.model.imputation.group === 'kecamatan' ? loaded.groups.kecamatan : loaded.groups.bidang_usaha;
    completed = applyImputation(resolved, raws, groups, run.model.imputation);
    report.imputed = { ...missingBy };
  } else {
    keep = indicesWhere(n, (i) => raws.every((raw) => (raw.type === 'numeric' ? !Number.isNaN(raw.values[i]) : raw.codes[i] >= 0)));
    completed = raws.map((r) => subsetColumn(r, keep));
    report.rows_used = keep.length;
    report.dropped = n - keep.length;
  }
  if (keep.length === 0) throw new AppError('VALIDATION', 'Tidak ada usaha dengan data lengkap untuk fitur hasil klaster ini.');
  const matrix = buildMatrix(run.model.fitted, completed, keep.length);
  const { labels, distances } = assignToCenters(matrix, Float64Array.from(run.model.centers), run.k);
  const profileInput = { ...subsetProfile(loaded, keep), labels, k: run.k };
  const clusters = profileClusters(profileInput);
  const sizes = clusters.map((c) => c.size);
  const result: ClusterAssignResult = {
    run_id: run.id, round_id: filter.roundId, rows: keep.length, missing: report, input_hash: hashInput(resolved, loaded, raws, keep), sizes,
    shares: sizes.map((s) => s / keep.length), fit_shares: run.result.sizes.map((s) => s / run.rows_used),
    labels: Array.from({ length: run.k }, (_, j) => run.labels.find((l) => l.cluster === j)?.label ?? `Klaster ${j + 1}`),
    clusters, kecamatan_table: tabulateKecamatan(profileInput),
  };
  return { result, ids: gatherF64(loaded.ids, keep), labels, distances };
}
