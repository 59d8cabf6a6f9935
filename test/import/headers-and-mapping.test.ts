import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { businessesOf, importFile, newProject, nikOf, originalRowOf, tempDir, toCsv, writeFile } from './import-helpers';

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => {
  tmp = tempDir();
});
afterAll(() => tmp.cleanup());

describe('header wording', () => {
  it('maps headers in any case and wording by synonyms', async () => {
    const { db } = newProject(tmp.dir);
    const sheet = [
      ['No.', 'NAMA PEMILIK', 'NAMA USAHA', 'NIK', 'NO HP/WA', 'SKU/NIB', 'KEC.', 'KEL/DESA', 'Omzet/bulan', 'TENAGA KERJA L', 'TENAGA KERJA P', 'PEMASARAN', 'BIDANG'],
      ['1', 'Ani', 'Warung Ani', nikOf(1, true), '+62 812-3456-7890', "'0220001234567", 'gadingrejo', 'sebani', '1,5 jt', '1', '2', 'online & offline', '1'],
    ];
    const s = await importFile(db, writeFile(tmp.dir, 'sinonim.csv', toCsv(sheet)));
    expect(businessesOf(db, s.round_id)[0]).toMatchObject({
      nama_pelaku: 'Ani',
      nama_usaha: 'Warung Ani',
      nik: nikOf(1, true),
      telepon: '081234567890',
      nib: '0220001234567',
      kecamatan_code: '35.75.01',
      kelurahan_code: '35.75.01.1003',
      omzet_nilai: 1_500_000,
      omzet_periode: 'bulan',
      tenaga_kerja: 3,
      tenaga_kerja_l: 1,
      tenaga_kerja_p: 2,
      pemasaran: 'keduanya',
      bidang_usaha: 'perdagangan',
    });
  });

  it('maps Kobo/ODK group/question headers', async () => {
    const { db } = newProject(tmp.dir);
    const sheet = [
      ['start', 'identitas/nama_pelaku', 'identitas/nik', 'lokasi/kecamatan', 'lokasi/kelurahan', 'usaha/omzet_bulan', '_uuid'],
      ['2022-10-01', 'Ani', nikOf(1, true), 'Purworejo', 'Pohjentrek', '2500000', 'a1b2'],
    ];
    const s = await importFile(db, writeFile(tmp.dir, 'kobo.csv', toCsv(sheet)));
    expect(businessesOf(db, s.round_id)[0]).toMatchObject({ nama_pelaku: 'Ani', kecamatan_code: '35.75.02', kelurahan_code: '35.75.02.1001', omzet_nilai: 2_500_000, omzet_periode: 'bulan' });
  });

  it('stores a turnover without a stated period per year by default, and per month when the user says so', async () => {
    const sheet = [['Nama', 'Kecamatan', 'Omzet'], ['Ani', 'Gadingrejo', '3000000']];
    const path = writeFile(tmp.dir, 'periode.csv', toCsv(sheet));
    const a = newProject(tmp.dir);
    const byDefault = await importFile(a.db, path);
    expect(businessesOf(a.db, byDefault.round_id)[0]).toMatchObject({ omzet_nilai: 3_000_000, omzet_periode: 'tahun' });
    expect(byDefault.notes?.[0]).toMatch(/tidak menyebut periode omzet; dianggap omzet per tahun/);
    const b = newProject(tmp.dir);
    const chosen = await importFile(b.db, path, { turnoverPeriod: 'bulan' });
    expect(businessesOf(b.db, chosen.round_id)[0]).toMatchObject({ omzet_nilai: 3_000_000, omzet_periode: 'bulan', omzet_tahunan: 36_000_000 });
  });

  it('keeps unmapped columns in extra_json, numbers as numbers, and the whole row in original_json', async () => {
    const { db } = newProject(tmp.dir);
    const sheet = [['NO', 'Nama', 'Kecamatan', 'Luas Tempat (m2)', 'Keterangan', 'Kode Pos'], ['7', 'Ani', 'Gadingrejo', '12', 'sudah ikut pelatihan', '067134']];
    const s = await importFile(db, writeFile(tmp.dir, 'extra.csv', toCsv(sheet)));
    const b = businessesOf(db, s.round_id)[0];
    expect(JSON.parse(b.extra_json ?? 'null')).toEqual({ NO: 7, 'Luas Tempat (m2)': 12, Keterangan: 'sudah ikut pelatihan', 'Kode Pos': '067134' });
    // Stored as the cells in column order; the headers are kept once, with the import.
    expect(JSON.parse(b.original_json)).toEqual(['7', 'Ani', 'Gadingrejo', '12', 'sudah ikut pelatihan', '067134']);
    expect(Object.entries(originalRowOf(db, b))).toEqual(Object.entries({ NO: '7', Nama: 'Ani', Kecamatan: 'Gadingrejo', 'Luas Tempat (m2)': '12', Keterangan: 'sudah ikut pelatihan', 'Kode Pos': '067134' }));
  });
});

describe('column mappings', () => {
  const sheet = [['Kolom A', 'Kolom B', 'Wilayah'], ['Ani', nikOf(1, true), 'Gadingrejo']];

  it('uses the mapping the user gives and remembers it for the next file with the same headers', async () => {
    const { db } = newProject(tmp.dir);
    const path = writeFile(tmp.dir, 'manual.csv', toCsv(sheet));
    const first = await importFile(db, path, { mapping: { nama_pelaku: 0, nik: 1, kecamatan: 2 } });
    expect(businessesOf(db, first.round_id)[0]).toMatchObject({ nama_pelaku: 'Ani', nik: nikOf(1, true), kecamatan_code: '35.75.01' });
    const second = await importFile(db, writeFile(tmp.dir, 'manual-2.csv', toCsv([['KOLOM  A', 'kolom b', 'WILAYAH'], ['Budi', nikOf(2), 'Purworejo']])));
    expect(businessesOf(db, second.round_id)[0]).toMatchObject({ nama_pelaku: 'Budi', nik: nikOf(2), kecamatan_code: '35.75.02' });
  });

  it('refuses a file none of whose columns can be used, unless the user maps them', async () => {
    const { db } = newProject(tmp.dir);
    const path = writeFile(tmp.dir, 'tanpa-kolom.csv', toCsv(sheet));
    await expect(importFile(db, path)).rejects.toMatchObject({ code: 'BAD_FILE' });
  });

  it('refuses a mapping to a column the table does not have', async () => {
    const { db } = newProject(tmp.dir);
    const path = writeFile(tmp.dir, 'peta-salah.csv', toCsv(sheet));
    await expect(importFile(db, path, { mapping: { nama_pelaku: 9 } })).rejects.toMatchObject({ code: 'VALIDATION', message: expect.stringMatching(/kolom 10/) });
  });
});

void writeFileSync;
