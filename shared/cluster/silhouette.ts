import type { Matrix } from './matrix';

/**
 * Silhouette coefficients as scikit-learn's `silhouette_samples` defines them: for row i in a cluster
 * of size > 1, a = mean distance to the other members, b = the lowest mean distance to another
 * cluster, s = (b - a) / max(a, b); s = 0 for a singleton. Euclidean distance in the clustered space.
 *
 * Several labelings of the same rows (one per k of a sweep) are scored in one pass, because the
 * O(n²·d) distances dominate and are shared; each pair is measured once (i < j) and credited to both
 * rows. Blocks of rows can run in parallel workers; their partial sums are added.
 */

/** Per-labeling n×k sums of distances from each row to each cluster, to be added across blocks. */
export interface SilhouettePartial {
  sums: Float64Array[];
}

/**
 * Adds the distances of the pairs (i, j), start <= i < end, i < j < n, to both rows' cluster sums for
 * every labeling. `ks[m]` is the number of clusters of `labelings[m]` (labels in 0..k-1).
 */
export function silhouetteBlock(
  x: Matrix, labelings: readonly Int32Array[], ks: readonly number[], start = 0, end = x.rows,
): SilhouettePartial {
  const { data, rows: n, cols: d } = x;
  const m = labelings.length;
  const sums = ks.map((k) => new Float64Array(n * k));
  const dist = new Float64Array(n);
  const acc = new Float64Array(4 * Math.max(...ks));
  for (let i = start; i < end; i++) {
    const oi = i * d;
    for (let j = i + 1; j < n; j++) {
      const oj = j * d;
      let s = 0;
      for (let t = 0; t < d; t++) {
        const v = data[oi + t] - data[oj + t];
        s += v * v;
      }
      dist[j] = Math.sqrt(s);
    }
    for (let q = 0; q < m; q++) {
      const labels = labelings[q];
      const k = ks[q];
      const rowSums = sums[q];
      const li = labels[i];
      // Row j's side: distinct rows, so no dependency between consecutive additions.
      for (let j = i + 1; j < n; j++) rowSums[j * k + li] += dist[j];
      // Row i's side is a histogram: four interleaved accumulators avoid waiting on the last store.
      acc.fill(0, 0, 4 * k);
      let j = i + 1;
      for (; j + 3 < n; j += 4) {
        acc[labels[j]] += dist[j];
        acc[k + labels[j + 1]] += dist[j + 1];
        acc[2 * k + labels[j + 2]] += dist[j + 2];
        acc[3 * k + labels[j + 3]] += dist[j + 3];
      }
      for (; j < n; j++) acc[labels[j]] += dist[j];
      for (let c = 0; c < k; c++) rowSums[i * k + c] += acc[c] + acc[k + c] + (acc[2 * k + c] + acc[3 * k + c]);
    }
  }
  return { sums };
}

/** Adds block partials and returns the mean silhouette of each labeling. */
export function finishSilhouette(parts: readonly SilhouettePartial[], labelings: readonly Int32Array[], ks: readonly number[]): number[] {
  return labelings.map((labels, q) => {
    const k = ks[q];
    const n = labels.length;
    const total = new Float64Array(n * k);
    for (const p of parts) {
      const s = p.sums[q];
      for (let i = 0; i < total.length; i++) total[i] += s[i];
    }
    const sizes = new Float64Array(k);
    for (let i = 0; i < n; i++) sizes[labels[i]] += 1;
    let sum = 0;
    for (let i = 0; i < n; i++) sum += rowScore(total, i * k, sizes, labels[i], k);
    return sum / n;
  });
}

/** s(i) from row i's per-cluster distance sums (starting at `offset`). */
function rowScore(sums: Float64Array, offset: number, sizes: Float64Array, own: number, k: number): number {
  const ownSize = sizes[own];
  if (ownSize <= 1) return 0;
  const a = sums[offset + own] / (ownSize - 1);
  let b = Infinity;
  for (let c = 0; c < k; c++) {
    if (c === own || sizes[c] === 0) continue;
    const mean = sums[offset + c] / sizes[c];
    if (mean < b) b = mean;
  }
  const denom = Math.max(a, b);
  return denom === 0 || !Number.isFinite(b) ? 0 : (b - a) / denom;
}

/** Mean silhouette of one labeling over all rows of `x` (sample first for large data). */
export function silhouetteScore(x: Matrix, labels: Int32Array, k: number): number {
  return finishSilhouette([silhouetteBlock(x, [labels], [k])], [labels], [k])[0];
}

/**
 * Splits rows [0, n) into `parts` blocks with about equal numbers of pairs (i < j): early rows pair
 * with more rows, so the first blocks are shorter.
 */
export function splitPairBlocks(n: number, parts: number): Array<[number, number]> {
  const p = Math.max(1, Math.min(parts, n));
  const totalPairs = (n * (n - 1)) / 2;
  const out: Array<[number, number]> = [];
  let start = 0;
  for (let b = 1; b <= p; b++) {
    // Pairs before row r: r·n - r(r+1)/2; solve for the r holding b/p of the total.
    const target = (totalPairs * b) / p;
    const r = b === p ? n : Math.round(n - 0.5 - Math.sqrt((n - 0.5) ** 2 - 2 * target));
    const end = Math.max(start, Math.min(n, r));
    out.push([start, end]);
    start = end;
  }
  return out;
}
