import type { Matrix } from './matrix';

/**
 * Cluster validity indices, computed exactly as scikit-learn's `metrics` module does, so a figure on
 * screen can be re-checked in Python: Calinski-Harabasz (higher is better), Davies-Bouldin (lower is
 * better), and the label means they share.
 */

/** Means and sizes of the clusters given by `labels` (0..k-1); an empty cluster has size 0. */
export function labelMeans(x: Matrix, labels: Int32Array, k: number): { means: Float64Array; sizes: Float64Array } {
  const d = x.cols;
  const means = new Float64Array(k * d);
  const sizes = new Float64Array(k);
  for (let i = 0; i < x.rows; i++) {
    const l = labels[i];
    sizes[l] += 1;
    for (let t = 0; t < d; t++) means[l * d + t] += x.data[i * d + t];
  }
  for (let j = 0; j < k; j++) if (sizes[j] > 0) for (let t = 0; t < d; t++) means[j * d + t] /= sizes[j];
  return { means, sizes };
}

/** Number of clusters that actually have members. */
export function countNonEmpty(labels: Int32Array, k: number): number {
  const seen = new Uint8Array(k);
  for (let i = 0; i < labels.length; i++) seen[labels[i]] = 1;
  return seen.reduce((s, v) => s + v, 0);
}

function tooFewClusters(used: number): string {
  return `Data terpilih hanya membentuk ${used} klaster berisi, sehingga indeks validitas tidak dapat dihitung; nilai fitur yang dipilih mungkin hampir sama semua.`;
}

/**
 * Calinski-Harabasz index: between-cluster dispersion / within-cluster dispersion, each divided by
 * its degrees of freedom. Higher is better. 1 when the within dispersion is 0 (scikit-learn's rule).
 */
export function calinskiHarabasz(x: Matrix, labels: Int32Array, k: number): number {
  const used = countNonEmpty(labels, k);
  if (used < 2 || used >= x.rows) throw new RangeError(tooFewClusters(used));
  const d = x.cols;
  const { means, sizes } = labelMeans(x, labels, k);
  const overall = new Float64Array(d);
  for (let i = 0; i < x.rows; i++) for (let t = 0; t < d; t++) overall[t] += x.data[i * d + t];
  for (let t = 0; t < d; t++) overall[t] /= x.rows;
  let between = 0;
  for (let j = 0; j < k; j++) {
    if (sizes[j] === 0) continue;
    let s = 0;
    for (let t = 0; t < d; t++) s += (means[j * d + t] - overall[t]) ** 2;
    between += sizes[j] * s;
  }
  let within = 0;
  for (let i = 0; i < x.rows; i++) {
    const l = labels[i];
    for (let t = 0; t < d; t++) within += (x.data[i * d + t] - means[l * d + t]) ** 2;
  }
  return within === 0 ? 1 : (between * (x.rows - used)) / (within * (used - 1));
}

/**
 * Davies-Bouldin index: the mean over clusters of the worst ratio (s_i + s_j) / d(c_i, c_j), where s
 * is the mean distance of members to their centroid. Lower is better; 0 is the best possible.
 */
export function daviesBouldin(x: Matrix, labels: Int32Array, k: number): number {
  const used = countNonEmpty(labels, k);
  if (used < 2 || used >= x.rows) throw new RangeError(tooFewClusters(used));
  const d = x.cols;
  const { means, sizes } = labelMeans(x, labels, k);
  const ids = Array.from({ length: k }, (_, j) => j).filter((j) => sizes[j] > 0);
  const spread = new Float64Array(k);
  for (let i = 0; i < x.rows; i++) {
    const l = labels[i];
    let s = 0;
    for (let t = 0; t < d; t++) s += (x.data[i * d + t] - means[l * d + t]) ** 2;
    spread[l] += Math.sqrt(s);
  }
  for (const j of ids) spread[j] /= sizes[j];
  const gap = (a: number, b: number) => {
    let s = 0;
    for (let t = 0; t < d; t++) s += (means[a * d + t] - means[b * d + t]) ** 2;
    return Math.sqrt(s);
  };
  if (ids.every((j) => spread[j] === 0)) return 0;
  let total = 0;
  for (const a of ids) {
    let worst = 0;
    for (const b of ids) {
      if (a === b) continue;
      const g = gap(a, b);
      // scikit-learn replaces a zero centroid distance by infinity, which makes the ratio 0.
      const ratio = g === 0 ? 0 : (spread[a] + spread[b]) / g;
      if (ratio > worst) worst = ratio;
    }
    total += worst;
  }
  return total / ids.length;
}

/**
 * Adjusted Rand index between two labelings of the same rows (1 = identical partitions, about 0 =
 * chance agreement), by scikit-learn's pair-confusion formula. Used for stability across seeds.
 * Labels must be non-negative integers.
 */
export function adjustedRandIndex(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = a.length;
  if (b.length !== n) throw new RangeError('Kedua pelabelan harus sepanjang sama.');
  // Labels are small non-negative integers (cluster numbers): a dense contingency table is fastest.
  let maxA = 0;
  let maxB = 0;
  for (let i = 0; i < n; i++) {
    if (a[i] > maxA) maxA = a[i];
    if (b[i] > maxB) maxB = b[i];
  }
  const width = maxB + 1;
  const table = new Float64Array((maxA + 1) * width);
  const rowTotals = new Float64Array(maxA + 1);
  const colTotals = new Float64Array(width);
  for (let i = 0; i < n; i++) {
    table[a[i] * width + b[i]] += 1;
    rowTotals[a[i]] += 1;
    colTotals[b[i]] += 1;
  }
  const squares = (v: Float64Array) => v.reduce((s, c) => s + c * c, 0);
  const sumSquares = squares(table);
  const rowSquares = squares(rowTotals);
  const colSquares = squares(colTotals);
  // Pair confusion matrix (counts of ordered pairs), as sklearn.metrics.cluster.pair_confusion_matrix.
  const tp = sumSquares - n;
  const fp = colSquares - sumSquares;
  const fn = rowSquares - sumSquares;
  const tn = n * n - fp - fn - sumSquares;
  if (fn === 0 && fp === 0) return 1;
  return (2 * (tp * tn - fn * fp)) / ((tp + fn) * (fn + tn) + (tp + fp) * (fp + tn));
}
