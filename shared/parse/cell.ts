/**
 * A cell as read from a sheet: text from CSV, and text or a number from XLSX (numbers keep their value so
 * that `1500000.5` is not re-read with Indonesian separators). Empty cells are `null` or `''`.
 */
export type RawCell = string | number | null;

/** The cell as text, exactly as a person would see it in the original row (numbers in plain notation). */
export function cellText(cell: RawCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return numberText(cell);
  return cell;
}

/** True when the cell holds nothing but whitespace. */
export function isBlankCell(cell: RawCell | undefined): boolean {
  if (cell === null || cell === undefined) return true;
  if (typeof cell === 'number') return false;
  return cell.trim() === '';
}

/** A number in plain decimal notation (no exponent for integers up to 10^21, as JavaScript prints them). */
function numberText(n: number): string {
  return Number.isFinite(n) ? String(n) : '';
}
