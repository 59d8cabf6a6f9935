import ExcelJS from 'exceljs';
import { DEMO_SURVEY_HEADER, generateSurveyRows } from '../../services/demo/generate-survey';
import { writeStoredZip } from '../../services/import/zip-entries';
import { nikOf } from './import-helpers';

/*
 * Workbooks for the import wizard's preview, each with something the cut of a workbook
 * (services/import/read-xlsx-head.ts) must get right: merged cells, formulas, rows after the head
 * that widen the table, shared strings used out of order, the 1904 date system, parts made by hand.
 */

async function bytesOf(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** As offices send it: an instructions sheet, the data under a merged title, a recap (xlsx.test.ts imports it too). */
export async function officeWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Petunjuk').addRows([['Isi data pada lembar "Data 2022".'], ['Jangan ubah judul kolom.']]);
  const ws = wb.addWorksheet('Data 2022');
  ws.addRow(['DATA UMKM KOTA PASURUAN 2022']);
  ws.mergeCells('A1:H1');
  ws.addRow([]);
  ws.addRow(['NO', 'NAMA PELAKU USAHA', 'NIK', 'KECAMATAN', 'KELURAHAN', 'OMZET/BULAN', 'OMSET PERTAHUN', 'TAHUN MULAI']);
  ws.addRow([1, { richText: [{ text: 'Ani ' }, { text: 'Lestari', font: { bold: true } }] }, nikOf(1, true), 'Gadingrejo', 'Sebani', 2_000_000, { formula: 'F4*12', result: 24_000_000 }, new Date(Date.UTC(2015, 2, 1))]);
  ws.addRow([2, 'Budi', Number(nikOf(2)), 'Purworejo', 'Pohjentrek', 1_500_000.4, null, 2019]);
  ws.addRow([3, 'Citra', '3.57501E+15', 'Bugul Kidul', "Tapa'an", '1,5 jt', { formula: 'F6*12', result: { error: '#VALUE!' } }, '']);
  ws.addRow(['', 'JUMLAH', '', '', '', { formula: 'SUM(F4:F5)', result: 3_500_000 }]);
  wb.addWorksheet('Rekap').addRows([['Kecamatan', 'Jumlah'], ['Gadingrejo', 1]]);
  return bytesOf(wb);
}

/**
 * Five rows of three columns, then rows that change the width of the whole sheet. 'Data': a value in
 * column I (row 20), cells with only a style up to column O (row 30: no value, so no wider), a value
 * in column J after it (row 35), a merged range A40:F41: 10 columns. 'Gabung': a merged range
 * A40:L41 after the head: 12 columns.
 */
export async function widenedLaterWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const addHead = (ws: ExcelJS.Worksheet) => {
    ws.addRow(['NAMA', 'KECAMATAN', 'OMZET']);
    for (let i = 1; i <= 4; i++) ws.addRow([`Pelaku ${i}`, 'Gadingrejo', i * 1000]);
  };
  const ws = wb.addWorksheet('Data');
  addHead(ws);
  ws.getCell('I20').value = 'catatan';
  for (let c = 1; c <= 15; c++) ws.getRow(30).getCell(c).style = { font: { bold: true } };
  ws.getCell('J35').value = 'catatan lain';
  ws.getCell('A40').value = 'Mengetahui, Kepala Dinas';
  ws.mergeCells('A40:F41');
  ws.getCell('B50').value = 'Pasuruan';
  const merged = wb.addWorksheet('Gabung');
  addHead(merged);
  merged.getCell('A40').value = 'Mengetahui, Kepala Dinas';
  merged.mergeCells('A40:L41');
  return bytesOf(wb);
}

/**
 * A merged range on every row (the address over two columns), as some office sheets have: `rows`
 * ranges. After the head, row `rows` has cells with only a style up to column N under a merged range
 * (so it has a value, and is 14 wide), and a signature spans A:H at the end.
 */
export async function mergedRowsWorkbook(rows: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Data');
  ws.addRow(['NAMA', 'ALAMAT', '', 'KECAMATAN']);
  ws.mergeCells('B1:C1');
  for (let r = 2; r < rows; r++) {
    ws.addRow([`Pelaku ${r}`, `Jl. Melati ${r}`, null, 'Gadingrejo']);
    ws.mergeCells(`B${r}:C${r}`);
  }
  for (let c = 1; c <= 14; c++) ws.getRow(rows).getCell(c).style = { font: { italic: true } };
  ws.mergeCells(`D${rows}:E${rows}`);
  ws.getCell(`A${rows + 3}`).value = 'Mengetahui';
  ws.mergeCells(`A${rows + 3}:H${rows + 4}`);
  return bytesOf(wb);
}

/** Two sheets sharing strings: the data sheet (second) uses strings the first sheet wrote long before. */
export async function lateStringsWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const other = wb.addWorksheet('Lain');
  for (let i = 0; i < 400; i++) other.addRow([`kata ${i}`, `frasa lain ${i}`]);
  const ws = wb.addWorksheet('Data');
  ws.addRow(['NAMA', 'KETERANGAN']);
  for (let i = 0; i < 30; i++) ws.addRow([`Pelaku ${i}`, `frasa lain ${399 - i}`]);
  ws.addRow(['kata 0', 'kata 1']);
  return bytesOf(wb);
}

/** The 1904 date system (old Mac Excel), dates, times, booleans, a hyperlink, shared formulas, a string formula. */
export async function valuesWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = true;
  const ws = wb.addWorksheet('Nilai');
  ws.addRow(['TANGGAL', 'JAM', 'AKTIF', 'SITUS', 'ANGKA', 'DUA KALI', 'TEKS']);
  for (let i = 1; i <= 6; i++) {
    ws.addRow([new Date(Date.UTC(2020, i, i)), new Date(Date.UTC(1904, 0, 1, 8 + i, 30)), i % 2 === 0, { text: `situs ${i}`, hyperlink: `https://contoh.test/${i}` }, i, null, { formula: `"k"&E${i + 1}`, result: `k${i}` }]);
  }
  ws.fillFormula('F2:F7', 'E2*2', (row) => (row - 1) * 2);
  ws.getCell('B2').numFmt = 'hh:mm';
  // Styled empty rows at the end, part of the sheet's length.
  ws.getRow(12).getCell(2).style = { numFmt: 'dd/mm/yyyy' };
  return bytesOf(wb);
}

/** A demo survey as a streaming writer (and Excel) writes it: shared strings stored after the sheets. */
export async function streamedSurveyWorkbook(rows: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  const { PassThrough } = await import('node:stream');
  const stream = new PassThrough();
  stream.on('data', (c: Buffer) => chunks.push(c));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: true, useStyles: true });
  wb.addWorksheet('Petunjuk').addRow(['Isi data pada lembar berikut.']).commit();
  const ws = wb.addWorksheet('Data Survei');
  ws.addRow(['DATA UMKM (demo)']).commit();
  ws.addRow([...DEMO_SURVEY_HEADER]).commit();
  for (const cells of generateSurveyRows({ count: rows })) {
    ws.addRow(cells.map((c, i) => (i >= 13 && i <= 15 && /^\d+$/.test(c) ? Number(c) : c))).commit();
  }
  ws.commit();
  await wb.commit();
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * Wide rows (`columns` columns): the head alone is much to read, so reading it on the calling thread
 * shows as a long stop of its event loop.
 */
export async function wideWorkbook(rows: number, columns: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Data');
  ws.addRow(['NAMA', 'NIK', 'KECAMATAN', ...Array.from({ length: columns - 3 }, (_, i) => `Isian ${i + 1}`)]);
  for (let r = 0; r < rows; r++) {
    ws.addRow([`Pelaku ${r}`, nikOf(r), 'Gadingrejo', ...Array.from({ length: columns - 3 }, (_, i) => (i % 2 ? r * i : `teks ${r % 50} ${i}`))]);
  }
  return bytesOf(wb);
}

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** A workbook made part by part (stored, not deflated), with the given sheet XML inside `<worksheet>`. */
export function handMadeWorkbook(sheetBody: string): Promise<Uint8Array> {
  const text = (s: string) => Buffer.from(s, 'utf8');
  return writeStoredZip([
    { name: '[Content_Types].xml', data: text(`<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`) },
    { name: 'xl/workbook.xml', data: text(`<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Tangan" sheetId="1" r:id="rId1"/></sheets></workbook>`) },
    { name: 'xl/_rels/workbook.xml.rels', data: text(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`) },
    { name: 'xl/worksheets/sheet1.xml', data: text(`<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="${MAIN_NS}">${sheetBody}</worksheet>`) },
  ]);
}

/** A row of inline strings (`<is>`), as some exporters write instead of shared strings. */
export function inlineRow(r: number, cells: string[]): string {
  const col = (i: number) => String.fromCharCode(65 + i);
  return `<row r="${r}" spans="1:${cells.length}">${cells.map((c, i) => `<c r="${col(i)}${r}" t="inlineStr"><is><t>${c}</t></is></c>`).join('')}</row>`;
}
