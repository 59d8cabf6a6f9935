import ExcelJS from 'exceljs';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportRecords } from '../../services/export/export-records';
import { exportTables } from '../../services/export/export-tables';
import { neutraliseCell, toCsvField } from '../../services/export/csv-safe';
import { AppError } from '../../shared/api/result';
import { addBusinesses, makeStatsProject } from './fixture';

const NIK = '3575014107850001';
const KK = '3575011203100002';
const HP = '081234567890';

let p: ReturnType<typeof makeStatsProject>;
beforeEach(() => {
  p = makeStatsProject();
  addBusinesses(p.db, p.roundId, [
    { nama: '=HYPERLINK("http://x.test","klik")', jenis: '+62 jual pulsa', nik: NIK, kk: KK, telepon: HP },
    { nama: '@SUM(A1:A9)', jenis: '-warkop', nik: '3575015507900003', telepon: '085712345678' },
    { nama: '\tTab', jenis: '\rCR' },
  ]);
});
afterEach(() => p.cleanup());

const readCsv = (path: string) => Papa.parse<string[]>(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

describe('CSV safe against formula injection', () => {
  it('puts an apostrophe before text starting with = + - @ tab or CR, and leaves other text alone', () => {
    expect(['=1+1', '+62', '-5', '@x', '\tx', '\rx', 'Warung', ' =x'].map(neutraliseCell)).toEqual([
      "'=1+1", "'+62", "'-5", "'@x", "'\tx", "'\rx", 'Warung', ' =x',
    ]);
  });

  it('keeps numbers, including negative ones, as numbers', () => {
    expect(toCsvField(-1500)).toBe('-1500');
    expect(toCsvField('-1500')).toBe("'-1500");
  });

  it('neutralises every dangerous cell of a records export', async () => {
    const out = join(p.dir, 'data.csv');
    await exportRecords(p.db, { filter: { roundId: p.roundId }, path: out });
    const rows = readCsv(out);
    const header = rows[0] as string[];
    const nama = header.indexOf('Nama Pelaku Usaha');
    const jenis = header.indexOf('Jenis Usaha');
    expect(rows.slice(1, 4).map((r) => [r[nama], r[jenis]])).toEqual([
      ['\'=HYPERLINK("http://x.test","klik")', "'+62 jual pulsa"],
      ["'@SUM(A1:A9)", "'-warkop"],
      ["'\tTab", "'\rCR"],
    ]);
    for (const r of rows) for (const cell of r) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('neutralises dangerous text in a tables export too', async () => {
    const out = join(p.dir, 'tabel.csv');
    await exportTables(p.db, { filter: { roundId: p.roundId }, path: out, tables: ['sentra', 'rekap_kecamatan'] });
    for (const r of readCsv(out)) for (const cell of r) expect(cell).not.toMatch(/^[=+@\t\r]/);
  });
});

describe('personal data in record exports', () => {
  it('masks NIK, No. KK and phone in a CSV by default', async () => {
    const out = join(p.dir, 'data.csv');
    const res = await exportRecords(p.db, { filter: { roundId: p.roundId }, path: out });
    expect(res).toMatchObject({ rows: 3, masked: true, format: 'csv' });
    const text = readFileSync(out, 'utf8');
    expect(text).not.toContain(NIK);
    expect(text).not.toContain(KK);
    expect(text).not.toContain(HP);
    expect(text).toContain('3575**********01');
    expect(text).toContain('0812*****890');
  });

  it('masks them in an XLSX by default as well', async () => {
    const out = join(p.dir, 'data.xlsx');
    await exportRecords(p.db, { filter: { roundId: p.roundId }, path: out });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const values: string[] = [];
    wb.getWorksheet('Data Usaha')!.eachRow((row) => values.push(JSON.stringify(row.values)));
    const all = values.join('\n');
    expect(all).not.toContain(NIK);
    expect(all).not.toContain(HP);
    expect(all).toContain('3575**********01');
  });

  it('writes them unmasked only when the caller explicitly asks, and says so in the file', async () => {
    const out = join(p.dir, 'lengkap.csv');
    const res = await exportRecords(p.db, { filter: { roundId: p.roundId }, path: out, reveal: true });
    expect(res.masked).toBe(false);
    const text = readFileSync(out, 'utf8');
    expect(text).toContain(NIK);
    expect(text).toContain(HP);
    expect(text).toContain('UU 27/2022');
  });
});

describe('export targets', () => {
  it('refuses a file name that is neither .xlsx nor .csv, writing nothing', async () => {
    const out = join(p.dir, 'tabel.pdf');
    await expect(exportTables(p.db, { filter: { roundId: p.roundId }, path: out })).rejects.toBeInstanceOf(AppError);
    expect(existsSync(out)).toBe(false);
  });

  it('writes one sheet per table with the source line and the rule set under each', async () => {
    const out = join(p.dir, 'semua.xlsx');
    const res = await exportTables(p.db, { filter: { roundId: p.roundId }, path: out });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(res.sheets);
    expect(res.sheets).toContain('Verifikasi');
    for (const ws of wb.worksheets) {
      const firstCells: string[] = [];
      ws.eachRow((row) => firstCells.push(String(row.getCell(1).value)));
      expect(firstCells, ws.name).toContain('Sumber: data diolah');
      expect(firstCells.some((c) => c.startsWith('Aturan klasifikasi: PP 7/2021')), ws.name).toBe(true);
    }
  });
});
