import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openProjectDb } from '../../services/db/open';
import { runCli } from '../helpers/run-cli';
import { nikOf, tempDir, tidyRow, TIDY_HEADER, toCsv, writeFile } from './import-helpers';

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => {
  tmp = tempDir();
});
afterAll(() => tmp.cleanup());

const MESSY = [
  ['DATA UMKM 2022'],
  [],
  ['NO', ...TIDY_HEADER],
  ['1', ...tidyRow(1, { Kecamatan: 'BUGULKIDUL', Kelurahan: 'Tapaan', 'Omzet per Bulan (Rp)': 'Rp. 1.500.000,-' })],
  ['2', ...tidyRow(2, { NIK: '3.57501E+15' })],
  ['3', ...tidyRow(1, { Kecamatan: 'BUGULKIDUL', Kelurahan: 'Tapaan', 'Omzet per Bulan (Rp)': 'Rp. 1.500.000,-' })],
  ['', 'JUMLAH'],
];

describe('cli import', () => {
  it('imports a messy file into a new project file and prints the summary as JSON', () => {
    const db = join(tmp.dir, 'baru.sqlite');
    const file = writeFile(tmp.dir, 'survei.csv', toCsv(MESSY, ';'));
    const r = runCli(['import', file, '--db', db, '--round', 'Pendataan 2022', '--json']);
    expect(r.stderr).not.toMatch(/Galat/);
    expect(r.code).toBe(0);
    expect(r.json).toEqual({
      round_id: 1,
      rows_read: 6,
      businesses_imported: 2,
      skipped: { baris_judul: 1, baris_kosong: 1, baris_ganda: 1, baris_jumlah: 1 },
      issues: { nik_rusak_excel: 1 },
      notes: [],
    });
    const { db: project } = openProjectDb(db, { readonly: true });
    expect(project.prepare('SELECT name, year FROM rounds').get()).toEqual({ name: 'Pendataan 2022', year: 2022 });
    expect(project.prepare('SELECT kelurahan_code, omzet_nilai FROM businesses ORDER BY source_row').all()).toEqual([
      { kelurahan_code: '35.75.03.1003', omzet_nilai: 1_500_000 },
      { kelurahan_code: '35.75.01.1001', omzet_nilai: 1_002_000 },
    ]);
    project.close();
  });

  it('applies --mapping and --period', () => {
    const db = join(tmp.dir, 'peta.sqlite');
    const file = writeFile(tmp.dir, 'kolom-aneh.csv', toCsv([['A', 'B', 'C', 'D'], ['Ani', nikOf(1, true), 'Gadingrejo', '2.000.000']]));
    const mapping = join(tmp.dir, 'peta.json');
    writeFileSync(mapping, JSON.stringify({ nama_pelaku: 0, nik: 1, kecamatan: 2, omzet_bulanan: 3 }));
    const r = runCli(['import', file, '--db', db, '--mapping', mapping, '--period', 'bulan', '--json']);
    expect(r.code).toBe(0);
    expect(r.json).toMatchObject({ businesses_imported: 1, issues: {} });
    const { db: project } = openProjectDb(db, { readonly: true });
    expect(project.prepare('SELECT nama_pelaku, kecamatan_code, omzet_nilai, omzet_periode FROM businesses').get()).toEqual({
      nama_pelaku: 'Ani',
      kecamatan_code: '35.75.01',
      omzet_nilai: 2_000_000,
      omzet_periode: 'bulan',
    });
    project.close();
  });

  it('fails a bad file with a non-zero exit and one line in Bahasa Indonesia, leaving the project as it was', () => {
    const db = join(tmp.dir, 'tetap.sqlite');
    const ok = runCli(['import', writeFile(tmp.dir, 'awal.csv', toCsv([TIDY_HEADER, tidyRow(1)])), '--db', db, '--json']);
    expect(ok.code).toBe(0);
    const bad = writeFile(tmp.dir, 'rusak.csv', Uint8Array.from([0, 1, 2, 3, 255, 254, 0, 0, 7]));
    const r = runCli(['import', bad, '--db', db, '--json']);
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    // Progress lines (`phase: done/total`) may come first; the error is one line, the last.
    const lines = r.stderr.trim().split('\n');
    expect(lines.slice(0, -1).every((l) => /^[A-Za-z ]+: \d+(\/\d+)?$/.test(l))).toBe(true);
    expect(lines.at(-1)).toMatch(/^Galat: Berkas "rusak\.csv" tidak dapat diimpor: isinya bukan teks atau tabel \(berkas biner\)\..* Proyek tidak diubah\.$/);
    const { db: project } = openProjectDb(db, { readonly: true });
    expect(project.prepare('SELECT count(*) FROM rounds').pluck().get()).toBe(1);
    project.close();
  });

  it('fails for a file that does not exist without creating anything', () => {
    const db = join(tmp.dir, 'tidak-dibuat.sqlite');
    const r = runCli(['import', join(tmp.dir, 'tidak-ada.csv'), '--db', db, '--json']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/^Galat: Berkas tidak ditemukan/);
    expect(existsSync(db)).toBe(false);
  });
});
