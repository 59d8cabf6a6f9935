import { z } from 'zod';
import { defineChannel, responseOf } from './channel';
import { BusinessFilter } from './contract-data';
import { CLUSTER_METHODS } from '../cluster/engine';
import { FEATURE_SCALES, FEATURE_TRANSFORMS } from '../cluster/features';
import { IMPUTE_GROUPS, MISSING_MODES } from '../cluster/missing';

export type { IndexNote } from '../cluster/index-notes';

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

import type {
  ClusterAssignments, ClusterAssignResult, ClusterExportResult, ClusterFeaturesResult, ClusterMatrix, ClusterMembersPage, ClusterRunDetail,
  ClusterRunSummary, SweepResult,
} from './contract-cluster-results';
export type * from './contract-cluster-results';

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
