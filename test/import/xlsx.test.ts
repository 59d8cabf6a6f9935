import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectFile } from '../../services/import';
import { businessesOf, importError, importFile, issuesOf, newProject, nikOf, originalRowOf, tempDir } from './import-helpers';
import { officeWorkbook } from './workbook-fixtures';

let tmp: ReturnType<typeof tempDir>;
let path: string;

/** A workbook as offices send it (workbook-fixtures.ts): an instructions sheet first, the data under a merged title, a recap sheet. */
async function writeWorkbook(file: string): Promise<void> {
  writeFileSync(file, await officeWorkbook());
}

beforeAll(async () => {
  tmp = tempDir();
  path = join(tmp.dir, 'survei.xlsx');
  await writeWorkbook(path);
});
afterAll(() => tmp.cleanup());

describe('XLSX workbooks', () => {
  it('imports the chosen sheet under its title row, skipping the totals row', async () => {
    const { db } = newProject(tmp.dir);
    const s = await importFile(db, path, { sheet: 'Data 2022' });
    expect(s.businesses_imported).toBe(3);
    expect(s.skipped).toEqual({ baris_judul: 1, baris_kosong: 1, baris_jumlah: 1 });
    expect(businessesOf(db, s.round_id).map((b) => [b.source_row, b.nama_pelaku, b.kelurahan_code])).toEqual([
      [4, 'Ani Lestari', '35.75.01.1003'],
      [5, 'Budi', '35.75.02.1001'],
      [6, 'Citra', '35.75.03.1003'],
    ]);
    expect(db.prepare('SELECT sheet FROM imports').pluck().get()).toBe('Data 2022');
  });

  it("takes formulas' cached values, dates and numbers the way the sheet shows them", async () => {
    const { db } = newProject(tmp.dir);
    const s = await importFile(db, path, { sheet: 'Data 2022' });
    const b = businessesOf(db, s.round_id);
    expect(b.map((x) => [x.omzet_nilai, x.omzet_periode])).toEqual([
      [24_000_000, 'tahun'],
      [1_500_000, 'bulan'],
      [1_500_000, 'bulan'],
    ]);
    expect(db.prepare('SELECT tahun_mulai FROM businesses ORDER BY source_row').pluck().all()).toEqual([2015, 2019, null]);
    expect(originalRowOf(db, b[0])['TAHUN MULAI']).toBe('2015-03-01');
  });

  it('reads a NIK typed as a number as its digits (flagged), and reports a damaged one', async () => {
    const { db } = newProject(tmp.dir);
    const s = await importFile(db, path, { sheet: 'Data 2022' });
    const b = businessesOf(db, s.round_id);
    expect(b.map((x) => x.nik)).toEqual([nikOf(1, true), nikOf(2), null]);
    const codes = issuesOf(db, s.round_id).map((i) => `${i.source_row} ${i.code}`);
    expect(codes).toContain('5 nik_angka_excel');
    expect(codes).toContain('6 nik_rusak_excel');
    expect(codes).toContain('6 uang_tidak_terbaca');
  });

  it('refuses the first sheet when it is not a table, and a sheet that does not exist', async () => {
    const { db } = newProject(tmp.dir);
    expect((await importError(db, path)).code).toBe('BAD_FILE');
    const missing = await importError(db, path, { sheet: 'Data 2023' });
    expect(missing.message).toBe('Lembar "Data 2023" tidak ada di berkas ini. Lembar yang ada: "Petunjuk", "Data 2022", "Rekap".');
  });

  it('lists the sheets and previews the chosen one for the wizard', async () => {
    const { db } = newProject(tmp.dir);
    const r = await inspectFile(db, { source: { kind: 'path', path }, sheet: 'Data 2022' });
    expect(r.sheets).toEqual(['Petunjuk', 'Data 2022', 'Rekap']);
    expect(r.header_row).toBe(2);
    expect(r.mapping).toMatchObject({ nama_pelaku: 1, nik: 2, kecamatan: 3, kelurahan: 4, omzet_bulanan: 5, omzet_tahunan: 6 });
    expect(r.preview[0].kelurahan).toEqual({ raw: 'Sebani', value: 'Sebani (35.75.01.1003)', issue: null });
  });
});
