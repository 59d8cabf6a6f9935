import { quantileSorted } from '../stats/descriptive';

/**
 * Turnover bands (BRIEF: "the documents never define turnover bands: make them configurable"). Bands
 * are defined on yearly turnover in integer Rupiah with inclusive upper bounds; the monthly view shows
 * the same bands with bounds divided by 12.
 */
export type BandConfig =
  | { mode: 'fixed'; /** Ascending inclusive upper bounds, Rupiah per year; the last band is open. */ upper: number[] }
  | { mode: 'quantile'; /** Number of bands of (about) equal size, 2-10. */ count: number };

/** Defaults that make sense for micro-enterprises: ≤ 15 jt, 15-50 jt, 50-300 jt, 300 jt-2 M, > 2 M per year. */
export const DEFAULT_BAND_CONFIG: BandConfig = { mode: 'fixed', upper: [15_000_000, 50_000_000, 300_000_000, 2_000_000_000] };

export const UNKNOWN_BAND = 'unknown';
export const UNKNOWN_BAND_LABEL = 'Omzet tidak diketahui';

export interface TurnoverBand {
  /** `b1`, `b2`, … smallest first. */
  code: string;
  /** Exclusive lower bound (Rupiah per year); null for the first band. */
  lower: number | null;
  /** Inclusive upper bound (Rupiah per year); null for the last band. */
  upper: number | null;
  label_tahun: string;
  label_bulan: string;
}

const ID_DECIMAL = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 });

/** A short Indonesian money label: `Rp 15 jt`, `Rp 1,25 jt`, `Rp 2 M`, `Rp 500 rb`. */
export function formatRupiahShort(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e9) return `Rp ${ID_DECIMAL.format(value / 1e9)} M`;
  if (abs >= 1e6) return `Rp ${ID_DECIMAL.format(value / 1e6)} jt`;
  if (abs >= 1e3) return `Rp ${ID_DECIMAL.format(value / 1e3)} rb`;
  return `Rp ${ID_DECIMAL.format(value)}`;
}

function labelOf(lower: number | null, upper: number | null, divisor: number, unit: string): string {
  const f = (v: number) => formatRupiahShort(Math.round(v / divisor));
  if (lower === null && upper === null) return `Semua ${unit}`;
  if (lower === null) return `≤ ${f(upper as number)} ${unit}`;
  if (upper === null) return `> ${f(lower)} ${unit}`;
  return `> ${f(lower)} – ${f(upper)} ${unit}`;
}

/** Builds the bands from ascending inclusive upper bounds (duplicates and non-positive bounds dropped). */
export function buildBands(upper: readonly number[]): TurnoverBand[] {
  const bounds = [...new Set(upper.filter((u) => Number.isFinite(u) && u >= 0).map((u) => Math.round(u)))].sort((a, b) => a - b);
  const edges: Array<number | null> = [null, ...bounds, null];
  const bands: TurnoverBand[] = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const lower = edges[i] ?? null;
    const up = edges[i + 1] ?? null;
    bands.push({ code: `b${i + 1}`, lower, upper: up, label_tahun: labelOf(lower, up, 1, 'per tahun'), label_bulan: labelOf(lower, up, 12, 'per bulan') });
  }
  return bands;
}

/**
 * Upper bounds for `count` quantile bands of the given yearly turnovers (type-7 quantiles, rounded to
 * whole Rupiah). Ties can merge bands, so fewer than `count` bands may result.
 */
export function quantileBandBounds(values: readonly number[], count: number): number[] {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const cuts: number[] = [];
  for (let k = 1; k < count; k++) cuts.push(Math.round(quantileSorted(sorted, k / count)));
  return cuts;
}

/** The bands a config yields; quantile bands need the round's yearly turnovers. */
export function resolveBands(config: BandConfig, yearlyValues: readonly number[]): TurnoverBand[] {
  return buildBands(config.mode === 'fixed' ? config.upper : quantileBandBounds(yearlyValues, config.count));
}

/** The band code of a yearly turnover (Rupiah); `unknown` when missing. Bands must come from buildBands. */
export function assignBand(yearly: number | null, bands: readonly TurnoverBand[]): string {
  if (yearly === null || !Number.isFinite(yearly)) return UNKNOWN_BAND;
  for (const b of bands) if (b.upper === null || yearly <= b.upper) return b.code;
  return UNKNOWN_BAND;
}
