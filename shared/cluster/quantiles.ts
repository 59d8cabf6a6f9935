/**
 * Order statistics on typed arrays. Quantiles use R's type 7 / numpy's default linear interpolation,
 * so a median or quartile on screen matches what an analyst gets in a spreadsheet or R.
 */

/** The non-missing (non-NaN) values, sorted ascending. */
export function sortedFinite(values: ArrayLike<number>): Float64Array {
  let count = 0;
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i])) count++;
  const out = new Float64Array(count);
  let w = 0;
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i])) out[w++] = values[i];
  return out.sort();
}

/** Quantile p (0..1) of ascending values, type 7; NaN for an empty array. */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/** Five-number summary with Tukey whiskers (the most extreme values within 1.5 IQR of the box). */
export interface BoxSummary {
  n: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
  whisker_low: number;
  whisker_high: number;
  mean: number;
}

/** Box-plot summary of ascending values; null when there are none. */
export function summariseSorted(sorted: Float64Array): BoxSummary | null {
  const n = sorted.length;
  if (n === 0) return null;
  const q1 = quantileSorted(sorted, 0.25);
  const q3 = quantileSorted(sorted, 0.75);
  const iqr = q3 - q1;
  const lowFence = q1 - 1.5 * iqr;
  const highFence = q3 + 1.5 * iqr;
  let whiskerLow = sorted[0];
  for (let i = 0; i < n; i++) {
    if (sorted[i] >= lowFence) {
      whiskerLow = sorted[i];
      break;
    }
  }
  let whiskerHigh = sorted[n - 1];
  for (let i = n - 1; i >= 0; i--) {
    if (sorted[i] <= highFence) {
      whiskerHigh = sorted[i];
      break;
    }
  }
  let sum = 0;
  for (let i = 0; i < n; i++) sum += sorted[i];
  return {
    n, min: sorted[0], q1, median: quantileSorted(sorted, 0.5), q3, max: sorted[n - 1],
    whisker_low: whiskerLow, whisker_high: whiskerHigh, mean: sum / n,
  };
}

/** An equal-width histogram of finite values: `edges` has bins + 1 entries. */
export interface Histogram {
  edges: number[];
  counts: number[];
}

/** Histogram of ascending values over [min, max] with `bins` equal-width bins. */
export function histogramSorted(sorted: Float64Array, bins = 30): Histogram {
  const n = sorted.length;
  if (n === 0) return { edges: [], counts: [] };
  const min = sorted[0];
  const max = sorted[n - 1];
  if (min === max) return { edges: [min, max], counts: [n] };
  const width = (max - min) / bins;
  const counts = new Array<number>(bins).fill(0);
  for (let i = 0; i < n; i++) counts[Math.min(bins - 1, Math.floor((sorted[i] - min) / width))]++;
  return { edges: Array.from({ length: bins + 1 }, (_, b) => (b === bins ? max : min + b * width)), counts };
}

/** Sample skewness (Fisher-Pearson, population moments) of values; 0 for constant data. */
export function skewness(values: Float64Array): number {
  const n = values.length;
  if (n < 3) return 0;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += values[i];
  mean /= n;
  let m2 = 0;
  let m3 = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i] - mean;
    m2 += v * v;
    m3 += v * v * v;
  }
  m2 /= n;
  m3 /= n;
  return m2 === 0 ? 0 : m3 / m2 ** 1.5;
}
