import ExcelJS from 'exceljs';
import { AppError } from '../../shared/api/result';
import type { RawCell } from '../../shared/parse/cell';

/** Loads a workbook; a zip that is not a workbook (e.g. .docx) is refused as a bad file. */
export async function loadWorkbook(bytes: Uint8Array, fileName: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new AppError('BAD_FILE', `Berkas "${fileName}" tidak dapat dibaca sebagai lembar kerja Excel (.xlsx). Proyek tidak diubah.`);
  }
  if (workbook.worksheets.length === 0) {
    throw new AppError('BAD_FILE', `Berkas "${fileName}" tidak berisi lembar kerja. Proyek tidak diubah.`);
  }
  return workbook;
}

/** The sheet to import: the named one (an error listing the sheets when absent), else the first. */
export function chooseSheet(workbook: ExcelJS.Workbook, name: string | undefined): ExcelJS.Worksheet {
  if (name === undefined || name === '') return workbook.worksheets[0];
  const sheet = workbook.worksheets.find((w) => w.name === name) ?? workbook.worksheets.find((w) => w.name.trim().toLowerCase() === name.trim().toLowerCase());
  if (!sheet) {
    const names = workbook.worksheets.map((w) => `"${w.name}"`).join(', ');
    throw new AppError('BAD_FILE', `Lembar "${name}" tidak ada di berkas ini. Lembar yang ada: ${names}.`);
  }
  return sheet;
}

/**
 * The rows of a sheet from row 1 (all, or the first `count`), empty rows included (so row numbers stay
 * those Excel shows), each as wide as the sheet's widest row with a value.
 */
export function readSheetRows(sheet: ExcelJS.Worksheet, count = sheet.rowCount): RawCell[][] {
  const rows: RawCell[][] = [];
  const width = sheet.columnCount;
  for (let r = 1; r <= count; r++) {
    const row = sheet.getRow(r);
    const cells: RawCell[] = new Array<RawCell>(width).fill(null);
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      if (col <= width) cells[col - 1] = toRawCell(cell.value);
    });
    rows.push(cells);
  }
  return rows;
}

/**
 * A cell value as the importer reads it: formulas give their cached result, rich text its plain text, a
 * date `YYYY-MM-DD`; numbers stay numbers (a NIK typed as a number is recognised later by its column).
 */
export function toRawCell(value: ExcelJS.CellValue): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((t) => t.text).join('');
    if ('formula' in value || 'sharedFormula' in value) return toRawCell((value as { result?: ExcelJS.CellValue }).result ?? null);
    if ('error' in value) return String(value.error);
    if ('text' in value) return typeof value.text === 'string' ? value.text : toRawCell(value.text as ExcelJS.CellValue);
  }
  return null;
}
