import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../services/db/open';
import { importRegionList } from '../../services/import';
import { businessesOf, importFile, issuesOf, newProject, snapshotTables, tempDir, toCsv, writeFile } from './import-helpers';

/** The full Kemendagri list (91,599 regions), read-only in the shared data folder. */
const NATIONAL = '/work/shared/data/wilayah/wilayah-kemendagri-2025.csv';

let tmp: ReturnType<typeof tempDir>;
let db: Db;

beforeAll(() => {
  tmp = tempDir();
  db = newProject(tmp.dir).db;
  importRegionList(db, { kind: 'path', path: NATIONAL });
});
afterAll(() => tmp.cleanup());

describe('importing a region list in the kode,nama shape', () => {
  it('stores all 91,599 regions of Indonesia with their levels and parents, codes as text', () => {
    expect(db.prepare('SELECT count(*) FROM regions').pluck().get()).toBe(91_599);
    const byLevel = db.prepare('SELECT level, count(*) AS n FROM regions GROUP BY level ORDER BY level').all();
    expect(byLevel).toEqual([
      { level: 1, n: 38 },
      { level: 2, n: 514 },
      { level: 3, n: 7285 },
      { level: 4, n: 83_762 },
    ]);
    expect(db.prepare("SELECT name, level, parent_code FROM regions WHERE code = '35.07.13.2008'").get()).toEqual({ name: 'Panggungrejo', level: 4, parent_code: '35.07.13' });
  });

  it('refuses a file without one valid kode,nama row, changing nothing', () => {
    const fresh = newProject(tmp.dir).db;
    const before = snapshotTables(fresh);
    const bad = writeFile(tmp.dir, 'bukan-wilayah.csv', 'kode,nama\nabc,Desa Entah\n');
    expect(() => importRegionList(fresh, { kind: 'path', path: bad })).toThrow(/tidak berisi satu pun baris kode,nama wilayah yang sah/);
    expect(snapshotTables(fresh)).toEqual(before);
  });
});

describe('matching names outside Kota Pasuruan with the national list', () => {
  it('matches Kabupaten Malang names to 35.07 codes, even names Kota Pasuruan also uses', async () => {
    const sheet = [
      ['Nama', 'Kecamatan', 'Desa/Kelurahan'],
      ['Ani', 'KEPANJEN', 'Panggungrejo'],
      ['Budi', 'Dampit', 'Sumbersuko'],
      ['Citra', 'Donomulyo', 'Purworejo'],
      ['Dedi', 'Singosari', 'Candi Renggo'],
    ];
    const s = await importFile(db, writeFile(tmp.dir, 'malang.csv', toCsv(sheet)));
    expect(businessesOf(db, s.round_id).map((b) => [b.kecamatan_code, b.kelurahan_code])).toEqual([
      ['35.07.13', '35.07.13.2008'],
      ['35.07.05', '35.07.05.2002'],
      ['35.07.01', '35.07.01.2007'],
      ['35.07.24', '35.07.24.1015'],
    ]);
    expect(s.issues).toEqual({});
  });

  it('reports a desa name that two kecamatan of the area share when the kecamatan is missing', async () => {
    const sheet = [
      ['Nama', 'Kecamatan', 'Desa'],
      ['Ani', 'Kepanjen', 'Kemiri'],
      ['Budi', '', 'Banjarejo'],
    ];
    const s = await importFile(db, writeFile(tmp.dir, 'malang-ambigu.csv', toCsv(sheet)));
    const b = businessesOf(db, s.round_id);
    expect(b[1]).toMatchObject({ kecamatan_code: null, kelurahan_code: null });
    const issue = issuesOf(db, s.round_id).find((i) => i.code === 'wilayah_ambigu');
    expect(issue?.message).toMatch(/^Baris 3, kolom "Desa": kelurahan "Banjarejo" cocok dengan lebih dari satu wilayah: Banjarejo \(35\.07\.\d\d\.\d{4}\), Banjarejo/);
  });

  it('checks the kab/kota digits of a NIK against the full list', async () => {
    const sheet = [
      ['Nama', 'NIK', 'Kecamatan'],
      ['Ani', '3599011505800001', 'Kepanjen'],
      ['Budi', '3573011505800002', 'Kepanjen'],
      ['Citra', '3507131505800003', 'Kepanjen'],
    ];
    const s = await importFile(db, writeFile(tmp.dir, 'nik-kab.csv', toCsv(sheet)));
    expect(issuesOf(db, s.round_id).map((i) => `${i.source_row} ${i.code}`)).toEqual(['2 nik_wilayah_tidak_dikenal', '3 nik_wilayah_beda']);
  });

  it('still matches a Kota Pasuruan file in the same project to 35.75', async () => {
    const sheet = [['Nama', 'Kecamatan', 'Kelurahan'], ['Ani', 'BUGULKIDUL', 'Tapaan'], ['Budi', 'Panggung Rejo', 'Bugullor']];
    const s = await importFile(db, writeFile(tmp.dir, 'pasuruan.csv', toCsv(sheet)));
    expect(businessesOf(db, s.round_id).map((b) => b.kelurahan_code)).toEqual(['35.75.03.1003', '35.75.04.1010']);
  });
});
