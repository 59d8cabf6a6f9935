import { formatCount, formatRupiah } from '../../components/format';

/**
 * Numbers of the analysis screens, always Indonesian style whatever the UI language (they are read
 * against Indonesian reports): `Rp 1.234.567`, `1,23`, `12,3%`. Missing values are a dash, never 0.
 */
const DECIMAL_2 = new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const PERCENT_1 = new Intl.NumberFormat('id-ID', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** `1,23` (always two decimals: location quotients, ratios). */
export function formatDecimal(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return DECIMAL_2.format(value);
}

/** `12,3%` for a share in 0..1. */
export function formatShare(share: number | null | undefined): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return '—';
  return PERCENT_1.format(share);
}

/** Persons: whole numbers as they are (`2`), anything else with two decimals (`1,90`). */
function formatPersons(value: number): string {
  return Number.isInteger(value) ? formatCount(value) : DECIMAL_2.format(value);
}

/** A statistic of a measure: whole Rupiah for money, persons as `2` or `1,90`. */
export function formatMeasure(value: number | null | undefined, unit: 'rupiah' | 'orang'): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return unit === 'rupiah' ? formatRupiah(Math.round(value)) : formatPersons(value);
}

/** Like formatMeasure without the `Rp` prefix, for table columns whose header names the unit. */
export function formatMeasurePlain(value: number | null | undefined, unit: 'rupiah' | 'orang'): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return unit === 'rupiah' ? formatCount(Math.round(value)) : formatPersons(value);
}

/** A count with thousands dots (`12.580`). */
export { formatCount, formatRupiah };
