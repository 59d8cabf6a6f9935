import { formatDecimal, formatShare, type SentenceLanguage } from './format';

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
  /** One sentence saying why (Bahasa Indonesia unless asked otherwise). */
  reason: string;
}

/** A cluster smaller than this share of rows is "too small" to describe a group in an FGD. */
export const MIN_CLUSTER_SHARE = 0.02;
/** Silhouettes closer than this to the best count as equally good; the smaller k then wins. */
export const SILHOUETTE_TOLERANCE = 0.02;

/**
 * Recommends k from a sweep: among the k's whose smallest cluster holds at least 2% of rows, the
 * highest mean silhouette, preferring a smaller k whose silhouette is within 0.02 of it (fewer groups
 * are easier to explain and act on). The reason names the figures and whether Davies-Bouldin agrees,
 * in Bahasa Indonesia or, for the English screen, in English (same k, same figures).
 */
export function recommendK(points: readonly SweepPoint[], lang: SentenceLanguage = 'id'): KRecommendation | null {
  if (points.length === 0) return null;
  const balanced = points.filter((p) => p.smallest_share >= MIN_CLUSTER_SHARE);
  const pool = balanced.length > 0 ? balanced : [...points];
  const best = pool.reduce((a, b) => (b.silhouette > a.silhouette ? b : a));
  const chosen = pool
    .filter((p) => p.silhouette >= best.silhouette - SILHOUETTE_TOLERANCE)
    .reduce((a, b) => (b.k < a.k ? b : a));
  const lowestDb = points.reduce((a, b) => (b.davies_bouldin < a.davies_bouldin ? b : a));
  const text = REASONS[lang];
  const dec = (v: number) => formatDecimal(v, 2, lang);
  const facts: ReasonFacts = {
    k: chosen.k, sil: dec(chosen.silhouette), bestSil: dec(best.silhouette), bestK: best.k, minShare: formatShare(MIN_CLUSTER_SHARE, lang),
    smallest: formatShare(chosen.smallest_share, lang), db: dec(chosen.davies_bouldin), dbK: lowestDb.k, lowestDb: dec(lowestDb.davies_bouldin),
  };
  const db = lowestDb.k === chosen.k ? text.dbAgrees(facts) : text.dbElsewhere(facts);
  const reason = balanced.length === 0 ? text.lopsided(facts, db) : chosen.k === best.k ? text.best(facts, db) : text.smaller(facts, db);
  return { k: chosen.k, reason };
}

/** The figures a reason sentence quotes, already formatted. */
interface ReasonFacts {
  k: number;
  sil: string;
  bestSil: string;
  bestK: number;
  minShare: string;
  smallest: string;
  db: string;
  dbK: number;
  lowestDb: string;
}

type Sentence = (f: ReasonFacts, db: string) => string;

const REASONS: Record<SentenceLanguage, { dbAgrees: (f: ReasonFacts) => string; dbElsewhere: (f: ReasonFacts) => string; lopsided: Sentence; best: Sentence; smaller: Sentence }> = {
  id: {
    dbAgrees: (f) => `Davies-Bouldin juga terendah pada k ini (${f.db})`,
    dbElsewhere: (f) => `Davies-Bouldin terendah ada pada k = ${f.dbK} (${f.lowestDb}; k ini ${f.db})`,
    lopsided: (f, db) =>
      `k = ${f.k} disarankan dengan hati-hati: silhouette-nya tertinggi (${f.sil}), tetapi setiap k menghasilkan klaster di bawah ${f.minShare} data, jadi periksa pencilan atau pakai winsorisasi; ${db}.`,
    best: (f, db) =>
      `k = ${f.k} disarankan karena rata-rata silhouette-nya tertinggi (${f.sil}) di antara k yang klaster terkecilnya minimal ${f.minShare} data (di sini ${f.smallest}), dan ${db}.`,
    smaller: (f, db) =>
      `k = ${f.k} disarankan karena silhouette-nya (${f.sil}) hampir setara dengan yang tertinggi (${f.bestSil} pada k = ${f.bestK}) dengan klaster lebih sedikit yang lebih mudah dijelaskan, klaster terkecil ${f.smallest} data, dan ${db}.`,
  },
  en: {
    dbAgrees: (f) => `Davies-Bouldin is also lowest at this k (${f.db})`,
    dbElsewhere: (f) => `the lowest Davies-Bouldin is at k = ${f.dbK} (${f.lowestDb}; this k ${f.db})`,
    lopsided: (f, db) =>
      `k = ${f.k} is suggested with caution: its silhouette is the highest (${f.sil}), but every k gives a cluster under ${f.minShare} of the data, so check for outliers or use winsorising; ${db}.`,
    best: (f, db) =>
      `k = ${f.k} is suggested because its mean silhouette is the highest (${f.sil}) among the k whose smallest cluster holds at least ${f.minShare} of the data (here ${f.smallest}), and ${db}.`,
    smaller: (f, db) =>
      `k = ${f.k} is suggested because its silhouette (${f.sil}) is nearly as high as the best (${f.bestSil} at k = ${f.bestK}) with fewer clusters, which are easier to explain; its smallest cluster holds ${f.smallest} of the data, and ${db}.`,
  },
};
