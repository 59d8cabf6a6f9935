import type { Db } from '../db/open';
import { AppError } from '../../shared/api/result';
import type { TurnoverPeriod } from '../../shared/domain/business';
import type { ColumnMapping } from '../../shared/domain/fields';
import { FIELD_LABELS } from '../../shared/domain/fields';
import type { Region } from '../../shared/domain/regions';
import { cellText, type RawCell } from '../../shared/parse/cell';
import { detectHeaderRow, mergeSubHeader, HEADER_SEARCH_ROWS } from '../../shared/parse/detect-header';
import { suggestMapping } from '../../shared/parse/header-synonyms';
import { detectRegionScope, RegionMatcher } from '../../shared/parse/match-region';
import { findSavedMapping } from './saved-mappings';

/** Everything decided about a table before its rows are read. */
export interface ImportPlan {
  /** 0-based index of the header row. */
  headerRow: number;
  /** 0-based index of the first data row (after a two-row header). */
  dataStart: number;
  /** Header texts, made unique and non-empty (`Kolom 7`), as keys of the original row. */
  headers: string[];
  /** The header row's cells as written (before merging a sub-header and making them unique). */
  rawHeaders: string[];
  mapping: ColumnMapping;
  mappingSource: 'option' | 'remembered' | 'synonyms';
  periodSource: 'header' | 'option' | 'default' | null;
  /** Running-number columns, ignored when comparing rows for exact repeats. */
  rowNumberColumns: number[];
  /** Notes for the user about decisions taken for the whole file. */
  notes: string[];
}

export interface PlanOptions {
  headerRow?: number;
  mapping?: ColumnMapping;
  turnoverPeriod?: TurnoverPeriod;
  /**
   * For the wizard's preview: instead of refusing a table whose header or columns are not recognised,
   * take row 1 as the header with an empty mapping and say so in a note, so the user can choose.
   */
  lenient?: boolean;
}

/** Header texts as keys: blanks become `Kolom N`, repeats get ` (2)`, ` (3)`. */
export function uniqueHeaders(cells: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return cells.map((raw, i) => {
    const base = raw.trim().replace(/\s+/g, ' ') || `Kolom ${i + 1}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base} (${n})`;
  });
}

/**
 * Finds the header (or takes the user's), builds the mapping (the user's, a remembered one, or by
 * synonyms) and refuses a table with no usable column, before anything is written.
 */
export function planImport(db: Db, head: readonly RawCell[][], fileName: string, options: PlanOptions): ImportPlan {
  let headerRow = options.headerRow ?? null;
  if (headerRow === null) headerRow = detectHeaderRow(head).headerRow;
  // Headers no synonym knows may still be a header row a user mapped before.
  if (headerRow === null) headerRow = findRememberedHeaderRow(db, head);
  const notes: string[] = [];
  if (headerRow === null) {
    if (options.mapping) headerRow = 0;
    else if (options.lenient) {
      headerRow = 0;
      notes.push(`Baris judul kolom tidak dikenali dalam ${HEADER_SEARCH_ROWS} baris pertama. Pilih baris header dan petakan kolomnya.`);
    } else {
      throw new AppError(
        'BAD_FILE',
        `Berkas "${fileName}" tidak tampak seperti tabel survei: dalam ${HEADER_SEARCH_ROWS} baris pertama tidak ada baris judul kolom yang dikenali (mis. Nama Pelaku Usaha, NIK, Kecamatan). Pilih baris header dan pemetaan kolom secara manual. Proyek tidak diubah.`,
      );
    }
  }
  if (headerRow >= head.length) {
    throw new AppError('BAD_FILE', `Baris header ${headerRow + 1} tidak ada: berkas "${fileName}" hanya berisi ${head.length} baris. Proyek tidak diubah.`);
  }
  const width = head.reduce((w, r) => Math.max(w, r.length), 0);
  const headerCells = Array.from({ length: width }, (_, i) => cellText(head[headerRow][i]));
  const merged = mergeSubHeader(headerCells, head[headerRow + 1]);
  const headers = uniqueHeaders(merged ?? headerCells);
  const suggested = suggestMapping(headers, options.turnoverPeriod);

  let mapping: ColumnMapping;
  let mappingSource: ImportPlan['mappingSource'];
  let periodSource = suggested.periodSource;
  if (options.mapping) {
    for (const [field, col] of Object.entries(options.mapping)) {
      if (col !== undefined && col >= headers.length) {
        throw new AppError('VALIDATION', `Pemetaan kolom tidak sah: ${FIELD_LABELS[field as keyof typeof FIELD_LABELS] ?? field} ke kolom ${col + 1}, padahal tabel hanya ${headers.length} kolom.`);
      }
    }
    mapping = { ...options.mapping };
    mappingSource = 'option';
    periodSource = mapping.omzet_tahunan !== undefined || mapping.omzet_bulanan !== undefined ? 'option' : null;
  } else {
    const remembered = findSavedMapping(db, headers);
    mapping = remembered ?? suggested.mapping;
    mappingSource = remembered ? 'remembered' : 'synonyms';
    if (remembered) periodSource = 'option';
  }
  if (Object.values(mapping).every((c) => c === undefined)) {
    if (options.lenient) notes.push('Belum ada kolom yang dipetakan: pilih kolom untuk setiap data survei.');
    else throw new AppError(
      'BAD_FILE',
      `Berkas "${fileName}" tidak memiliki kolom yang dapat dipakai: tidak satu pun judul kolom dikenali sebagai data survei. Periksa baris header atau atur pemetaan kolom. Proyek tidak diubah.`,
    );
  }
  if (periodSource === 'default') {
    const col = mapping.omzet_tahunan ?? mapping.omzet_bulanan;
    notes.push(`Judul kolom "${col === undefined ? '' : headers[col]}" tidak menyebut periode omzet; dianggap omzet per tahun (sesuai formulir). Pilih periode bila keliru.`);
  }
  const mapped = new Set(Object.values(mapping));
  const rowNumberColumns = suggested.rowNumberColumns.filter((c) => !mapped.has(c));
  return { headerRow, dataStart: headerRow + (merged ? 2 : 1), headers, rawHeaders: headerCells, mapping, mappingSource, periodSource, rowNumberColumns, notes };
}

/** The first of the top rows whose headers have a remembered mapping, if any. */
function findRememberedHeaderRow(db: Db, head: readonly RawCell[][]): number | null {
  const limit = Math.min(head.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const cells = head[r].map((c) => cellText(c));
    if (cells.every((c) => c.trim() === '')) continue;
    if (findSavedMapping(db, uniqueHeaders(cells))) return r;
  }
  return null;
}

/** The project's regions (built-in Kota Pasuruan, plus any list the user imported). */
export function loadRegions(db: Db): Region[] {
  return db.prepare('SELECT code, name, level, parent_code FROM regions ORDER BY code').all() as Region[];
}

/**
 * The region matcher for a file: names are matched within one kab/kota — the only one the project knows,
 * or the one the file's first place names fit best (a national list repeats kelurahan names hundreds of times).
 */
export function buildRegionMatcher(regions: readonly Region[], plan: ImportPlan, sample: readonly RawCell[][]): RegionMatcher {
  const kabupaten = new Set(regions.filter((r) => r.level === 3).map((r) => r.code.slice(0, 5)));
  if (kabupaten.size <= 1) return new RegionMatcher(regions, kabupaten.size === 1 ? [...kabupaten][0] : null);
  const texts = (col: number | undefined) => (col === undefined ? [] : sample.map((r) => cellText(r[col] ?? null)).filter((t) => t.trim() !== ''));
  const scope = detectRegionScope(regions, texts(plan.mapping.kecamatan), texts(plan.mapping.kelurahan));
  return new RegionMatcher(regions, scope);
}
