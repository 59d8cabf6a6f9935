/**
 * The assignment steps of k-means with Hamerly's bounds (Hamerly 2010): per row an upper bound on the
 * distance to its centre and a lower bound on the distance to every other centre, loosened each
 * iteration by how far the centres moved, so most rows are settled without measuring a distance.
 */

/** How far each centre moved in the last update (distances), with the largest two. */
export interface Shifts {
  move: Float64Array;
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
    out.move[j] = m;
    if (m > out.max) {
      out.second = out.max;
      out.max = m;
      out.maxAt = j;
    } else if (m > out.second) out.second = m;
  }
  return total;
}

/**
 * One Hamerly assignment pass: bounds are first loosened by the last centre movements, a row is only
 * looked at when its upper bound exceeds both its lower bound and half the gap to the nearest other
 * centre, and a full scan skips centres j with gap(a, j) > 2u (they cannot be nearer than a).
 * Updates labels, bounds and the running sums; returns how many labels changed.
 */
export function hamerlyPass(
  data: Float64Array, n: number, d: number, centers: Float64Array, k: number, labels: Int32Array,
  upper: Float64Array, lower: Float64Array, sums: Float64Array, counts: Float64Array,
  gaps: Float64Array, half: Float64Array, shifts: Shifts,
): number {
  computeGaps(centers, k, d, gaps, half);
  const { move, maxAt, max, second } = shifts;
  let changes = 0;
  for (let i = 0; i < n; i++) {
    const a = labels[i];
    let u = upper[i] + move[a];
    const l = lower[i] - (a === maxAt ? second : max);
    lower[i] = l;
    const bound = half[a] > l ? half[a] : l;
    if (u <= bound) {
      upper[i] = u;
      continue;
    }
    const oi = i * d;
    let s = 0;
    for (let t = 0; t < d; t++) {
      const v = data[oi + t] - centers[a * d + t];
      s += v * v;
    }
    u = Math.sqrt(s);
    upper[i] = u;
    if (u <= bound) continue;
    // Full scan from the current centre; d1/d2 are squared distances (d2 may be a bound).
    let best = a;
    let d1 = s;
    let d2 = Infinity;
    const twoU = 2 * u;
    for (let j = 0; j < k; j++) {
      if (j === a) continue;
      const g = gaps[a * k + j];
      if (g > twoU) {
        const lb = g - u;
        if (lb * lb < d2) d2 = lb * lb;
        continue;
      }
      const oc = j * d;
      let q = 0;
      for (let t = 0; t < d; t++) {
        const v = data[oi + t] - centers[oc + t];
        q += v * v;
      }
      if (q < d1 || (q === d1 && j < best)) {
        d2 = d1;
        d1 = q;
        best = j;
      } else if (q < d2) d2 = q;
    }
    upper[i] = Math.sqrt(d1);
    lower[i] = Math.sqrt(d2);
    if (best !== a) {
      changes++;
      labels[i] = best;
      counts[a] -= 1;
      counts[best] += 1;
      for (let t = 0; t < d; t++) {
        const v = data[oi + t];
        sums[a * d + t] -= v;
        sums[best * d + t] += v;
      }
    }
  }
  return changes;
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

/** Centre-to-centre distances (k×k) and half the gap to each centre's nearest other (Hamerly's s). */
export function computeGaps(centers: Float64Array, k: number, d: number, gaps: Float64Array, half: Float64Array): void {
  half.fill(Infinity);
  for (let a = 0; a < k; a++) {
    gaps[a * k + a] = 0;
    for (let b = a + 1; b < k; b++) {
      let s = 0;
      for (let t = 0; t < d; t++) {
        const v = centers[a * d + t] - centers[b * d + t];
        s += v * v;
      }
      const g = Math.sqrt(s);
      gaps[a * k + b] = g;
      gaps[b * k + a] = g;
      if (g / 2 < half[a]) half[a] = g / 2;
      if (g / 2 < half[b]) half[b] = g / 2;
    }
  }
}
