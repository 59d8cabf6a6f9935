import { mean as ssMean, sampleStandardDeviation, sum as ssSum } from 'simple-statistics';

/**
 * Descriptive statistics that match R: quantiles of type 7 (R's default, linear interpolation
 * between order statistics at h = (n - 1) p) and the sample standard deviation (divisor n - 1).
 * Missing values are counted, never treated as zero.
 */
export interface Description {
  /** Values present. */
  n: number;
  /** Values missing (null). */
  missing: number;
  sum: number | null;
  mean: number | null;
  median: number | null;
  q1: number | null;
  q3: number | null;
  /** Sample standard deviation (n - 1); null for fewer than 2 values. */
  sd: number | null;
  min: number | null;
  max: number | null;
}

/**
 * Type-7 quantile of ascending values, computed as R does: (1 - g) x[j] + g x[j + 1]. simple-statistics
 * 7.12 uses the same definition, but earlier 7.x releases (allowed by `^7.8.8`) did not, so the
 * formula lives here and a test compares it with R.
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) throw new Error('quantile of an empty sample');
  if (p < 0 || p > 1) throw new Error('p must be within 0..1');
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  const g = h - lo;
  const a = sorted[lo] as number;
  if (g === 0 || lo === hi) return a;
  const b = sorted[hi] as number;
  return a === b ? a : (1 - g) * a + g * b;
}

/** Describes a sample with missing values (null/undefined/NaN are counted as missing). */
export function describeValues(values: ReadonlyArray<number | null | undefined>): Description {
  const present: number[] = [];
  let missing = 0;
  for (const v of values) {
    if (v === null || v === undefined || Number.isNaN(v)) missing++;
    else present.push(v);
  }
  return describePresent(present, missing);
}

/** Describes values known to be present, plus a count of missing ones (faster path for large groups). */
export function describePresent(present: number[], missing: number): Description {
  const n = present.length;
  if (n === 0) return { n: 0, missing, sum: null, mean: null, median: null, q1: null, q3: null, sd: null, min: null, max: null };
  const sorted = Float64Array.from(present).sort();
  return {
    n,
    missing,
    sum: ssSum(present),
    mean: ssMean(present),
    median: quantileSorted(sorted, 0.5),
    q1: quantileSorted(sorted, 0.25),
    q3: quantileSorted(sorted, 0.75),
    sd: n >= 2 ? sampleStandardDeviation(present) : null,
    min: sorted[0] as number,
    max: sorted[n - 1] as number,
  };
}

/** Median of values (type 7); null for an empty sample. */
export function medianOf(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return quantileSorted(Float64Array.from(values).sort(), 0.5);
}
