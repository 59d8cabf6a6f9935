import { quantileSorted } from './descriptive';

/** MAD scale factor so the MAD estimates the standard deviation of normal data. */
export const MAD_TO_SD = 1.4826;

/** Median and scaled median absolute deviation; MAD is 0 when more than half the values are equal. */
export function medianAndMad(values: readonly number[]): { median: number; mad: number } | null {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  const median = quantileSorted(sorted, 0.5);
  const dev = Float64Array.from(values, (v) => Math.abs(v - median)).sort();
  return { median, mad: MAD_TO_SD * quantileSorted(dev, 0.5) };
}

/**
 * Robust z-scores (x - median) / MAD. Returns null when the spread is zero (nothing can be called
 * an outlier) or there are fewer than `minN` values (too few to judge).
 */
export function robustZScores(values: readonly number[], minN = 10): number[] | null {
  if (values.length < minN) return null;
  const m = medianAndMad(values);
  if (!m || m.mad === 0) return null;
  return values.map((v) => (v - m.median) / m.mad);
}
