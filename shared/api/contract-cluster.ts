import { z } from 'zod';
import { defineChannel, responseOf } from './channel';
import { BusinessFilter } from './contract-data';
import { CLUSTER_METHODS, type ClusterMethod, type SilhouetteInfo } from '../cluster/engine';
import { FEATURE_SCALES, FEATURE_TRANSFORMS, type FeatureKind, type FeatureScale, type FeatureTransform } from '../cluster/features';
import { IMPUTE_GROUPS, MISSING_MODES, type MissingReport } from '../cluster/missing';
import type { AreaTable, ClusterProfile } from '../cluster/profiles';
import type { BoxSummary, Histogram } from '../cluster/quantiles';
import type { KRecommendation, SweepPoint } from '../cluster/recommend';
import type { IndexNote } from '../cluster/index-notes';

export type { IndexNote };

/** A feature to cluster on; unset fields take the defaults of its kind (see `cluster:features`). */
export const FeatureSpecSchema = z
  .object({
    key: z.string().min(1).max(200),
    transform: z.enum(FEATURE_TRANSFORMS).optional(),
    scale: z.enum(FEATURE_SCALES).optional(),
    winsor: z.tuple([z.number().min(0).max(0.5), z.number().min(0.5).max(1)]).nullable().optional(),
    weight: z.number().min(0).max(100).optional(),
  })
  .strict();

/** Missing values: drop the row, or fill in the median / most frequent level of its group. */
export const MissingSchema = z
  .object({ mode: z.enum(MISSING_MODES), group: z.enum(IMPUTE_GROUPS).default('bidang_usaha') })
  .strict();

/** Everything a clustering needs besides k; stored with the run so it can be reproduced. */
const configShape = {
  filter: BusinessFilter,
  features: z.array(FeatureSpecSchema).min(1).max(40),
  missing: MissingSchema.default({ mode: 'drop', group: 'bidang_usaha' }),
  method: z.enum(CLUSTER_METHODS).default('kmeans'),
  seed: z.number().int().min(0).max(2 ** 31 - 1).default(42),
  /** Independent k-means++ starts per k; the lowest inertia wins. */
  restarts: z.number().int().min(1).max(100).default(10),
  maxIterations: z.number().int().min(1).max(10_000).default(300),
  /** k-means: stop when the total squared centre shift <= tolerance × mean feature variance (scikit-learn's tol). k-prototypes stops when no label changes. */
  tolerance: z.number().min(0).max(1).default(1e-4),
  /** Silhouette sample size when there are more than 20,000 rows (exact below that). */
  silhouetteSample: z.number().int().min(500).max(20_000).default(10_000),
  /** Client-chosen id for `job:progress` events and `jobs:cancel`. */
  jobId: z.string().min(1).max(100).optional(),
};
/** The settings of a clustering, without k. */
export const ClusterConfigSchema = z.object(configShape).strict();
export type ClusterConfig = z.output<typeof ClusterConfigSchema>;

const kRange = z
  .object({ kMin: z.number().int().min(2).max(30), kMax: z.number().int().min(2).max(30) })
  .strict()
  .refine((r) => r.kMax >= r.kMin, { message: 'kMax harus >= kMin' });

/** A feature of the catalogue with its distribution before and after its transform. */
export interface FeatureOverview {
  key: string;
  label: string;
  kind: FeatureKind;
  unit: string;
  defaults: { transform: FeatureTransform; scale: FeatureScale; weight: number };
  /** The settings the "after" distribution used (the request's spec, or the defaults). */
  applied: { transform: FeatureTransform; scale: FeatureScale; weight: number; winsor: [number, number] | null };
  available: number;
  missing: number;
  /** Numbers: raw values (Rupiah, people, years, 0/1). Null for categories. */
  before: DistributionView | null;
  /** Numbers: in the clustered space after clipping, log and scaling. */
  after: DistributionView | null;
  /** Categories: each level with its count. */
  levels: Array<{ level: string; count: number }> | null;
  /** Why a feature has no values (e.g. classification not run yet), in Bahasa Indonesia. */
  note: string | null;
}

export interface DistributionView {
  summary: BoxSummary;
  skewness: number;
  histogram: Histogram;
}

export interface ClusterFeaturesResult {
  round_id: number;
  /** Businesses matched by the filter (lost and duplicate-marked ones excluded). */
  rows: number;
  features: FeatureOverview[];
}

export interface SweepResult {
  round_id: number;
  rows: number;
  missing: MissingReport;
  input_hash: string;
  points: SweepPoint[];
  recommended: KRecommendation | null;
  silhouette: SilhouetteInfo;
  index_notes: IndexNote[];
  /** Pass back to `cluster:run` (`sweep`) to store the chart with the run without recomputing it. */
  sweep_token: string;
}

/** A fitted feature: its settings and the parameters learnt from the data. */
export interface FittedFeatureView {
  key: string;
  label: string;
  kind: FeatureKind;
  unit: string;
  transform: FeatureTransform;
  scale: FeatureScale;
  winsor: [number, number] | null;
  weight: number;
  clip_low: number | null;
  clip_high: number | null;
  center: number;
  spread: number;
  levels: string[];
  columns: string[];
}

/** One cluster of a run: its profile, names and centroid. */
export interface ClusterView extends ClusterProfile {
  label: string;
  generated_label: string;
  /** Centroid in the clustered (transformed) space, one value per matrix column. */
  centroid: number[];
  /** Centroid back in raw units for numeric features (e.g. Rupiah: a geometric-mean-like value after log). */
  centroid_raw: Record<string, number | string | null>;
}

export interface ScatterView {
  sample_size: number;
  explained: [number, number];
  loadings: Array<{ column: string; pc1: number; pc2: number }>;
  x: number[];
  y: number[];
  cluster: number[];
  business_id: number[];
}

export interface ClusterRunSummary {
  run_id: number;
  name: string;
  round_id: number;
  round_name: string;
  method: ClusterMethod;
  k: number;
  rows: number;
  features: string[];
  silhouette: number;
  created_at: string;
}

export interface ClusterRunDetail extends ClusterRunSummary {
  seed: number;
  restarts: number;
  max_iterations: number;
  tolerance: number;
  iterations: number;
  converged: boolean;
  filter: BusinessFilter;
  missing: MissingReport;
  fitted_features: FittedFeatureView[];
  columns: string[];
  input_hash: string;
  versions: Record<string, string>;
  inertia: number;
  silhouette_info: SilhouetteInfo;
  calinski_harabasz: number;
  davies_bouldin: number;
  sizes: number[];
  /** Mean ARI of the other restarts against the best one. */
  restart_agreement: number | null;
  /** ARI against the same run with other seeds. */
  stability: { seeds: number[]; ari: number[]; mean: number | null } | null;
  clusters: ClusterView[];
  kecamatan_table: AreaTable;
  scatter: ScatterView;
  sweep: { points: SweepPoint[]; recommended: KRecommendation | null; silhouette: SilhouetteInfo } | null;
  index_notes: IndexNote[];
  /** Other rounds placed on this run's centroids (`cluster:assign`), newest first. */
  projections: ClusterProjectionView[];
}

export interface ClusterAssignResult {
  run_id: number;
  round_id: number;
  rows: number;
  missing: MissingReport;
  input_hash: string;
  sizes: number[];
  shares: number[];
  /** The run's own shares, to compare. */
  fit_shares: number[];
  labels: string[];
  clusters: ClusterProfile[];
  kecamatan_table: AreaTable;
}

/** A stored placement: what the last `cluster:assign` of that round returned, with the round's name and filter. */
export interface ClusterProjectionView extends ClusterAssignResult {
  round_name: string;
  filter: BusinessFilter;
  created_at: string;
}

export interface ClusterMembersPage {
  total: number;
  offset: number;
  rows: Array<{
    business_id: number;
    nama_usaha: string | null;
    kelurahan_name: string | null;
    bidang_usaha: string | null;
    omzet_tahunan: number | null;
    aset: number | null;
    tenaga_kerja: number | null;
    source: 'fit' | 'assign';
  }>;
}

/** A run's assignments as parallel arrays (for files and other tools). */
export interface ClusterAssignments {
  run_id: number;
  business_id: number[];
  cluster: number[];
  source: Array<'fit' | 'assign'>;
}

/** The matrix a run actually clustered, rebuilt from the stored model: rows × cols, flat, row-major. */
export interface ClusterMatrix {
  run_id: number;
  columns: string[];
  business_id: number[];
  values: number[];
  input_hash: string;
}

/** What `cluster:export` wrote: the file, its sheets (XLSX) and how many businesses the members table lists. */
export interface ClusterExportResult {
  path: string;
  format: 'xlsx' | 'csv';
  /** Sheet names in order; for CSV the one table written (the members). */
  sheets: string[];
  /** Businesses listed in the members table (the run's clustered rows). */
  rows: number;
  bytes: number;
}

const runId = z.number().int().positive();

/** Channels for clustering (issue 5). */
export const clusterChannels = {
  /** The features a round can be clustered on, with distributions before and after each transform. */
  'cluster:features': defineChannel(
    z
      .object({ filter: BusinessFilter, features: z.array(FeatureSpecSchema).max(40).optional(), missing: MissingSchema.optional() })
      .strict(),
    responseOf<ClusterFeaturesResult>(),
  ),
  /** Fits k = kMin…kMax and returns inertia, silhouette, Calinski-Harabasz, Davies-Bouldin, stability and a recommended k (a job). */
  'cluster:sweep': defineChannel(z.object({ ...configShape, range: kRange }).strict(), responseOf<SweepResult>()),
  /** Fits one k, profiles and names its clusters, and stores the run with its assignments (a job). */
  'cluster:run': defineChannel(
    z
      .object({
        ...configShape,
        k: z.number().int().min(2).max(30),
        name: z.string().min(1).max(200).optional(),
        /** Extra fits with seeds seed+1… compared by the adjusted Rand index. */
        stabilityRuns: z.number().int().min(0).max(10).default(2),
        /** A sweep to compute in the same job, or one `cluster:sweep` returned (its token) to store as is. */
        range: kRange.optional(),
        sweepToken: z.string().max(200).optional(),
        scatterSample: z.number().int().min(100).max(20_000).default(3000),
      })
      .strict(),
    responseOf<ClusterRunDetail>(),
  ),
  /** Stored runs, newest first (all rounds, or one). */
  'cluster:list': defineChannel(z.object({ roundId: z.number().int().positive().optional() }).strict(), responseOf<ClusterRunSummary[]>()),
  /** A stored run with everything the Klaster screen shows. */
  'cluster:get': defineChannel(z.object({ runId }).strict(), responseOf<ClusterRunDetail>()),
  /** Renames a run and/or its clusters (an empty label restores the generated one). */
  'cluster:rename': defineChannel(
    z
      .object({
        runId,
        name: z.string().min(1).max(200).optional(),
        labels: z.array(z.object({ cluster: z.number().int().min(0), label: z.string().max(200) }).strict()).max(30).optional(),
      })
      .strict(),
    responseOf<ClusterRunDetail>(),
  ),
  /** Deletes a run and its assignments. */
  'cluster:delete': defineChannel(z.object({ runId }).strict(), responseOf<{ deleted: boolean }>()),
  /** Places businesses of another round (or filter) on a saved run's centroids, stores and profiles them (a job). */
  'cluster:assign': defineChannel(
    z.object({ runId, filter: BusinessFilter, jobId: z.string().min(1).max(100).optional() }).strict(),
    responseOf<ClusterAssignResult>(),
  ),
  /** One page of a cluster's businesses (fitted or assigned), by business id. */
  'cluster:members': defineChannel(
    z
      .object({ runId, cluster: z.number().int().min(0), roundId: z.number().int().positive().optional(), offset: z.number().int().min(0), limit: z.number().int().min(1).max(1000) })
      .strict(),
    responseOf<ClusterMembersPage>(),
  ),
  /** Every business id and cluster of a run (fitted rows, or also the rounds placed on it). */
  'cluster:assignments': defineChannel(
    z.object({ runId, include: z.enum(['fit', 'all']).default('fit') }).strict(),
    responseOf<ClusterAssignments>(),
  ),
  /**
   * Writes a saved run to XLSX (summary, cluster profiles, cluster × kecamatan, choice of k, members,
   * each stored placement) or its members to CSV, at `path` (the extension decides); a job. No NIK/KK/phone.
   */
  'cluster:export': defineChannel(
    z.object({ runId, path: z.string().min(1).max(4096), jobId: z.string().min(1).max(100).optional() }).strict(),
    responseOf<ClusterExportResult>(),
  ),
  /** The transformed matrix a run clustered, rebuilt from its stored model (fails if the data changed since). */
  'cluster:matrix': defineChannel(z.object({ runId }).strict(), responseOf<ClusterMatrix>()),
} as const;
