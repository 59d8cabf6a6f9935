import type { ParsedRequestOf } from '../../shared/api/contract';
import { gatherF64, gatherI32 } from '../../shared/cluster/arrays';
import type { ClusterRunDetail, ScatterView } from '../../shared/api/contract-cluster';
import { AppError } from '../../shared/api/result';
import { nameClusters } from '../../shared/cluster/cluster-names';
import { fitKs, measureStability, scoreFits } from '../../shared/cluster/engine';
import type { Matrix } from '../../shared/cluster/matrix';
import { fitPca2, projectRow } from '../../shared/cluster/pca';
import { profileClusters, tabulateKecamatan, type ProfileInput } from '../../shared/cluster/profiles';
import { mixSeed, sampleIndices } from '../../shared/cluster/random';
import { recommendK } from '../../shared/cluster/recommend';
import type { Db } from '../db/open';
import type { JobControl } from '../jobs/job-registry';
import { withEngine, type ExecutionMode } from './execute';
import { subsetProfile, type LoadedRows } from './load-rows';
import { prepareInputInWorker } from './prepare-input-in-worker';
import { getRunDetail } from './run-detail';
import { insertRun, type StoredResult } from './run-store';
import { engineOptionsOf, kList, rememberedSweep, sweepTokenOf } from './sweep-service';
import { libraryVersions } from './versions';

/**
 * Fits one k (k-means or k-prototypes), measures its indices and stability, profiles and names its
 * clusters, and stores the run with everything needed to reproduce it and its assignments. The input
 * is prepared in a worker thread on its own connection to `dbPath` (the connection's own by default).
 */
export async function runClustering(db: Db, req: ParsedRequestOf<'cluster:run'>, job: JobControl, mode: ExecutionMode = 'auto', dbPath: string = db.name): Promise<ClusterRunDetail> {
  job.progress('Memuat data', 0, null);
  const prepared = await prepareInputInWorker(db, dbPath, req.filter, req.features, req.missing, job);
  const { matrix, loaded, keep, fitted } = prepared;
  if (matrix.rows <= req.k) {
    throw new AppError('VALIDATION', `Hanya ${matrix.rows} usaha yang datanya lengkap untuk fitur ini; terlalu sedikit untuk ${req.k} klaster.`);
  }
  const token = sweepTokenOf(req, prepared.inputHash);
  const given = req.sweepToken ? rememberedSweep(req.sweepToken) : null;
  if (req.sweepToken && (!given || req.sweepToken !== token)) {
    throw new AppError('CONFLICT', 'Hasil pemilihan k tidak cocok dengan data atau pengaturan ini (atau sudah kedaluwarsa). Jalankan ulang pemilihan k.');
  }
  const ks = req.range ? [...new Set([...kList(req.range), req.k])].sort((a, b) => a - b) : [req.k];
  const computed = await withEngine(matrix, job, mode, async (exec, hooks) => {
    const opts = { ...engineOptionsOf(req, prepared.blocks), ...hooks };
    const fits = await fitKs(matrix, ks, opts, exec);
    const main = fits.find((f) => f.k === req.k) as (typeof fits)[number];
    const scored = await scoreFits(matrix, req.range ? fits : [main], opts, exec);
    const stability = req.stabilityRuns > 0 ? await measureStability(matrix, main, req.stabilityRuns, opts, exec) : null;
    return { main, scored, stability };
  });
  const { main, scored, stability } = computed;
  const point = scored.points.find((p) => p.k === req.k) as (typeof scored.points)[number];
  job.progress('Profil klaster', 0, null);
  const profileInput: ProfileInput = { ...subsetProfile(loaded, keep), labels: main.labels, k: req.k };
  const profiles = profileClusters(profileInput);
  const names = nameClusters(profiles);
  const ids = gatherF64(loaded.ids, keep);
  const result: StoredResult = {
    inertia: main.inertia, iterations: main.iterations, converged: main.converged, silhouette: point.silhouette,
    silhouette_info: scored.silhouette, calinski_harabasz: point.calinski_harabasz, davies_bouldin: point.davies_bouldin,
    sizes: point.sizes, best_restart: main.best_restart, restart_inertias: main.restart_inertias,
    restart_agreement: main.restart_agreement, stability, missing: prepared.missing, profiles,
    kecamatan_table: tabulateKecamatan(profileInput),
    scatter: scatterOf(matrix, main.labels, ids, prepared.columns, req.scatterSample, req.seed),
    sweep: req.range
      ? { points: scored.points, recommended: recommendK(scored.points), silhouette: scored.silhouette }
      : given,
  };
  job.throwIfCancelled();
  const featureNames = fitted.map((f) => f.label.toLowerCase()).join(', ');
  const name = (req.name ?? `${req.method === 'kmeans' ? 'k-means' : 'k-prototypes'} k = ${req.k}: ${featureNames}`).slice(0, 200);
  const runId = insertRun(
    db,
    {
      round_id: req.filter.roundId, name, method: req.method, k: req.k, seed: req.seed, restarts: req.restarts,
      max_iterations: req.maxIterations, tolerance: req.tolerance, rows_used: matrix.rows, input_hash: prepared.inputHash,
      config: {
        filter: req.filter, features: req.features, missing: req.missing, silhouetteSample: req.silhouetteSample,
        scatterSample: req.scatterSample, stabilityRuns: req.stabilityRuns,
      },
      model: { fitted, imputation: prepared.imputation, columns: prepared.columns, centers: Array.from(main.centers) },
      result, versions: libraryVersions(),
      labels: names.map((n, cluster) => ({ cluster, generated: n, label: n })),
    },
    { ids, labels: main.labels, distances: distancesToCentres(matrix, main.labels, main.centers) },
  );
  return getRunDetail(db, runId);
}

/** Squared distance of each row to its own centre. */
export function distancesToCentres(x: Matrix, labels: Int32Array, centers: Float64Array): Float64Array {
  const d = x.cols;
  const out = new Float64Array(x.rows);
  for (let i = 0; i < x.rows; i++) {
    let s = 0;
    for (let t = 0; t < d; t++) s += (x.data[i * d + t] - centers[labels[i] * d + t]) ** 2;
    out[i] = s;
  }
  return out;
}

/** PCA 2-D of all rows; coordinates for a seeded sample of them (the scatter). */
function scatterOf(x: Matrix, labels: Int32Array, ids: Float64Array, columns: string[], size: number, seed: number): ScatterView {
  const pca = fitPca2(x);
  const rows = sampleIndices(x.rows, size, mixSeed(seed, 0x5ca7));
  const round = (v: number) => Math.round(v * 1e4) / 1e4;
  const view: ScatterView = {
    sample_size: rows.length, explained: pca.explained,
    loadings: columns.map((column, t) => ({ column, pc1: pca.pc1[t], pc2: pca.pc2[t] })),
    x: [], y: [], cluster: [], business_id: [],
  };
  for (const i of rows) {
    const [p, q] = projectRow(pca, x, i);
    view.x.push(round(p));
    view.y.push(round(q));
    view.cluster.push(labels[i]);
    view.business_id.push(ids[i]);
  }
  return view;
}
