/**
 * A dense row-major matrix of float64: `data[i * cols + j]` is feature j of row i. Clustering works
 * on this layout because a row's features are contiguous, which keeps the distance loops tight.
 */
export interface Matrix {
  data: Float64Array;
  rows: number;
  cols: number;
}

/** Wraps row arrays (tests, small inputs) as a Matrix. */
export function matrixFromRows(rows: readonly (readonly number[])[]): Matrix {
  const n = rows.length;
  const d = n > 0 ? rows[0]!.length : 0;
  const data = new Float64Array(n * d);
  rows.forEach((r, i) => {
    if (r.length !== d) throw new Error(`Baris ${i + 1} memiliki ${r.length} kolom, seharusnya ${d}.`);
    data.set(r, i * d);
  });
  return { data, rows: n, cols: d };
}

/** The rows of a Matrix as nested arrays (for JSON and for libraries that want number[][]). */
export function matrixToRows(m: Matrix): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < m.rows; i++) out.push(Array.from(m.data.subarray(i * m.cols, (i + 1) * m.cols)));
  return out;
}

/** A new matrix holding the listed rows, in the given order. */
export function selectRows(m: Matrix, indices: ArrayLike<number>): Matrix {
  const d = m.cols;
  const data = new Float64Array(indices.length * d);
  for (let r = 0; r < indices.length; r++) {
    const i = indices[r];
    data.set(m.data.subarray(i * d, (i + 1) * d), r * d);
  }
  return { data, rows: indices.length, cols: d };
}

/** Column means (length cols). */
export function columnMeans(m: Matrix): Float64Array {
  const means = new Float64Array(m.cols);
  const { data, rows, cols } = m;
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) means[j] += data[i * cols + j];
  for (let j = 0; j < cols; j++) means[j] = (means[j]) / Math.max(rows, 1);
  return means;
}

/** Mean of the population variances of the columns (numpy `X.var(axis=0).mean()`). */
export function meanColumnVariance(m: Matrix): number {
  const means = columnMeans(m);
  const { data, rows, cols } = m;
  let total = 0;
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const v = data[i * cols + j] - (means[j]);
      total += v * v;
    }
  }
  return rows > 0 && cols > 0 ? total / rows / cols : 0;
}

/** Squared Euclidean distance between row i of `a` and row j of `b` (same number of columns). */
export function squaredDistance(a: Float64Array, i: number, b: Float64Array, j: number, d: number): number {
  let s = 0;
  const oi = i * d;
  const oj = j * d;
  for (let t = 0; t < d; t++) {
    const v = (a[oi + t]) - (b[oj + t]);
    s += v * v;
  }
  return s;
}
