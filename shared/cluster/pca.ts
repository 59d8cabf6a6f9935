import { columnMeans, type Matrix } from './matrix';

/** The first two principal components of a matrix, for the cluster scatter. */
export interface Pca2 {
  /** Column means subtracted before projecting. */
  means: number[];
  /** Unit loadings of PC1 and PC2 (length cols each). */
  pc1: number[];
  pc2: number[];
  /** Share of the total variance each component explains (0..1). */
  explained: [number, number];
}

/**
 * PCA by the eigen-decomposition of the covariance matrix (Jacobi rotations: d is small, a few dozen
 * columns at most, and this needs no library). Each component's sign is fixed so its largest loading
 * is positive, so the same data always gives the same picture.
 */
export function fitPca2(x: Matrix): Pca2 {
  const { data, rows: n, cols: d } = x;
  const means = columnMeans(x);
  const cov = new Float64Array(d * d);
  for (let i = 0; i < n; i++) {
    for (let a = 0; a < d; a++) {
      const va = data[i * d + a] - means[a];
      for (let b = a; b < d; b++) cov[a * d + b] += va * (data[i * d + b] - means[b]);
    }
  }
  for (let a = 0; a < d; a++) {
    for (let b = a; b < d; b++) {
      cov[a * d + b] /= Math.max(n - 1, 1);
      cov[b * d + a] = cov[a * d + b];
    }
  }
  const { values, vectors } = jacobiEigen(cov, d);
  const order = Array.from({ length: d }, (_, i) => i).sort((p, q) => values[q] - values[p]);
  const total = values.reduce((s, v) => s + Math.max(v, 0), 0);
  const component = (idx: number | undefined): number[] => {
    if (idx === undefined) return new Array<number>(d).fill(0);
    const v = Array.from({ length: d }, (_, r) => vectors[r * d + idx]);
    let big = 0;
    for (let r = 1; r < d; r++) if (Math.abs(v[r]) > Math.abs(v[big]) + 1e-12) big = r;
    return v[big] < 0 ? v.map((t) => -t) : v;
  };
  const share = (idx: number | undefined) => (idx === undefined || total === 0 ? 0 : Math.max(values[idx], 0) / total);
  return { means: Array.from(means), pc1: component(order[0]), pc2: component(order[1]), explained: [share(order[0]), share(order[1])] };
}

/** Coordinates of row i on PC1 and PC2. */
export function projectRow(pca: Pca2, x: Matrix, i: number): [number, number] {
  let p = 0;
  let q = 0;
  for (let t = 0; t < x.cols; t++) {
    const v = x.data[i * x.cols + t] - pca.means[t];
    p += v * pca.pc1[t];
    q += v * pca.pc2[t];
  }
  return [p, q];
}

/** Eigenvalues and eigenvectors (columns of `vectors`) of a symmetric d×d matrix by cyclic Jacobi. */
function jacobiEigen(matrix: Float64Array, d: number): { values: number[]; vectors: Float64Array } {
  const a = Float64Array.from(matrix);
  const v = new Float64Array(d * d);
  for (let i = 0; i < d; i++) v[i * d + i] = 1;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < d; p++) for (let q = p + 1; q < d; q++) off += a[p * d + q] ** 2;
    if (off < 1e-30) break;
    for (let p = 0; p < d; p++) {
      for (let q = p + 1; q < d; q++) {
        const apq = a[p * d + q];
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (a[q * d + q] - a[p * d + p]) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let r = 0; r < d; r++) {
          const arp = a[r * d + p];
          const arq = a[r * d + q];
          a[r * d + p] = c * arp - s * arq;
          a[r * d + q] = s * arp + c * arq;
        }
        for (let r = 0; r < d; r++) {
          const apr = a[p * d + r];
          const aqr = a[q * d + r];
          a[p * d + r] = c * apr - s * aqr;
          a[q * d + r] = s * apr + c * aqr;
        }
        for (let r = 0; r < d; r++) {
          const vrp = v[r * d + p];
          const vrq = v[r * d + q];
          v[r * d + p] = c * vrp - s * vrq;
          v[r * d + q] = s * vrp + c * vrq;
        }
      }
    }
  }
  return { values: Array.from({ length: d }, (_, i) => a[i * d + i]), vectors: v };
}
