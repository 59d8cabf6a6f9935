/**
 * Number and date formatting for the UI. Money is always shown Indonesian style (`Rp 1.234.567`),
 * whatever the UI language, because it is read against Indonesian reports. Missing values (null)
 * are shown as a dash, never as 0.
 */
const integerFormat = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 });

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

/** A date-time stamp (ISO text from the services) in the UI language; the raw text if unparsable. */
export function formatDateTime(iso: string, lang: 'id' | 'en'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
