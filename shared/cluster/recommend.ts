import { formatDecimal, formatShare } from './format';

/** The indices of one k of a sweep. */
export interface SweepPoint {
  k: number;
  /** Within-cluster sum of squares (elbow chart). */
  inertia: number;
  /** Mean silhouette (-1..1, higher is better); on a sample for large data. */
  silhouette: number;
  /** Calinski-Harabasz (higher is better). */
  calinski_harabasz: number;
  /** Davies-Bouldin (lower is better). */
  davies_bouldin: number;
  sizes: number[];
  /** Share of the smallest cluster (0..1): lopsided solutions show here. */
  smallest_share: number;
  /** Mean adjusted Rand index of every other restart against the best one (1 = every start agrees). */
  stability_ari: number | null;
  iterations: number;
  converged: boolean;
}

export interface KRecommendation {
  k: number;
  /** One sentence in Bahasa Indonesia saying why. */
  reason: string;
}

/** A cluster smaller than this share of rows is "too small" to describe a group in an FGD. */
export const MIN_CLUSTER_SHARE = 0.02;
/** Silhouettes closer than this to the best count as equally good; the smaller k then wins. */
export const SILHOUETTE_TOLERANCE = 0.02;

/**
 * Recommends k from a sweep: among the k's whose smallest cluster holds at least 2% of rows, the
 * highest mean silhouette, preferring a smaller k whose silhouette is within 0.02 of it (fewer groups
 * are easier to explain and act on). The reason names the figures and whether Davies-Bouldin agrees.
 */
export function recommendK(points: readonly SweepPoint[]): KRecommendation | null {
  if (points.length === 0) return null;
  const balanced = points.filter((p) => p.smallest_share >= MIN_CLUSTER_SHARE);
  const pool = balanced.length > 0 ? balanced : [...points];
  const best = pool.reduce((a, b) => (b.silhouette > a.silhouette ? b : a));
  const chosen = pool
    .filter((p) => p.silhouette >= best.silhouette - SILHOUETTE_TOLERANCE)
    .reduce((a, b) => (b.k < a.k ? b : a));
  const lowestDb = points.reduce((a, b) => (b.davies_bouldin < a.davies_bouldin ? b : a));
  const dbClause =
    lowestDb.k === chosen.k
      ? `Davies-Bouldin juga terendah pada k ini (${formatDecimal(chosen.davies_bouldin)})`
      : `Davies-Bouldin terendah ada pada k = ${lowestDb.k} (${formatDecimal(lowestDb.davies_bouldin)}; k ini ${formatDecimal(chosen.davies_bouldin)})`;
  const sil = formatDecimal(chosen.silhouette);
  let reason: string;
  if (balanced.length === 0) {
    reason = `k = ${chosen.k} disarankan dengan hati-hati: silhouette-nya tertinggi (${sil}), tetapi setiap k menghasilkan klaster di bawah ${formatShare(MIN_CLUSTER_SHARE)} data, jadi periksa pencilan atau pakai winsorisasi; ${dbClause}.`;
  } else if (chosen.k === best.k) {
    reason = `k = ${chosen.k} disarankan karena rata-rata silhouette-nya tertinggi (${sil}) di antara k yang klaster terkecilnya minimal ${formatShare(MIN_CLUSTER_SHARE)} data (di sini ${formatShare(chosen.smallest_share)}), dan ${dbClause}.`;
  } else {
    reason = `k = ${chosen.k} disarankan karena silhouette-nya (${sil}) hampir setara dengan yang tertinggi (${formatDecimal(best.silhouette)} pada k = ${best.k}) dengan klaster lebih sedikit yang lebih mudah dijelaskan, klaster terkecil ${formatShare(chosen.smallest_share)} data, dan ${dbClause}.`;
  }
  return { k: chosen.k, reason };
}
