import type { ClusterProjectionView, ClusterRunDetail, FittedFeatureView } from '../../shared/api/contract-cluster';
import { INDEX_NOTES } from '../../shared/cluster/index-notes';
import { untransformValue, type FittedFeature } from '../../shared/cluster/transforms';
import type { Db } from '../db/open';
import { listProjections, readRun, type StoredRun } from './run-store';

/** A stored run as the Klaster screen and the CLI read it, with the rounds placed on it. */
export function getRunDetail(db: Db, runId: number): ClusterRunDetail {
  return toDetail(readRun(db, runId), listProjections(db, runId));
}

/** Builds the response from a stored run (labels come from the editable table). */
export function toDetail(run: StoredRun, projections: ClusterProjectionView[] = []): ClusterRunDetail {
  const { result, model, config } = run;
  const d = model.columns.length;
  const centroids = Array.from({ length: run.k }, (_, j) => model.centers.slice(j * d, (j + 1) * d));
  return {
    run_id: run.id,
    name: run.name,
    round_id: run.round_id,
    round_name: run.round_name,
    method: run.method,
    k: run.k,
    rows: run.rows_used,
    features: config.features.map((f) => f.key),
    silhouette: result.silhouette,
    created_at: run.created_at,
    seed: run.seed,
    restarts: run.restarts,
    max_iterations: run.max_iterations,
    tolerance: run.tolerance,
    iterations: result.iterations,
    converged: result.converged,
    filter: config.filter,
    missing: result.missing,
    fitted_features: model.fitted.map(viewOf),
    columns: model.columns,
    input_hash: run.input_hash,
    versions: run.versions,
    inertia: result.inertia,
    silhouette_info: result.silhouette_info,
    calinski_harabasz: result.calinski_harabasz,
    davies_bouldin: result.davies_bouldin,
    sizes: result.sizes,
    restart_agreement: result.restart_agreement,
    stability: result.stability,
    clusters: result.profiles.map((p) => {
      const label = run.labels.find((l) => l.cluster === p.cluster);
      return {
        ...p,
        label: label?.label ?? `Klaster ${p.cluster + 1}`,
        generated_label: label?.generated ?? `Klaster ${p.cluster + 1}`,
        centroid: centroids[p.cluster],
        centroid_raw: rawCentroid(model.fitted, centroids[p.cluster]),
      };
    }),
    kecamatan_table: result.kecamatan_table,
    scatter: result.scatter,
    sweep: result.sweep,
    index_notes: [...INDEX_NOTES],
    projections,
  };
}

function viewOf(f: FittedFeature): FittedFeatureView {
  return {
    key: f.key, label: f.label, kind: f.kind, unit: f.unit, transform: f.transform, scale: f.scale, winsor: f.winsor,
    weight: f.weight, clip_low: f.clipLow, clip_high: f.clipHigh, center: f.center, spread: f.spread, levels: f.levels, columns: f.columns,
  };
}

/**
 * A centroid in raw units: numeric features back-transformed (after a log this is a geometric-mean-like
 * value, rounded to whole Rupiah for money), categories as the level with the largest share.
 */
function rawCentroid(fitted: readonly FittedFeature[], centroid: readonly number[]): Record<string, number | string | null> {
  const out: Record<string, number | string | null> = {};
  let offset = 0;
  for (const f of fitted) {
    if (f.kind === 'category') {
      let best = -1;
      for (let q = 0; q < f.levels.length; q++) if (best < 0 || centroid[offset + q] > centroid[offset + best]) best = q;
      out[f.key] = best >= 0 && centroid[offset + best] > 0 ? f.levels[best] : null;
    } else {
      const v = untransformValue(f, centroid[offset]);
      out[f.key] = f.kind === 'money' ? Math.round(v) : Math.round(v * 1000) / 1000;
    }
    offset += f.columns.length;
  }
  return out;
}
