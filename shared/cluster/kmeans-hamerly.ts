/**
 * The assignment steps of k-means with Hamerly's bounds (Hamerly 2010): per row a lower bound on the
 * distance to every other centre, loosened each iteration by how far the centres moved; a row whose
 * own-centre distance is within it (or within half the gap to the nearest other centre) keeps its
 * label without being compared with the other centres.
 */
import type { KmeansBackend } from './backend';

/** The largest two centre moves of the last update (distances) and which centre moved most. */
export interface Shifts {
  maxAt: number;
  max: number;
  second: number;
}

/** Records the centre movements between `from` and `to`; returns the total squared shift. */
export function measureShifts(from: Float64Array, to: Float64Array, k: number, d: number, out: Shifts): number {
  let total = 0;
  out.max = 0;
  out.second = 0;
  out.maxAt = -1;
  for (let j = 0; j < k; j++) {
    let s = 0;
    for (let t = 0; t < d; t++) {
      const v = to[j * d + t] - from[j * d + t];
      s += v * v;
    }
    total += s;
    const m = Math.sqrt(s);
    if (m > out.max) {
      out.second = out.max;
      out.max = m;
      out.maxAt = j;
    } else if (m > out.second) out.second = m;
  }
  return total;
}

/**
 * One assignment pass over all rows with the backend's kernels for d and k (see kernels.ts): Hamerly's,
 * or a plain pass comparing every row with every centre when `plain` (k = 1, where there are no
 * bounds to keep). Updates labels, bounds and the running sums; returns the changed labels and how
 * many rows were compared with every centre.
 */
export function assignPass(
  backend: KmeansBackend, data: Float64Array, n: number, d: number, centers: Float64Array, k: number, labels: Int32Array,
  upper: Float64Array, lower: Float64Array, sums: Float64Array, counts: Float64Array,
  half: Float64Array, shifts: Shifts, plain: boolean,
): { changes: number; scans: number } {
  const out = new Int32Array(2);
  const kernels = backend.kernels(d, k);
  if (plain) kernels.full(data, n, centers, k, labels, upper, lower, sums, counts, out);
  else {
    computeHalfGaps(centers, k, d, half);
    kernels.hamerly(data, n, centers, k, labels, upper, lower, sums, counts, half, shifts.maxAt, shifts.max, shifts.second, out);
  }
  return { changes: out[0], scans: out[1] };
}

/** Assigns every row to its nearest centre (first on ties); returns the inertia. */
export function assignAll(
  data: Float64Array, n: number, d: number, centers: Float64Array, k: number,
  labels: Int32Array, upper: Float64Array, lower: Float64Array,
): number {
  let inertia = 0;
  for (let i = 0; i < n; i++) {
    const oi = i * d;
    let best = 0;
    let d1 = Infinity;
    let d2 = Infinity;
    for (let j = 0; j < k; j++) {
      const oc = j * d;
      let q = 0;
      for (let t = 0; t < d; t++) {
        const v = data[oi + t] - centers[oc + t];
        q += v * v;
      }
      if (q < d1) {
        d2 = d1;
        d1 = q;
        best = j;
      } else if (q < d2) d2 = q;
    }
    labels[i] = best;
    upper[i] = Math.sqrt(d1);
    lower[i] = Math.sqrt(d2);
    inertia += d1;
  }
  return inertia;
}

/** Half the distance from each centre to its nearest other centre (Hamerly's s). */
export function computeHalfGaps(centers: Float64Array, k: number, d: number, half: Float64Array): void {
  half.fill(Infinity);
  for (let a = 0; a < k; a++) {
    for (let b = a + 1; b < k; b++) {
      let s = 0;
      for (let t = 0; t < d; t++) {
        const v = centers[a * d + t] - centers[b * d + t];
        s += v * v;
      }
      const h = Math.sqrt(s) / 2;
      if (h < half[a]) half[a] = h;
      if (h < half[b]) half[b] = h;
    }
  }
}
