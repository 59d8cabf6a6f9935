import ExcelJS from 'exceljs';
import { renameSync, statSync, writeFileSync } from 'node:fs';
import type { Cell, CellKind, SheetBlock, SheetModel } from './sheet-model';
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

/**
 * Writes one table into a sheet: bold title lines, the (grouped, merged) header, rows with number
 * formats on numeric cells, a bold total, italic notes and footer. Rows are committed as written, so
 * the same code fills a streamed sheet (cluster-export.ts) and an in-memory one (commit is a no-op).
 */
export function writeTableBlock(ws: ExcelJS.Worksheet, block: SheetBlock, footer: string[]): void {
  const add = (values: Cell[]) => ws.addRow(values);
  for (const t of block.title) add([t]).font = { bold: true };
  add([]).commit();
  const grouped = block.columns.some((c) => c.group);
  const top = add(block.columns.map((c) => c.group ?? c.header));
  const headers = [top];
  if (grouped) {
    headers.push(add(block.columns.map((c) => (c.group ? c.header : null))));
    block.columns.forEach((c, i) => {
      if (!c.group) ws.mergeCells(top.number, i + 1, top.number + 1, i + 1);
      else if (i === 0 || block.columns[i - 1]?.group !== c.group) {
        let end = i;
        while (block.columns[end + 1]?.group === c.group) end++;
        if (end > i) ws.mergeCells(top.number, i + 1, top.number, end + 1);
      }
    });
  }
  for (const r of headers) {
    r.font = { bold: true };
    r.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    r.commit();
  }
  const styled = (values: Cell[], rowFormat: string | null | undefined) => {
    const row = add(values);
    block.columns.forEach((c, i) => {
      const fmt = (i === 1 ? rowFormat : null) ?? block.formats?.[i] ?? NUMBER_FORMATS[c.kind];
      if (fmt && typeof values[i] === 'number') row.getCell(i + 1).numFmt = fmt;
    });
    return row;
  };
  block.rows.forEach((values, r) => styled(values, block.rowFormats?.[r]).commit());
  if (block.total) {
    const total = styled(block.total, null);
    total.font = { bold: true };
    total.commit();
  }
  add([]).commit();
  for (const n of [...block.notes, ...footer]) {
    const row = add([n]);
    row.font = { italic: true };
    row.commit();
  }
}

/** The widest width each column asks for across a sheet's blocks. */
export function columnWidths(blocks: ReadonlyArray<Pick<SheetBlock, 'columns'>>): Array<{ width: number }> {
  const widths: number[] = [];
  for (const b of blocks) b.columns.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.width ?? (c.kind === 'rupiah' ? 20 : 14))));
  return widths.map((width) => ({ width }));
}

function addSheet(workbook: ExcelJS.Workbook, model: SheetModel, footer: string[]): void {
  const ws = workbook.addWorksheet(model.name.slice(0, 31));
  ws.columns = columnWidths([model]);
  writeTableBlock(ws, model, footer);
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
