import type { ClusterAssignResult, ClusterMembersPage, ClusterProjectionView, ClusterRunSummary, ScatterView } from '../../shared/api/contract-cluster';
import type { BusinessFilter } from '../../shared/api/contract-data';
import { AppError } from '../../shared/api/result';
import type { ClusterMethod, SilhouetteInfo } from '../../shared/cluster/engine';
import type { FeatureSpec } from '../../shared/cluster/features';
import type { ImputationModel, ImputeGroup, MissingMode, MissingReport } from '../../shared/cluster/missing';
import type { AreaTable, ClusterProfile } from '../../shared/cluster/profiles';
import type { KRecommendation, SweepPoint } from '../../shared/cluster/recommend';
import type { FittedFeature } from '../../shared/cluster/transforms';
import type { Db } from '../db/open';

/** How the run was asked for: enough, with the model, to run it again. */
export interface StoredConfig {
  filter: BusinessFilter;
  features: FeatureSpec[];
  missing: { mode: MissingMode; group: ImputeGroup };
  silhouetteSample: number;
  scatterSample: number;
  stabilityRuns: number;
}

/** What was learnt: the transforms, fill-in values and centroids (k × columns, flat). */
export interface StoredModel {
  fitted: FittedFeature[];
  imputation: ImputationModel | null;
  columns: string[];
  centers: number[];
}

export interface StoredResult {
  inertia: number;
  iterations: number;
  converged: boolean;
  silhouette: number;
  silhouette_info: SilhouetteInfo;
  calinski_harabasz: number;
  davies_bouldin: number;
  sizes: number[];
  best_restart: number;
  restart_inertias: number[];
  restart_agreement: number | null;
  stability: { seeds: number[]; ari: number[]; mean: number | null } | null;
  missing: MissingReport;
  profiles: ClusterProfile[];
  kecamatan_table: AreaTable;
  scatter: ScatterView;
  sweep: { points: SweepPoint[]; recommended: KRecommendation | null; silhouette: SilhouetteInfo } | null;
}

export interface StoredRun {
  id: number;
  round_id: number;
  round_name: string;
  name: string;
  method: ClusterMethod;
  k: number;
  seed: number;
  restarts: number;
  max_iterations: number;
  tolerance: number;
  rows_used: number;
  input_hash: string;
  config: StoredConfig;
  model: StoredModel;
  result: StoredResult;
  versions: Record<string, string>;
  created_at: string;
  labels: Array<{ cluster: number; generated: string; label: string }>;
}

export type NewRun = Omit<StoredRun, 'id' | 'round_name' | 'created_at'>;

/** Assignment rows per INSERT statement (4 parameters each, well under SQLite's limit). */
const ROWS_PER_INSERT = 200;

/**
 * Writes a run's assignments ('fit') or a placement's ('assign'; a business already fitted keeps its
 * row), many rows per statement: these writes still run on the app's thread (a run of 421,000
 * businesses), while reading and computing happen in workers.
 */
function writeAssignments(
  db: Db, runId: number, source: 'fit' | 'assign', assignment: { ids: Float64Array; labels: Int32Array; distances: Float64Array },
): void {
  const insert = (rows: number) => db.prepare(`INSERT INTO cluster_assignments (run_id, business_id, cluster, source, distance)
    VALUES ${new Array(rows).fill(`(?, ?, ?, '${source}', ?)`).join(', ')} ON CONFLICT (run_id, business_id) DO NOTHING`);
  const many = insert(ROWS_PER_INSERT);
  const n = assignment.ids.length;
  for (let start = 0; start < n; start += ROWS_PER_INSERT) {
    const end = Math.min(n, start + ROWS_PER_INSERT);
    const params: number[] = [];
    for (let i = start; i < end; i++) params.push(runId, assignment.ids[i], assignment.labels[i], assignment.distances[i]);
    (end - start === ROWS_PER_INSERT ? many : insert(end - start)).run(...params);
  }
}

/** Stores a run, its labels and its assignments in one transaction; returns the run id. */
export function insertRun(db: Db, run: NewRun, assignment: { ids: Float64Array; labels: Int32Array; distances: Float64Array }): number {
  return db.transaction(() => {
    const id = Number(
      db
        .prepare(`INSERT INTO cluster_runs (round_id, name, method, k, seed, restarts, max_iterations, tolerance, rows_used,
          input_hash, config_json, model_json, result_json, versions_json, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
        .run(
          run.round_id, run.name, run.method, run.k, run.seed, run.restarts, run.max_iterations, run.tolerance, run.rows_used,
          run.input_hash, JSON.stringify(run.config), JSON.stringify(run.model), JSON.stringify(run.result),
          JSON.stringify(run.versions), new Date().toISOString(),
        ).lastInsertRowid,
    );
    const label = db.prepare('INSERT INTO cluster_labels (run_id, cluster, generated, label) VALUES (?, ?, ?, ?)');
    for (const l of run.labels) label.run(id, l.cluster, l.generated, l.label);
    writeAssignments(db, id, 'fit', assignment);
    return id;
  })();
}

/** A `cluster_runs` row joined with its round's name: the StoredRun columns, JSON still as text. */
interface RunRow extends Omit<StoredRun, 'config' | 'model' | 'result' | 'versions' | 'labels'> {
  config_json: string;
  model_json: string;
  result_json: string;
  versions_json: string;
  created_at: string;
}

/** A stored run, or NOT_FOUND. */
export function readRun(db: Db, runId: number): StoredRun {
  const row = db
    .prepare('SELECT c.*, r.name AS round_name FROM cluster_runs c JOIN rounds r ON r.id = c.round_id WHERE c.id = ?')
    .get(runId) as RunRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', `Hasil klaster ${runId} tidak ditemukan di proyek ini.`);
  const labels = db.prepare('SELECT cluster, generated, label FROM cluster_labels WHERE run_id = ? ORDER BY cluster').all(runId) as StoredRun['labels'];
  const { config_json, model_json, result_json, versions_json, ...rest } = row;
  return {
    ...rest,
    config: JSON.parse(config_json) as StoredConfig,
    model: JSON.parse(model_json) as StoredModel,
    result: JSON.parse(result_json) as StoredResult,
    versions: JSON.parse(versions_json) as Record<string, string>,
    labels,
  };
}

/** Stored runs, newest first. */
export function listRuns(db: Db, roundId?: number): ClusterRunSummary[] {
  const rows = db
    .prepare(`SELECT c.id, c.name, c.round_id, r.name AS round_name, c.method, c.k, c.rows_used, c.config_json,
        json_extract(c.result_json, '$.silhouette') AS silhouette, c.created_at
      FROM cluster_runs c JOIN rounds r ON r.id = c.round_id ${roundId ? 'WHERE c.round_id = ?' : ''} ORDER BY c.id DESC`)
    .all(...(roundId ? [roundId] : [])) as Array<Omit<RunRow, 'config_json'> & { config_json: string; silhouette: number }>;
  return rows.map((r) => ({
    run_id: r.id, name: r.name, round_id: r.round_id, round_name: r.round_name, method: r.method, k: r.k, rows: r.rows_used,
    features: (JSON.parse(r.config_json) as StoredConfig).features.map((f) => f.key), silhouette: r.silhouette, created_at: r.created_at,
  }));
}

/** Renames a run and/or its clusters; an empty label restores the generated one. */
export function renameRun(db: Db, runId: number, name: string | undefined, labels: Array<{ cluster: number; label: string }> | undefined): void {
  const run = readRun(db, runId);
  db.transaction(() => {
    if (name !== undefined) db.prepare('UPDATE cluster_runs SET name = ? WHERE id = ?').run(name.trim(), runId);
    const stmt = db.prepare('UPDATE cluster_labels SET label = CASE WHEN ? = \'\' THEN generated ELSE ? END WHERE run_id = ? AND cluster = ?');
    for (const l of labels ?? []) {
      if (l.cluster >= run.k) throw new AppError('VALIDATION', `Klaster ${l.cluster + 1} tidak ada; hasil ini hanya punya ${run.k} klaster.`);
      const text = l.label.trim();
      stmt.run(text, text, runId, l.cluster);
    }
  })();
}

/** Deletes a run (its labels, assignments and projections go with it). */
export function deleteRun(db: Db, runId: number): boolean {
  return db.prepare('DELETE FROM cluster_runs WHERE id = ?').run(runId).changes > 0;
}

/**
 * Stores another round's placement on a run's centroids: replaces that round's earlier placement,
 * never overwriting the rows the run was fitted on.
 */
export function saveProjection(
  db: Db, runId: number, roundId: number, filter: BusinessFilter, inputHash: string, result: ClusterAssignResult,
  assignment: { ids: Float64Array; labels: Int32Array; distances: Float64Array },
): void {
  db.transaction(() => {
    db.prepare(`DELETE FROM cluster_assignments WHERE run_id = ? AND source = 'assign'
      AND business_id IN (SELECT id FROM businesses WHERE round_id = ?)`).run(runId, roundId);
    writeAssignments(db, runId, 'assign', assignment);
    db.prepare(`INSERT INTO cluster_projections (run_id, round_id, filter_json, input_hash, rows_used, result_json, created_at)
      VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (run_id, round_id) DO UPDATE SET filter_json = excluded.filter_json,
      input_hash = excluded.input_hash, rows_used = excluded.rows_used, result_json = excluded.result_json, created_at = excluded.created_at`)
      .run(runId, roundId, JSON.stringify(filter), inputHash, assignment.ids.length, JSON.stringify(result), new Date().toISOString());
  })();
}

/** A run's stored placements of other rounds, newest first, each as `cluster:assign` returned it. */
export function listProjections(db: Db, runId: number): ClusterProjectionView[] {
  const rows = db
    .prepare(`SELECT p.round_id, r.name AS round_name, p.filter_json, p.result_json, p.created_at
      FROM cluster_projections p JOIN rounds r ON r.id = p.round_id WHERE p.run_id = ? ORDER BY p.created_at DESC, p.id DESC`)
    .all(runId) as Array<{ round_id: number; round_name: string; filter_json: string; result_json: string; created_at: string }>;
  return rows.map((row) => ({
    ...(JSON.parse(row.result_json) as ClusterAssignResult),
    round_id: row.round_id,
    round_name: row.round_name,
    filter: JSON.parse(row.filter_json) as BusinessFilter,
    created_at: row.created_at,
  }));
}

/** One page of a cluster's members, by business id (names of businesses only: no personal data). */
export function listMembers(db: Db, runId: number, cluster: number, roundId: number | undefined, offset: number, limit: number): ClusterMembersPage {
  readRun(db, runId);
  const where = `a.run_id = ? AND a.cluster = ?${roundId ? ' AND b.round_id = ?' : ''}`;
  const params = roundId ? [runId, cluster, roundId] : [runId, cluster];
  const total = (db.prepare(`SELECT count(*) AS n FROM cluster_assignments a JOIN businesses b ON b.id = a.business_id WHERE ${where}`).get(...params) as { n: number }).n;
  const rows = db
    .prepare(`SELECT a.business_id, b.nama_usaha, kl.name AS kelurahan_name, b.bidang_usaha, b.omzet_tahunan, b.aset,
        coalesce(b.tenaga_kerja, b.tenaga_kerja_l + b.tenaga_kerja_p) AS tenaga_kerja, a.source
      FROM cluster_assignments a JOIN businesses b ON b.id = a.business_id LEFT JOIN regions kl ON kl.code = b.kelurahan_code
      WHERE ${where} ORDER BY a.business_id LIMIT ? OFFSET ?`)
    .all(...params, limit, offset) as ClusterMembersPage['rows'];
  return { total, offset, rows };
}
