import { cellText, isBlankCell, type RawCell } from './cell';
import { matchHeader } from './header-synonyms';
import { foldWords } from './normalise-text';

/** How many rows from the top are searched for the header (title blocks are rarely longer). */
export const HEADER_SEARCH_ROWS = 30;

/** Where the header row is, and how sure (distinct fields it names). */
export interface HeaderDetection {
  /** 0-based index of the header row, or null when no row looks like a header. */
  headerRow: number | null;
  /** Distinct fields the chosen row's cells name. */
  score: number;
}

/** Distinct fields named by the cells of a row (a header names many, a title row or data row few). */
export function scoreHeaderRow(row: readonly RawCell[]): number {
  const fields = new Set<string>();
  for (const cell of row) {
    if (typeof cell !== 'string' || cell.length > 80) continue;
    const m = matchHeader(cell);
    if (m && m.field !== 'ignore' && m.field !== 'row_number') fields.add(m.field === 'omzet' ? `omzet_${m.period}` : m.field);
  }
  return fields.size;
}

/**
 * Finds the header row among the first rows: the row naming the most of our fields (at least two), the
 * earliest on a tie. Rows above it are title rows (`DATA UMKM KOTA PASURUAN 2022`).
 */
export function detectHeaderRow(rows: readonly (readonly RawCell[])[]): HeaderDetection {
  let best: HeaderDetection = { headerRow: null, score: 0 };
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < limit; i++) {
    const score = scoreHeaderRow(rows[i]);
    if (score > best.score) best = { headerRow: i, score };
  }
  return best.score >= 2 ? best : { headerRow: null, score: best.score };
}

const SUB_HEADER = /^(l|p|lk|pr|laki laki|laki|perempuan|pria|wanita|jumlah|jml|total|bulan|tahun|per bulan|per tahun|rp)$/;

/**
 * Two-row headers: `TENAGA KERJA` merged over `L` | `P`. When the row under the header holds only such
 * sub-labels, each sub-label is joined to the header above it (or to the nearest header on its left, where
 * the merged cell started). Returns the merged headers, or null when the next row is not a sub-header.
 */
export function mergeSubHeader(header: readonly RawCell[], next: readonly RawCell[] | undefined): string[] | null {
  if (!next) return null;
  const filled = next.map((c, i) => ({ i, text: foldWords(cellText(c)) })).filter((c) => c.text !== '');
  if (filled.length === 0 || !filled.every((c) => SUB_HEADER.test(c.text))) return null;
  const width = Math.max(header.length, next.length);
  const out: string[] = [];
  let lastHeader = '';
  for (let i = 0; i < width; i++) {
    const h = cellText(header[i]).trim();
    if (h !== '') lastHeader = h;
    const sub = cellText(next[i]).trim();
    out.push(sub === '' ? h : `${h === '' ? lastHeader : h} ${sub}`);
  }
  return out;
}

/** True when every cell of the row is empty or whitespace. */
export function isBlankRow(row: readonly RawCell[]): boolean {
  for (const c of row) if (!isBlankCell(c)) return false;
  return true;
}

const TOTAL_WORDS = /^(jumlah|jml|total|grand total|jumlah total|sub total|subtotal|total keseluruhan|jumlah seluruhnya|jumlah keseluruhan|jumlah akhir)$/;

/** A totals row (`JUMLAH`, `TOTAL`) in one of its first three filled cells: a sum, not a business. */
export function isTotalsRow(row: readonly RawCell[]): boolean {
  let seen = 0;
  for (const c of row) {
    if (isBlankCell(c)) continue;
    // Cheap pre-check (runs on every row): only short cells starting like `jumlah`/`total`/`sub`/`grand`.
    if (typeof c === 'string' && c.length < 40 && /^\s*[jtsgJTSG]/.test(c) && TOTAL_WORDS.test(foldWords(c))) return true;
    if (++seen >= 3) break;
  }
  return false;
}

/** The `(1) (2) (3) …` row of column numbers that government templates put under the header. */
export function isColumnNumberRow(row: readonly RawCell[]): boolean {
  let expected = 0;
  let filled = 0;
  for (const c of row) {
    if (isBlankCell(c)) continue;
    const m = /^\(?(\d{1,3})\)?$/.exec(cellText(c).trim());
    if (!m) return false;
    const n = Number(m[1]);
    if (filled > 0 && n <= expected) return false;
    expected = n;
    filled++;
  }
  return filled >= 3;
}

/** Counts the filled cells of a row (a footnote under a table fills one or two). */
export function countFilledCells(row: readonly RawCell[]): number {
  let n = 0;
  for (const c of row) if (!isBlankCell(c)) n++;
  return n;
}
