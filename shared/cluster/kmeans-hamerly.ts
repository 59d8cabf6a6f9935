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
 * One Hamerly assignment pass: bounds are first loosened by the last centre movements, and a row is
 * only looked at when its upper bound exceeds both its lower bound and half the gap from its centre
 * to the nearest other one; then its distance to its own centre, and only if still needed all k.
 * Updates labels, bounds and the running sums; returns how many labels changed.
 */
export function hamerlyPass(
  data: Float64Array, n: number, d: number, centers: Float64Array, k: number, labels: Int32Array,
  upper: Float64Array, lower: Float64Array, sums: Float64Array, counts: Float64Array,
  half: Float64Array, shifts: Shifts,
): number {
  computeHalfGaps(centers, k, d, half);
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
    // Full scan of every centre, without branches on the distances (they are unpredictable, and a
    // mispredicted branch costs more than the distance); the first minimum wins, as in plain Lloyd.
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
      const nearer = q < d1;
      d2 = nearer ? d1 : q < d2 ? q : d2;
      best = nearer ? j : best;
      d1 = nearer ? q : d1;
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
