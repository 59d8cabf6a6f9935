import type { RawCell } from '../../shared/parse/cell';
import { detectDelimiter, readCsvHead, streamCsvRows } from './read-csv';
import { chooseSheet, loadWorkbook, readSheetRows } from './read-xlsx';
import { sniffSource } from './sniff';

/** Rows read before the import starts: enough for the header search and to detect the region area. */
export const HEAD_ROWS = 500;

/** A table to import, from CSV or one sheet of a workbook, read the same way afterwards. */
export interface TableSource {
  format: 'csv' | 'xlsx';
  /** `utf-8`, `utf-8-bom`, `windows-1252`, `utf-16le` for CSV; `xlsx` for workbooks. */
  encoding: string;
  delimiter: string | null;
  sheets: string[];
  sheet: string | null;
  /** The first HEAD_ROWS rows (fewer when the file is shorter). */
  head: RawCell[][];
  /** The number of rows, exact for a workbook, estimated from the first rows' length for CSV. */
  estimatedRows: number;
  /** Every row from the first, in order, in chunks; `fraction` (0..1) is how far the reading has got. */
  forEachChunk(onChunk: (rows: RawCell[][], fraction: number) => void): void;
}

/**
 * Opens a CSV or XLSX file for import. With `previewBytes` a CSV is decoded only from its start (the
 * wizard's preview of a large file); `forEachChunk` then covers only that start.
 */
export async function openTable(bytes: Uint8Array, fileName: string, sheetName: string | undefined, previewBytes?: number): Promise<TableSource> {
  const sniffed = sniffSource(bytes, fileName, previewBytes);
  if (sniffed.kind === 'xlsx') {
    const workbook = await loadWorkbook(bytes, fileName);
    const sheet = chooseSheet(workbook, sheetName);
    const rows = readSheetRows(sheet);
    return {
      format: 'xlsx',
      encoding: 'xlsx',
      delimiter: null,
      sheets: workbook.worksheets.map((w) => w.name),
      sheet: sheet.name,
      head: rows.slice(0, HEAD_ROWS),
      estimatedRows: rows.length,
      forEachChunk(onChunk) {
        const size = 2000;
        for (let i = 0; i < rows.length; i += size) onChunk(rows.slice(i, i + size), Math.min(1, (i + size) / rows.length));
      },
    };
  }
  const { text, encoding } = sniffed;
  const delimiter = detectDelimiter(text);
  const head = readCsvHead(text, delimiter, HEAD_ROWS);
  const headChars = head.reduce((n, r) => n + r.reduce<number>((m, c) => m + String(c ?? '').length + 1, 1), 0);
  return {
    format: 'csv',
    encoding,
    delimiter,
    sheets: [],
    sheet: null,
    head,
    // Characters of the first rows against the file's bytes: close enough for CSV, which is mostly ASCII.
    estimatedRows: head.length < HEAD_ROWS && text.length === bytes.length ? head.length : Math.round((bytes.length / Math.max(headChars, 1)) * head.length),
    forEachChunk(onChunk) {
      streamCsvRows(text, delimiter, (rows, cursor) => onChunk(rows, text.length === 0 ? 1 : cursor / text.length));
    },
  };
}
