/** The result types of the clustering channels (contract-cluster.ts), kept apart so the contract stays readable. */
import type { ClusterMethod, SilhouetteInfo } from '../cluster/engine';
import type { FeatureKind, FeatureScale, FeatureTransform, ResolvedFeature } from '../cluster/features';
import type { IndexNote } from '../cluster/index-notes';
import type { MissingReport } from '../cluster/missing';
import type { AreaTable, ClusterProfile } from '../cluster/profiles';
import type { BoxSummary, Histogram } from '../cluster/quantiles';
import type { KRecommendation, SweepPoint } from '../cluster/recommend';
import type { BusinessFilter } from './contract-data';
import type { ClusterConfig } from './contract-cluster';

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
export interface FittedFeatureView extends ResolvedFeature {
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
