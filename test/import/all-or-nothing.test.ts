import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../services/db/open';
import { importError, importFile, newProject, snapshotTables, tempDir, tidyRow, TIDY_HEADER, toCsv, writeFile } from './import-helpers';
import { AppError } from '../../shared/api/result';

let tmp: ReturnType<typeof tempDir>;
let good: string;

beforeAll(() => {
  tmp = tempDir();
  good = writeFile(tmp.dir, 'baik.csv', toCsv([TIDY_HEADER, tidyRow(1), tidyRow(2)]));
});
afterAll(() => tmp.cleanup());

/** A project that already holds one imported round (so "unchanged" has something to compare). */
async function projectWithData(): Promise<Db> {
  const { db } = newProject(tmp.dir);
  await importFile(db, good, { roundName: 'Pendataan 2021' });
  return db;
}

function bigCsv(name: string, rows: number): string {
  const lines = [TIDY_HEADER];
  for (let n = 1; n <= rows; n++) lines.push(tidyRow(n));
  return writeFile(tmp.dir, name, toCsv(lines));
}

describe('a file that cannot be imported leaves the project exactly as it was', () => {
  it.each([
    ['an empty file', 'kosong.csv', '', /berkasnya kosong/],
    ['a file of blank lines', 'spasi.csv', '\n\n  \n', /tidak berisi data/],
    ['a binary file', 'gambar.csv', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]), /berkas biner/],
    ['an old .xls workbook', 'lama.xls', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /Excel lama \(\.xls\)/],
    ['text that is not a table', 'surat.csv', 'Kepada Yth. Kepala Dinas\nDengan hormat, bersama ini kami kirimkan data.\n', /tidak tampak seperti tabel survei/],
    ['a table with no usable columns', 'acak.csv', 'a,b,c\n1,2,3\n', /tidak tampak seperti tabel survei/],
    ['a header without rows', 'header-saja.csv', `${TIDY_HEADER.join(',')}\n`, /tidak berisi satu pun baris usaha/],
    ['a zip that is not a workbook', 'arsip.xlsx', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]), /tidak dapat dibaca sebagai lembar kerja Excel/],
  ])('%s: BAD_FILE with a message in Bahasa Indonesia', async (_what, name, content, message) => {
    const db = await projectWithData();
    const before = snapshotTables(db);
    const err = await importError(db, writeFile(tmp.dir, name, content));
    expect(err.code).toBe('BAD_FILE');
    expect(err.message).toMatch(message);
    expect(err.message).toMatch(/Proyek tidak diubah\.$/);
    expect(snapshotTables(db)).toEqual(before);
  });

  it('a file that does not exist: BAD_FILE', async () => {
    const db = await projectWithData();
    const err = await importError(db, `${tmp.dir}/tidak-ada.csv`);
    expect(err).toMatchObject({ code: 'BAD_FILE', message: expect.stringMatching(/berkas tidak ditemukan/) });
  });

  it('a failure in the middle of writing rolls everything back and names the row', async () => {
    const db = await projectWithData();
    // A real failure inside SQLite at one row, as a full disk or a constraint would cause.
    db.exec("CREATE TRIGGER gagal_di_tengah BEFORE INSERT ON businesses WHEN NEW.source_row = 1500 BEGIN SELECT RAISE(ABORT, 'disk penuh (uji)'); END");
    const before = snapshotTables(db);
    const err = await importError(db, bigCsv('gagal.csv', 3000));
    expect(err.code).toBe('IMPORT_FAILED');
    expect(err.message).toBe('Impor gagal di baris 1500: disk penuh (uji). Proyek tidak diubah.');
    expect(snapshotTables(db)).toEqual(before);
  });

  it('a failure in a large file (parsed on a second thread) rolls everything back too', async () => {
    const db = await projectWithData();
    db.exec("CREATE TRIGGER gagal_besar BEFORE INSERT ON businesses WHEN NEW.source_row = 15000 BEGIN SELECT RAISE(ABORT, 'disk penuh (uji)'); END");
    const before = snapshotTables(db);
    const err = await importError(db, bigCsv('gagal-besar.csv', 24000));
    expect(err).toMatchObject({ code: 'IMPORT_FAILED', message: 'Impor gagal di baris 15000: disk penuh (uji). Proyek tidak diubah.' });
    expect(snapshotTables(db)).toEqual(before);
  });
});

describe('cancel', () => {
  async function cancelMidway(db: Db, path: string): Promise<{ err: unknown; doneAtCancel: number }> {
    let doneAtCancel = -1;
    try {
      await importFile(db, path, {}, (p, cancel) => {
        if (doneAtCancel < 0 && p.phase === 'Mengimpor baris' && p.done > 0) {
          doneAtCancel = p.done;
          cancel();
        }
      });
    } catch (err) {
      return { err, doneAtCancel };
    }
    return { err: null, doneAtCancel };
  }

  it.each([
    ['a file read on one thread', 'batal-kecil.csv', 15000],
    ['a large file read on a second thread', 'batal-besar.csv', 24000],
  ])('cancelling %s mid-way leaves the project unchanged', async (_what, name, rows) => {
    const db = await projectWithData();
    const before = snapshotTables(db);
    const { err, doneAtCancel } = await cancelMidway(db, bigCsv(name, rows));
    expect(doneAtCancel).toBeGreaterThan(0);
    expect(doneAtCancel).toBeLessThan(rows);
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ code: 'CANCELLED', message: 'Impor dibatalkan oleh pengguna. Proyek tidak diubah.' });
    expect(snapshotTables(db)).toEqual(before);
  });

  it('the project can be imported into again after a cancel', async () => {
    const db = await projectWithData();
    await cancelMidway(db, bigCsv('batal-lalu-impor.csv', 12000));
    const s = await importFile(db, good);
    expect(s.businesses_imported).toBe(2);
  });
});
