/**
 * CSV writing that is safe to open in a spreadsheet. A text cell that begins with `=`, `+`, `-`, `@`,
 * a tab or a carriage return would be run as a formula by Excel or LibreOffice (CSV/formula
 * injection), so such cells get a leading apostrophe. Numbers are written as numbers.
 */
const DANGEROUS_START = /^[=+\-@\t\r]/;

/** Neutralises a text cell that a spreadsheet would read as a formula. */
export function neutraliseCell(text: string): string {
  return DANGEROUS_START.test(text) ? `'${text}` : text;
}

/** One CSV field: numbers as they are, text neutralised and quoted when needed, null as empty. */
export function toCsvField(value: string | number | boolean | null | undefined, delimiter = ','): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'ya' : 'tidak';
  const safe = neutraliseCell(value);
  return safe.includes(delimiter) || /["\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** CSV text of rows, CRLF line ends (what spreadsheets expect). */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number | boolean | null | undefined>>, delimiter = ','): string {
  return rows.map((r) => r.map((v) => toCsvField(v, delimiter)).join(delimiter)).join('\r\n') + '\r\n';
}
