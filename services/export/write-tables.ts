import ExcelJS from 'exceljs';
import { renameSync, statSync, writeFileSync } from 'node:fs';
import type { CellKind, SheetModel } from './sheet-model';
import { toCsv } from './csv-safe';

/** Excel number formats; Indonesian Excel shows `#,##0` with dots as thousands separators. */
export const NUMBER_FORMATS: Record<CellKind, string | undefined> = {
  text: undefined,
  int: '#,##0',
  rupiah: '"Rp "#,##0',
  percent: '0.0%',
  decimal: '0.00',
};

/** Writes to a temporary file first, so a failed export never leaves a half-written file at `path`. */
export async function writeAtomically(path: string, write: (tmp: string) => Promise<void> | void): Promise<number> {
  const tmp = `${path}.${process.pid}.tmp`;
  await write(tmp);
  renameSync(tmp, path);
  return statSync(path).size;
}

function addSheet(workbook: ExcelJS.Workbook, model: SheetModel, footer: string[]): void {
  const ws = workbook.addWorksheet(model.name.slice(0, 31));
  for (const t of model.title) ws.addRow([t]).font = { bold: true };
  ws.addRow([]);
  const grouped = model.columns.some((c) => c.group);
  const headerTop = ws.addRow(model.columns.map((c) => c.group ?? c.header));
  const headerRows = [headerTop];
  if (grouped) {
    const sub = ws.addRow(model.columns.map((c) => (c.group ? c.header : null)));
    headerRows.push(sub);
    const top = headerTop.number;
    model.columns.forEach((c, i) => {
      if (!c.group) ws.mergeCells(top, i + 1, top + 1, i + 1);
      else if (i === 0 || model.columns[i - 1]?.group !== c.group) {
        let end = i;
        while (model.columns[end + 1]?.group === c.group) end++;
        if (end > i) ws.mergeCells(top, i + 1, top, end + 1);
      }
    });
  }
  for (const r of headerRows) {
    r.font = { bold: true };
    r.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  }
  const style = (row: ExcelJS.Row) =>
    model.columns.forEach((c, i) => {
      const fmt = NUMBER_FORMATS[c.kind];
      if (fmt) row.getCell(i + 1).numFmt = fmt;
    });
  for (const values of model.rows) style(ws.addRow(values));
  if (model.total) {
    const total = ws.addRow(model.total);
    style(total);
    total.font = { bold: true };
  }
  ws.addRow([]);
  for (const n of [...model.notes, ...footer]) ws.addRow([n]).font = { italic: true };
  model.columns.forEach((c, i) => {
    ws.getColumn(i + 1).width = c.width ?? (c.kind === 'rupiah' ? 20 : 14);
  });
}

/** Writes the tables as an XLSX workbook, one sheet each, each ending with the footer lines. */
export async function writeTablesXlsx(path: string, sheets: SheetModel[], footer: string[]): Promise<number> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Peta Potensi';
  workbook.created = new Date();
  const used = new Set<string>();
  for (const s of sheets) {
    let name = s.name.slice(0, 31);
    for (let k = 2; used.has(name); k++) name = `${s.name.slice(0, 28)} ${k}`;
    used.add(name);
    addSheet(workbook, { ...s, name }, footer);
  }
  return writeAtomically(path, (tmp) => workbook.xlsx.writeFile(tmp));
}

/** CSV cells of a table: percents as 0-100 numbers, so the CSV reads like the sheet. */
function csvRows(model: SheetModel, footer: string[]): Array<Array<string | number | null>> {
  const cells = (row: Array<string | number | null>) =>
    row.map((v, i) => (typeof v === 'number' && model.columns[i]?.kind === 'percent' ? Math.round(v * 10000) / 100 : v));
  const header = model.columns.map((c) => (c.group ? `${c.group} - ${c.header}` : c.header));
  return [
    ...model.title.map((t) => [t]),
    header,
    ...model.rows.map(cells),
    ...(model.total ? [cells(model.total)] : []),
    ...[...model.notes, ...footer].map((n) => [n]),
    [],
  ];
}

/** Writes the tables into one CSV file (UTF-8 with BOM for Excel), one section after another. */
export async function writeTablesCsv(path: string, sheets: SheetModel[], footer: string[]): Promise<number> {
  const text = '\uFEFF' + sheets.map((s) => toCsv(csvRows(s, footer))).join('');
  return writeAtomically(path, (tmp) => writeFileSync(tmp, text, 'utf8'));
}
