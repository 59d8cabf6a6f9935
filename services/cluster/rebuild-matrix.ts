import type { ClusterAssignments, ClusterMatrix } from '../../shared/api/contract-cluster';
import { indicesWhere, range } from '../../shared/cluster/arrays';
import { AppError } from '../../shared/api/result';
import { applyImputation, subsetColumn } from '../../shared/cluster/missing';
import { buildMatrix, type RawColumn } from '../../shared/cluster/transforms';
import type { Db } from '../db/open';
import { hashInput, loadFeatures } from './prepare-input';
import { readRun } from './run-store';

/**
 * Rebuilds the matrix a run clustered from its stored filter, features, fill-in values and fitted
 * transforms, and checks the input hash: if a business was added, removed or edited since, the
 * matrix would not be the one clustered, so this fails instead of exporting something else.
 */
export function rebuildMatrix(db: Db, runId: number): ClusterMatrix {
  const run = readRun(db, runId);
  const { resolved, loaded } = loadFeatures(db, run.config.filter, run.config.features);
  const raws = resolved.map((f) => loaded.columns.get(f.key) as RawColumn);
  let keep = range(loaded.n);
  let completed: RawColumn[];
  if (run.model.imputation) {
    const groups = run.model.imputation.group === 'kecamatan' ? loaded.groups.kecamatan : loaded.groups.bidang_usaha;
    completed = applyImputation(resolved, raws, groups, run.model.imputation);
  } else {
    keep = indicesWhere(loaded.n, (i) => raws.every((raw) => (raw.type === 'numeric' ? !Number.isNaN(raw.values[i]) : raw.codes[i] >= 0)));
    completed = raws.map((r) => subsetColumn(r, keep));
  }
  const hash = hashInput(resolved, loaded, raws, keep);
  if (hash !== run.input_hash) {
    throw new AppError('CONFLICT', 'Data usaha sudah berubah sejak klaster ini dihitung, jadi matriksnya tidak dapat direkonstruksi persis. Jalankan ulang klaster.');
  }
  const matrix = buildMatrix(run.model.fitted, completed, keep.length);
  return {
    run_id: run.id, columns: run.model.columns, business_id: Array.from(keep, (i) => loaded.ids[i]),
    values: Array.from(matrix.data), input_hash: hash,
  };
}

/** A run's assignments as parallel arrays. */
export function exportAssignments(db: Db, runId: number, include: 'fit' | 'all'): ClusterAssignments {
  readRun(db, runId);
  const rows = db
    .prepare(`SELECT business_id, cluster, source FROM cluster_assignments WHERE run_id = ?${include === 'fit' ? " AND source = 'fit'" : ''} ORDER BY business_id`)
    .raw()
    .all(runId) as Array<[number, number, 'fit' | 'assign']>;
  return { run_id: runId, business_id: rows.map((r) => r[0]), cluster: rows.map((r) => r[1]), source: rows.map((r) => r[2]) };
}
