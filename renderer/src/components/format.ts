/**
 * Number and date formatting for the UI. Money, counts, decimals and shares are always shown
 * Indonesian style (`Rp 1.234.567`, `1,23`, `12,3%`), whatever the UI language, because they are read
 * against Indonesian reports. Missing values (null)
 * are shown as a dash, never as 0.
 */
const integerFormat = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 });
const decimal2Format = new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const percent1Format = new Intl.NumberFormat('id-ID', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** `Rp 1.234.567` for an integer Rupiah amount; a dash when missing. */
export function formatRupiah(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return `Rp ${integerFormat.format(value)}`;
}

/** A count with Indonesian thousands separators (`12.580`); a dash when missing. */
export function formatCount(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return integerFormat.format(value);
}

/** `1,23` (always two decimals, Indonesian style: location quotients, ratios); a dash when missing. */
export function formatDecimal(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return decimal2Format.format(value);
}

/** `12,3%` for a share in 0..1 (Indonesian style); a dash when missing. */
export function formatShare(share: number | null | undefined): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return '—';
  return percent1Format.format(share);
}

/** Persons: whole numbers as they are (`2`), anything else with two decimals (`1,90`). */
function formatPersons(value: number): string {
  return Number.isInteger(value) ? formatCount(value) : decimal2Format.format(value);
}

/** A statistic of a measure: whole Rupiah for money, persons as `2` or `1,90`; a dash when missing. */
export function formatMeasure(value: number | null | undefined, unit: 'rupiah' | 'orang'): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return unit === 'rupiah' ? formatRupiah(Math.round(value)) : formatPersons(value);
}

/** Like formatMeasure without the `Rp` prefix, for table columns whose header names the unit. */
export function formatMeasurePlain(value: number | null | undefined, unit: 'rupiah' | 'orang'): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return unit === 'rupiah' ? formatCount(Math.round(value)) : formatPersons(value);
}

/** A date-time stamp (ISO text from the services) in the UI language; the raw text if unparsable. */
export function formatDateTime(iso: string, lang: 'id' | 'en'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
