import { describe, expect, it } from 'vitest';
import { HEAD_ROWS } from '../../services/import/open-table';
import { chooseSheet, loadWorkbook, readSheetRows } from '../../services/import/read-xlsx';
import { readHeadFromCut, readWorkbookHead } from '../../services/import/read-xlsx-head';
import {
  handMadeWorkbook, inlineRow, lateStringsWorkbook, mergedRowsWorkbook, officeWorkbook, streamedSurveyWorkbook, valuesWorkbook, widenedLaterWorkbook,
} from './workbook-fixtures';

/** The head as the import reads it: the whole workbook with exceljs, every row, then the first ones. */
async function readWholeHead(bytes: Uint8Array, sheetName: string | undefined, rows: number) {
  const workbook = await loadWorkbook(bytes, 'uji.xlsx');
  const sheet = chooseSheet(workbook, sheetName);
  return { sheets: workbook.worksheets.map((w) => w.name), sheet: sheet.name, head: readSheetRows(sheet).slice(0, rows) };
}

/** The cut gives the whole workbook's head for each head length, and is used (it does not give up). */
async function expectSameHead(bytes: Uint8Array, sheetName: string | undefined, lengths: number[]): Promise<void> {
  for (const rows of lengths) {
    const whole = await readWholeHead(bytes, sheetName, rows);
    const cut = await readHeadFromCut(bytes, sheetName, rows);
    expect(cut, `${sheetName} ${rows}`).not.toBeNull();
    expect(cut, `${sheetName} ${rows}`).toStrictEqual(whole);
    expect(await readWorkbookHead(bytes, 'uji.xlsx', sheetName, rows)).toStrictEqual(whole);
  }
}

describe('the first rows of a workbook, read without reading all of it', () => {
  it('match the whole workbook: merged title, rich text, formulas with an error, dates, a NIK typed as a number', async () => {
    const bytes = await officeWorkbook();
    for (const sheet of [undefined, 'Data 2022', ' rekap ']) await expectSameHead(bytes, sheet, [1, 2, 4, HEAD_ROWS]);
    const { head } = await readWholeHead(bytes, 'Data 2022', HEAD_ROWS);
    // The merged title's value stands in each of its cells: the cut must keep the merge from the end of the sheet.
    expect(head[0]).toEqual(Array(8).fill('DATA UMKM KOTA PASURUAN 2022'));
    expect(head[5][6]).toBe('#VALUE!');
  });

  it('are as wide as the whole sheet, which rows after them can widen (a value, a merged range; not a style alone)', async () => {
    const bytes = await widenedLaterWorkbook();
    await expectSameHead(bytes, 'Data', [1, 3, 5, 19, 25, 32, 36, 45, HEAD_ROWS]);
    await expectSameHead(bytes, 'Gabung', [1, 5, 39, HEAD_ROWS]);
    expect((await readWholeHead(bytes, 'Data', 5)).head[0]).toHaveLength(10);
    expect((await readWholeHead(bytes, 'Gabung', 5)).head[0]).toHaveLength(12);
    // A cell without value or style is not kept by exceljs, so does not widen; a value after it does.
    const sheet = `<sheetData>${inlineRow(1, ['NAMA', 'KECAMATAN'])}${inlineRow(2, ['Ani', 'Gadingrejo'])}`
      + `<row r="7"><c r="A7" t="inlineStr"><is><t>Budi</t></is></c><c r="H7"/></row><row r="9"><c r="E9"><v>5</v></c></row></sheetData>`;
    await expectSameHead(await handMadeWorkbook(sheet), undefined, [2, 5, 8]);
    expect((await readWholeHead(await handMadeWorkbook(sheet), undefined, 2)).head[0]).toHaveLength(5);
    // Merged ranges below the head over rows not kept (Excel writes no cells under a range without style).
    const merged = `<sheetData>${[1, 2, 3, 4, 5].map((r) => inlineRow(r, ['a', 'b', 'c'])).join('')}${inlineRow(9, ['tanda tangan'])}${inlineRow(10, ['nama'])}</sheetData>`
      + '<mergeCells count="2"><mergeCell ref="A9:J9"/><mergeCell ref="A10:D10"/></mergeCells>';
    await expectSameHead(await handMadeWorkbook(merged), undefined, [2, 9, HEAD_ROWS]);
    expect((await readWholeHead(await handMadeWorkbook(merged), undefined, 2)).head[0]).toHaveLength(10);
  });

  it('keep the merged ranges that matter of a sheet with one on every row', async () => {
    const bytes = await mergedRowsWorkbook(1_500);
    await expectSameHead(bytes, undefined, [1, 4, HEAD_ROWS]);
    const { head } = await readWholeHead(bytes, undefined, HEAD_ROWS);
    expect(head[0]).toEqual(['NAMA', 'ALAMAT', 'ALAMAT', 'KECAMATAN', ...Array(10).fill(null)]);
  }, 60_000);

  it('take their shared strings from wherever the workbook stored them', async () => {
    const bytes = await lateStringsWorkbook();
    await expectSameHead(bytes, 'Data', [1, 10, HEAD_ROWS]);
    await expectSameHead(bytes, 'Lain', [3, HEAD_ROWS]);
    const { head } = await readWholeHead(bytes, 'Data', 3);
    expect(head[1]).toEqual(['Pelaku 0', 'frasa lain 399']);
  });

  it('read dates in the 1904 system, times, booleans, hyperlinks, shared and string formulas as before; styled empty rows count', async () => {
    const bytes = await valuesWorkbook();
    await expectSameHead(bytes, undefined, [2, 7, HEAD_ROWS]);
    expect((await readWholeHead(bytes, undefined, HEAD_ROWS)).head).toHaveLength(12);
  });

  it('match a survey written as Excel writes it (shared strings after the sheets), with rows past the head', async () => {
    const bytes = await streamedSurveyWorkbook(1_200);
    await expectSameHead(bytes, 'Data Survei', [HEAD_ROWS]);
    await expectSameHead(bytes, undefined, [HEAD_ROWS]);
    expect((await readWholeHead(bytes, 'Data Survei', HEAD_ROWS)).head).toHaveLength(HEAD_ROWS);
  }, 60_000);

  it('match workbooks made part by part: inline strings, empty rows after the head, a sheet without rows', async () => {
    const rows = [1, 2, 3, 4, 5].map((r) => inlineRow(r, [`Nama ${r}`, 'Gadingrejo'])).join('');
    await expectSameHead(await handMadeWorkbook(`<sheetData>${rows}<row r="8"/><row r="9" ht="20"></row></sheetData>`), undefined, [2, 5, 8, HEAD_ROWS]);
    await expectSameHead(await handMadeWorkbook('<dimension ref="A1"/><sheetData/>'), undefined, [HEAD_ROWS]);
  });

  it('are read from the whole workbook where rows come out of order or without a number', async () => {
    const unordered = await handMadeWorkbook(`<sheetData>${[1, 2, 7, 3].map((r) => inlineRow(r, [`Nama ${r}`])).join('')}</sheetData>`);
    expect(await readHeadFromCut(unordered, undefined, 5)).toBeNull();
    expect(await readWorkbookHead(unordered, 'uji.xlsx', undefined, 5)).toStrictEqual(await readWholeHead(unordered, undefined, 5));
    const unnumbered = await handMadeWorkbook('<sheetData><row><c r="A1" t="inlineStr"><is><t>Nama</t></is></c></row></sheetData>');
    expect(await readHeadFromCut(unnumbered, undefined, 5)).toBeNull();
    // exceljs cannot read such a sheet at all: the same refusal either way.
    const refusal = 'Berkas "uji.xlsx" tidak dapat dibaca sebagai lembar kerja Excel (.xlsx). Proyek tidak diubah.';
    await expect(readWholeHead(unnumbered, undefined, 5)).rejects.toThrow(refusal);
    await expect(readWorkbookHead(unnumbered, 'uji.xlsx', undefined, 5)).rejects.toThrow(refusal);
  });

  it('name a missing sheet with the sheets there are, as the whole workbook does', async () => {
    const bytes = await officeWorkbook();
    await expect(readWorkbookHead(bytes, 'uji.xlsx', 'Data 2023', HEAD_ROWS)).rejects.toThrow('Lembar "Data 2023" tidak ada di berkas ini. Lembar yang ada: "Petunjuk", "Data 2022", "Rekap".');
  });
});
