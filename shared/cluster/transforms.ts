import type { ResolvedFeature } from './features';
import type { Matrix } from './matrix';
import { quantileSorted, sortedFinite } from './quantiles';

/** A raw feature column: numbers (NaN = missing) or category codes (-1 = missing) with their names. */
export type RawColumn =
  | { type: 'numeric'; values: Float64Array }
  | { type: 'category'; codes: Int32Array; levels: string[] };

/**
 * A feature's transform with its fitted parameters: enough to transform another round's values the
 * same way (stored with a run). Numeric pipeline: clip to [clipLow, clipHigh] → signed log(1 + |x|)
 * if transform = 'log' → (x - center) / spread → × weight. Categories become one column per level
 * holding √(weight / 2), so one mismatch adds exactly `weight` to a squared distance.
 */
export interface FittedFeature extends ResolvedFeature {
  clipLow: number | null;
  clipHigh: number | null;
  center: number;
  spread: number;
  /** Category levels in column order (empty for numeric features). */
  levels: string[];
  /** Names of the matrix columns this feature produces. */
  columns: string[];
}

/** Signed log(1 + |x|): defined for the occasional negative value (a loss, a correction). */
export function signedLog1p(x: number): number {
  return x < 0 ? -Math.log1p(-x) : Math.log1p(x);
}

/** Inverse of signedLog1p. */
export function signedExpm1(y: number): number {
  return y < 0 ? -Math.expm1(-y) : Math.expm1(y);
}

/** Fits a feature's parameters on its raw column (missing values already dropped or imputed). */
export function fitFeature(spec: ResolvedFeature, raw: RawColumn): FittedFeature {
  if (raw.type === 'category') {
    const present = new Set<number>();
    for (let i = 0; i < raw.codes.length; i++) if (raw.codes[i] >= 0) present.add(raw.codes[i]);
    const levels = [...present].map((c) => raw.levels[c]).sort((a, b) => a.localeCompare(b, 'id'));
    return { ...spec, clipLow: null, clipHigh: null, center: 0, spread: 1, levels, columns: levels.map((l) => `${spec.key}=${l}`) };
  }
  // Sorting 421,000 values costs more than the rest of the fit: only percentiles need it.
  const sortedRaw = spec.winsor ? sortedFinite(raw.values) : null;
  const clipLow = spec.winsor && sortedRaw ? quantileSorted(sortedRaw, spec.winsor[0]) : null;
  const clipHigh = spec.winsor && sortedRaw ? quantileSorted(sortedRaw, spec.winsor[1]) : null;
  const partial = { ...spec, clipLow, clipHigh, center: 0, spread: 1, levels: [], columns: [spec.key] };
  let count = 0;
  for (let i = 0; i < raw.values.length; i++) if (!Number.isNaN(raw.values[i])) count++;
  const t = new Float64Array(count);
  for (let i = 0, w = 0; i < raw.values.length; i++) if (!Number.isNaN(raw.values[i])) t[w++] = preScale(partial, raw.values[i]);
  let center = 0;
  let spread = 1;
  if (spec.scale === 'zscore' && t.length > 0) {
    let mean = 0;
    for (let i = 0; i < t.length; i++) mean += t[i];
    mean /= t.length;
    let ss = 0;
    for (let i = 0; i < t.length; i++) ss += (t[i] - mean) ** 2;
    // Population SD (ddof = 0), as scikit-learn's StandardScaler; a constant column keeps spread 1.
    const sd = Math.sqrt(ss / t.length);
    center = mean;
    spread = sd > 0 ? sd : 1;
  } else if (spec.scale === 'robust' && t.length > 0) {
    // Median and IQR, as scikit-learn's RobustScaler; a zero IQR keeps spread 1.
    t.sort();
    const iqr = quantileSorted(t, 0.75) - quantileSorted(t, 0.25);
    center = quantileSorted(t, 0.5);
    spread = iqr > 0 ? iqr : 1;
  }
  return { ...partial, center, spread };
}

/** Clipping and log of one raw value (before centring). */
function preScale(f: Pick<FittedFeature, 'clipLow' | 'clipHigh' | 'transform'>, x: number): number {
  let v = x;
  if (f.clipLow !== null && v < f.clipLow) v = f.clipLow;
  if (f.clipHigh !== null && v > f.clipHigh) v = f.clipHigh;
  return f.transform === 'log' ? signedLog1p(v) : v;
}

/** One raw numeric value in the clustered space. */
export function transformValue(f: FittedFeature, x: number): number {
  return ((preScale(f, x) - f.center) / f.spread) * f.weight;
}

/** Back from the clustered space to raw units (clipping cannot be undone). */
export function untransformValue(f: FittedFeature, z: number): number {
  const v = f.weight === 0 ? f.center : (z / f.weight) * f.spread + f.center;
  return f.transform === 'log' ? signedExpm1(v) : v;
}

/** Total matrix columns of fitted features. */
export function columnCount(features: readonly FittedFeature[]): number {
  return features.reduce((s, f) => s + f.columns.length, 0);
}

/**
 * The matrix actually clustered: every feature transformed with its fitted parameters. A category
 * level unseen at fit time gets all-zero columns (equally far from every fitted level).
 */
export function buildMatrix(features: readonly FittedFeature[], raws: readonly RawColumn[], rows: number): Matrix {
  const cols = columnCount(features);
  const data = new Float64Array(rows * cols);
  let offset = 0;
  features.forEach((f, idx) => {
    const raw = raws[idx];
    if (raw.type === 'numeric') {
      for (let i = 0; i < rows; i++) data[i * cols + offset] = transformValue(f, raw.values[i]);
    } else {
      const value = Math.sqrt(f.weight / 2);
      const position = raw.levels.map((name) => f.levels.indexOf(name));
      for (let i = 0; i < rows; i++) {
        const code = raw.codes[i];
        const p = code >= 0 ? position[code] : -1;
        if (p >= 0) data[i * cols + offset + p] = value;
      }
    }
    offset += f.columns.length;
  });
  return { data, rows, cols };
}

/** The column names of the matrix, in order. */
export function matrixColumns(features: readonly FittedFeature[]): string[] {
  return features.flatMap((f) => f.columns);
}
