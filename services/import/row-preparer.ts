import { cellText, type RawCell } from '../../shared/parse/cell';
import type { ConvertedRow } from '../../shared/parse/convert-row';
import { countFilledCells, isBlankRow, isColumnNumberRow, isTotalsRow } from '../../shared/parse/detect-header';
import { hashTexts } from '../../shared/parse/hash-text';
import type { SkipReason } from '../../shared/parse/issue-codes';
import { encodeOriginalRow, extraColumnKey } from './original-row';
import type { ImportPlan } from './plan';

/** Parameters per business row, in the order of INSERT_COLUMNS (round_id and import_id come first, apart). */
export const ROW_COLUMNS = [
  'source_row', 'nama_pelaku', 'nama_usaha', 'nik', 'no_kk', 'telepon', 'alamat', 'rt', 'rw', 'kecamatan_code',
  'kelurahan_code', 'bidang_usaha', 'jenis_usaha', 'nib', 'omzet_nilai', 'omzet_periode', 'aset', 'modal', 'pemasaran',
  'tenaga_kerja', 'tenaga_kerja_l', 'tenaga_kerja_p', 'kemitraan', 'tahun_mulai', 'status', 'alasan_hilang', 'sumber',
  'duplicate_state', 'original_json', 'extra_json',
] as const;
export const PARAMS_PER_ROW = ROW_COLUMNS.length;
export const P_SOURCE_ROW = 0;
export const P_NIK = 3;
export const P_DUPLICATE_STATE = 27;
export const P_ORIGINAL = 28;

export type Param = string | number | null;

/**
 * Rows ready to store, as flat arrays of primitives (cheap to pass between threads): `count` rows of
 * PARAMS_PER_ROW parameters, each row's repeat hash, and the issues found (row index within the batch).
 */
export interface PreparedBatch {
  skipped: Partial<Record<SkipReason, number>>;
  count: number;
  params: Param[];
  hashes: number[];
  issueRow: number[];
  issueCode: string[];
  issueColumn: Array<string | null>;
  issueSeverity: string[];
  issueMessage: string[];
}

/** Numbers in unmapped columns are stored as numbers (`12`, `3.5`), but not codes with a leading zero. */
const PLAIN_NUMBER = /^-?(?:0|[1-9]\d{0,14})(?:\.\d+)?$/;

/**
 * Turns sheet rows (in order) into storable rows, without touching the database: skips title, blank,
 * column-number, totals and footnote rows (counted by reason), converts the rest with the mapping, and
 * builds each row's original JSON and extra JSON (unmapped non-empty cells, `{header: value}`). The
 * original is the array of every cell's text in column order (see original-row.ts): the headers are
 * stored once per import, not repeated in every row.
 */
export class RowPreparer {
  private index = 0;
  private pendingBlank = 0;
  private afterTotals = false;
  private readonly mapped: boolean[];
  private readonly skipForRepeat: boolean[];
  /** Header texts as written (trimmed), to spot the header repeated inside the table (sheets pasted together). */
  private readonly headerTexts: string[];

  constructor(
    private readonly plan: ImportPlan,
    private readonly convert: (row: readonly RawCell[], rowNumber: number) => ConvertedRow,
  ) {
    const mappedCols = new Set(Object.values(plan.mapping));
    this.mapped = plan.headers.map((_, c) => mappedCols.has(c));
    this.skipForRepeat = plan.headers.map((_, c) => plan.rowNumberColumns.includes(c));
    this.headerTexts = plan.rawHeaders.map((h) => h.trim());
  }

  /** The 1-based sheet row reached. */
  get currentRow(): number {
    return this.index;
  }

  /** Prepares the next rows of the sheet. */
  prepare(rows: readonly RawCell[][]): PreparedBatch {
    const batch: PreparedBatch = { skipped: {}, count: 0, params: [], hashes: [], issueRow: [], issueCode: [], issueColumn: [], issueSeverity: [], issueMessage: [] };
    const skip = (reason: SkipReason, n = 1) => {
      batch.skipped[reason] = (batch.skipped[reason] ?? 0) + n;
    };
    for (const row of rows) {
      const i = this.index++;
      if (i < this.plan.headerRow) {
        skip(isBlankRow(row) ? 'baris_kosong' : 'baris_judul');
        continue;
      }
      if (i < this.plan.dataStart) continue;
      if (isBlankRow(row)) {
        // Counted only when a filled row follows: blank lines at the end of a file are not rows.
        this.pendingBlank++;
        continue;
      }
      if (this.pendingBlank > 0) skip('baris_kosong', this.pendingBlank);
      this.pendingBlank = 0;
      if (i === this.plan.dataStart && isColumnNumberRow(row)) skip('baris_nomor_kolom');
      else if (isTotalsRow(row)) {
        this.afterTotals = true;
        skip('baris_jumlah');
      } else if (this.afterTotals && countFilledCells(row) < 3) skip('baris_catatan');
      else if (this.repeatsHeader(row)) skip('baris_judul');
      else this.addRow(batch, row, i + 1);
    }
    return batch;
  }

  /** True when the row is the header again: its filled cells (at least two) all equal the header's. */
  private repeatsHeader(row: readonly RawCell[]): boolean {
    let equal = 0;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (cell === null || cell === '' || (typeof cell === 'string' && cell.trim() === '')) continue;
      if (typeof cell !== 'string' || cell.trim() !== this.headerTexts[c]) return false;
      equal++;
    }
    return equal >= 2;
  }

  private addRow(batch: PreparedBatch, row: readonly RawCell[], rowNumber: number): void {
    const { values: v, issues } = this.convert(row, rowNumber);
    const texts = cellTexts(row, this.plan.headers.length);
    const original = encodeOriginalRow(texts);
    const extra = this.extraOf(row, texts);
    batch.params.push(
      rowNumber, v.nama_pelaku, v.nama_usaha, v.nik, v.no_kk, v.telepon, v.alamat, v.rt, v.rw, v.kecamatan_code,
      v.kelurahan_code, v.bidang_usaha, v.jenis_usaha, v.nib, v.omzet_nilai, v.omzet_periode, v.aset, v.modal, v.pemasaran,
      v.tenaga_kerja, v.tenaga_kerja_l, v.tenaga_kerja_p, v.kemitraan, v.tahun_mulai, v.status, v.alasan_hilang, v.sumber,
      null, original, extra,
    );
    batch.hashes.push(hashTexts(texts, this.skipForRepeat));
    for (const issue of issues) {
      batch.issueRow.push(batch.count);
      batch.issueCode.push(issue.code);
      batch.issueColumn.push(issue.column);
      batch.issueSeverity.push(issue.severity);
      batch.issueMessage.push(issue.message);
    }
    batch.count++;
  }

  /** The unmapped non-empty cells as `{header: value}`, numbers as numbers; null when there are none. */
  private extraOf(row: readonly RawCell[], texts: readonly string[]): string | null {
    let extra: Record<string, string | number> | null = null;
    for (let c = 0; c < texts.length; c++) {
      if (this.mapped[c]) continue;
      const text = texts[c];
      const trimmed = text.trim();
      if (trimmed === '') continue;
      extra ??= {};
      const cell = row[c] ?? null;
      extra[this.plan.headers[c] ?? extraColumnKey(c)] = typeof cell === 'number' ? cell : PLAIN_NUMBER.test(trimmed) ? Number(trimmed) : text;
    }
    return extra ? JSON.stringify(extra) : null;
  }
}

/** Every cell's text, at least `width` of them. */
export function cellTexts(row: readonly RawCell[], width: number): string[] {
  const n = Math.max(row.length, width);
  const out = new Array<string>(n);
  for (let c = 0; c < n; c++) out[c] = cellText(row[c]);
  return out;
}

/** What two rows must share to be exact repeats: every cell, trimmed, except running-number columns. */
export function repeatKey(texts: readonly string[], skip: readonly boolean[]): string {
  let end = texts.length;
  while (end > 0 && (skip[end - 1] || texts[end - 1].trim() === '')) end--;
  let key = '';
  for (let c = 0; c < end; c++) {
    if (skip[c]) continue;
    key += `${texts[c].trim()}\u001f`;
  }
  return key;
}
