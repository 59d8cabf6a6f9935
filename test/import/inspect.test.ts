import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectFile } from '../../services/import';
import { importFile, newProject, nikOf, snapshotTables, tempDir, toCsv, writeFile } from './import-helpers';

let tmp: ReturnType<typeof tempDir>;
let path: string;
const SHEET = [
  ['REKAP PENDATAAN'],
  ['NO', 'NAMA', 'NIK', 'NO HP/WA', 'KECAMATAN', 'OMSET PERTAHUN (Rp)'],
  ['1', 'Ani', nikOf(1, true), '081234567890', 'BUGULKIDUL', '1,5 jt'],
  ['2', 'Budi', '3.57501E+15', '', 'Atlantis', 'banyak'],
];

beforeAll(() => {
  tmp = tempDir();
  path = writeFile(tmp.dir, 'pratinjau.csv', toCsv(SHEET, ';'));
});
afterAll(() => tmp.cleanup());

describe('inspecting a file for the import wizard', () => {
  it('detects the header under a title row and suggests a mapping by synonyms', async () => {
    const { db } = newProject(tmp.dir);
    const r = await inspectFile(db, { source: { kind: 'path', path } });
    expect(r).toMatchObject({ file_name: 'pratinjau.csv', encoding: 'utf-8', delimiter: ';', header_row: 1, sheets: [], sheet: null, mapping_source: 'synonyms', period_source: 'header' });
    expect(r.headers).toEqual(['NO', 'NAMA', 'NIK', 'NO HP/WA', 'KECAMATAN', 'OMSET PERTAHUN (Rp)']);
    expect(r.mapping).toEqual({ nama_pelaku: 1, nik: 2, telepon: 3, kecamatan: 4, omzet_tahunan: 5 });
  });

  it('shows how each value was read, with the problem in Bahasa Indonesia', async () => {
    const { db } = newProject(tmp.dir);
    const r = await inspectFile(db, { source: { kind: 'path', path } });
    expect(r.preview[0].kecamatan).toEqual({ raw: 'BUGULKIDUL', value: 'Bugul Kidul (35.75.03)', issue: null });
    expect(r.preview[0].omzet_tahunan).toEqual({ raw: '1,5 jt', value: 1_500_000, issue: null });
    expect(r.preview[1].omzet_tahunan.issue).toBe('Baris 4, kolom "OMSET PERTAHUN (Rp)": "banyak" tidak terbaca sebagai jumlah uang; dibiarkan kosong.');
    expect(r.preview[1].kecamatan.issue).toMatch(/"Atlantis" tidak ditemukan/);
    expect(r.preview[1].nik.issue).toMatch(/NIK rusak/);
  });

  it('masks NIK and phone numbers in the preview and in the raw rows', async () => {
    const { db } = newProject(tmp.dir);
    const r = await inspectFile(db, { source: { kind: 'path', path } });
    const masked = `3575**********${nikOf(1, true).slice(-2)}`;
    expect(r.preview[0].nik).toMatchObject({ raw: masked, value: masked });
    expect(r.preview[0].telepon).toMatchObject({ raw: '0812*****890', value: '0812*****890' });
    expect(JSON.stringify(r)).not.toContain(nikOf(1, true));
    expect(JSON.stringify(r)).not.toContain('081234567890');
    expect(r.raw_rows[0]).toEqual(['REKAP PENDATAAN']);
  });

  it('follows the header row and mapping the user chose', async () => {
    const { db } = newProject(tmp.dir);
    const r = await inspectFile(db, { source: { kind: 'path', path }, headerRow: 1, mapping: { nama_usaha: 1, kecamatan: 4 } });
    expect(r.mapping_source).toBe('option');
    expect(Object.keys(r.preview[0]).sort()).toEqual(['kecamatan', 'nama_usaha']);
  });

  it('offers the remembered mapping for headers imported before', async () => {
    const { db } = newProject(tmp.dir);
    const other = writeFile(tmp.dir, 'ingat.csv', toCsv([['P', 'Q'], ['Ani', 'Gadingrejo']]));
    await importFile(db, other, { mapping: { nama_pelaku: 0, kecamatan: 1 } });
    const r = await inspectFile(db, { source: { kind: 'path', path: writeFile(tmp.dir, 'ingat-2.csv', toCsv([['p', 'q'], ['Budi', 'Purworejo']])) } });
    expect(r).toMatchObject({ header_row: 0, mapping_source: 'remembered', mapping: { nama_pelaku: 0, kecamatan: 1 } });
  });

  it('writes nothing to the project', async () => {
    const { db } = newProject(tmp.dir);
    const before = snapshotTables(db);
    await inspectFile(db, { source: { kind: 'path', path } });
    expect(snapshotTables(db)).toEqual(before);
  });
});

describe('inspecting a file whose columns are not recognised', () => {
  it('still returns the raw rows and an empty mapping with a note, so the user can choose, and import refuses it', async () => {
    const { db } = newProject(tmp.dir);
    const odd = writeFile(tmp.dir, 'aneh.csv', toCsv([['X1', 'X2', 'X3'], ['Ani', '3575014501900001', 'Gadingrejo'], ['Budi', '0812 3456 7890', 'Purworejo']], ';'));
    const r = await inspectFile(db, { source: { kind: 'path', path: odd } });
    expect(r.header_row).toBe(0);
    expect(r.mapping).toEqual({});
    expect(r.notes?.join(' ')).toMatch(/Pilih baris header|petakan/);
    expect(r.raw_rows[1]).toEqual(['Ani', '3575**********01', 'Gadingrejo']);
    expect(JSON.stringify(r.raw_rows)).not.toContain('0812 3456 7890');
    await expect(importFile(db, odd)).rejects.toThrow(/tidak tampak seperti tabel survei|tidak memiliki kolom/);
  });
});
