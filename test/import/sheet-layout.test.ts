import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { businessesOf, importFile, newProject, nikOf, tempDir, toCsv, writeFile } from './import-helpers';

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => {
  tmp = tempDir();
});
afterAll(() => tmp.cleanup());

/** A sheet as offices export it: title block, blank rows, a column-number row, a totals row and a signature. */
const OFFICE_SHEET = [
  ['DATA USAHA MIKRO KOTA PASURUAN TAHUN 2022', '', '', '', '', ''],
  ['DINAS KOPERASI DAN USAHA MIKRO', '', '', '', '', ''],
  ['', '', '', '', '', ''],
  ['NO', 'NAMA PEMILIK', 'NIK', 'KECAMATAN', 'KELURAHAN', 'OMSET PERTAHUN (Rp)'],
  ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)'],
  ['1', 'Ani', nikOf(1, true), 'Gadingrejo', 'Karangketug', 'Rp 24.000.000'],
  ['', '', '', '', '', ''],
  ['2', 'Budi', nikOf(2), 'BUGULKIDUL', 'Tapaan', '36 jt'],
  ['3', 'Citra', nikOf(3, true), 'Panggung Rejo', 'Bugullor', '1,2 M'],
  ['', 'JUMLAH', '', '', '', '1.296.000.000'],
  ['', '', '', '', '', ''],
  ['', 'Pasuruan, 30 Desember 2022', '', '', '', ''],
  ['', 'Kepala Dinas', '', '', '', ''],
  ['', '', '', '', '', ''],
];

describe('the layout of office sheets', () => {
  it('imports only the business rows under the detected header', async () => {
    const { db } = newProject(tmp.dir);
    const s = await importFile(db, writeFile(tmp.dir, 'kantor.csv', toCsv(OFFICE_SHEET, ';')));
    expect(s.businesses_imported).toBe(3);
    expect(businessesOf(db, s.round_id).map((b) => b.nama_pelaku)).toEqual(['Ani', 'Budi', 'Citra']);
    expect(db.prepare('SELECT header_row FROM imports').pluck().get()).toBe(3);
  });

  it('counts every skipped row by reason, and rows read = imported + skipped', async () => {
    const { db } = newProject(tmp.dir);
    const s = await importFile(db, writeFile(tmp.dir, 'kantor2.csv', toCsv(OFFICE_SHEET, ';')));
    expect(s.skipped).toEqual({ baris_judul: 2, baris_kosong: 3, baris_nomor_kolom: 1, baris_jumlah: 1, baris_catatan: 2 });
    const skipped = Object.values(s.skipped).reduce((a, b) => a + b, 0);
    expect(s.rows_read).toBe(s.businesses_imported + skipped);
  });

  it('keeps the sheet row number of each business (1-based, as Excel shows it)', async () => {
    const { db } = newProject(tmp.dir);
    const s = await importFile(db, writeFile(tmp.dir, 'kantor3.csv', toCsv(OFFICE_SHEET, ';')));
    expect(businessesOf(db, s.round_id).map((b) => b.source_row)).toEqual([6, 8, 9]);
  });

  it('reads the turnover period from the header and the spelling variants of places', async () => {
    const { db } = newProject(tmp.dir);
    const s = await importFile(db, writeFile(tmp.dir, 'kantor4.csv', toCsv(OFFICE_SHEET, ';')));
    const b = businessesOf(db, s.round_id);
    expect(b.map((x) => [x.omzet_nilai, x.omzet_periode, x.omzet_bulanan])).toEqual([
      [24_000_000, 'tahun', 2_000_000],
      [36_000_000, 'tahun', 3_000_000],
      [1_200_000_000, 'tahun', 100_000_000],
    ]);
    expect(b.map((x) => x.kelurahan_code)).toEqual(['35.75.01.1001', '35.75.03.1003', '35.75.04.1010']);
  });

  it('joins a two-row header (TENAGA KERJA over L and P)', async () => {
    const { db } = newProject(tmp.dir);
    const sheet = [
      ['NAMA', 'NIK', 'KECAMATAN', 'TENAGA KERJA', '', 'JUMLAH TK'],
      ['', '', '', 'L', 'P', ''],
      ['Ani', nikOf(1, true), 'Gadingrejo', '2', '1', '3'],
      ['Budi', nikOf(2), 'Purworejo', '0', '2', '2 orang'],
    ];
    const s = await importFile(db, writeFile(tmp.dir, 'dua-baris.csv', toCsv(sheet)));
    expect(businessesOf(db, s.round_id).map((b) => [b.tenaga_kerja, b.tenaga_kerja_l, b.tenaga_kerja_p])).toEqual([
      [3, 2, 1],
      [2, 0, 2],
    ]);
  });

  it('skips the header repeated inside the table (sheets pasted one under another)', async () => {
    const { db } = newProject(tmp.dir);
    const sheet = [
      ['NO', 'NAMA', 'KECAMATAN'],
      ['1', 'Ani', 'Gadingrejo'],
      ['NO', 'NAMA', 'KECAMATAN'],
      ['1', 'Budi', 'Purworejo'],
    ];
    const s = await importFile(db, writeFile(tmp.dir, 'tempel.csv', toCsv(sheet)));
    expect(businessesOf(db, s.round_id).map((b) => b.nama_pelaku)).toEqual(['Ani', 'Budi']);
    expect(s.skipped).toEqual({ baris_judul: 1 });
  });

  it('uses the header row the user chose instead of the detected one', async () => {
    const { db } = newProject(tmp.dir);
    const sheet = [
      ['Nama', 'Kecamatan'],
      ['Nama Pelaku', 'Kecamatan Usaha'],
      ['Ani', 'Gadingrejo'],
    ];
    const s = await importFile(db, writeFile(tmp.dir, 'pilih-header.csv', toCsv(sheet)), { headerRow: 1 });
    expect(s.businesses_imported).toBe(1);
    expect(s.skipped).toEqual({ baris_judul: 1 });
  });
});
