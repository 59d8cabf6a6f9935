/**
 * Typed-array helpers for the 421,000-row paths: plain loops, because `TypedArray.from(x, fn)` with
 * a mapping function is an order of magnitude slower in V8.
 */

/** [0, 1, …, n-1]. */
export function range(n: number): Int32Array {
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = i;
  return out;
}

/** The indices i < n for which `keep(i)` is true, ascending. */
export function indicesWhere(n: number, keep: (i: number) => boolean): Int32Array {
  const out = new Int32Array(n);
  let w = 0;
  for (let i = 0; i < n; i++) if (keep(i)) out[w++] = i;
  return out.slice(0, w);
}

/** `src[idx[0]], src[idx[1]], …` as a Float64Array. */
export function gatherF64(src: ArrayLike<number>, idx: ArrayLike<number>): Float64Array {
  const out = new Float64Array(idx.length);
  for (let i = 0; i < idx.length; i++) out[i] = src[idx[i]];
  return out;
}

/** `src[idx[0]], src[idx[1]], …` as an Int32Array. */
export function gatherI32(src: ArrayLike<number>, idx: ArrayLike<number>): Int32Array {
  const out = new Int32Array(idx.length);
  for (let i = 0; i < idx.length; i++) out[i] = src[idx[i]];
  return out;
}
