import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { businessesOf, importFile, issuesOf, newProject, nikOf, originalRowOf, tempDir, tidyRow, TIDY_HEADER, toCsv, writeFile } from './import-helpers';

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => {
  tmp = tempDir();
});
afterAll(() => tmp.cleanup());

describe('repeated rows and shared NIKs', () => {
  it('skips an exact repeat of a row even when its running number differs, and counts it', async () => {
    const { db } = newProject(tmp.dir);
    const sheet = [
      ['NO', 'Nama', 'NIK', 'Kecamatan', 'Omzet per bulan'],
      ['1', 'Ani', nikOf(1, true), 'Gadingrejo', '1000000'],
      ['2', 'Budi', nikOf(2), 'Purworejo', '2000000'],
      ['3', 'Ani', nikOf(1, true), 'Gadingrejo', '1000000'],
      ['4', 'Ani', nikOf(1, true), 'Gadingrejo', '1000000'],
    ];
    const s = await importFile(db, writeFile(tmp.dir, 'ulang.csv', toCsv(sheet)));
    expect(s.businesses_imported).toBe(2);
    expect(s.skipped).toEqual({ baris_ganda: 2 });
    expect(businessesOf(db, s.round_id).map((b) => b.source_row)).toEqual([2, 3]);
    expect(s.issues).toEqual({});
  });

  it('imports rows that share a NIK but differ elsewhere and flags both as possible duplicates', async () => {
    const { db } = newProject(tmp.dir);
    const sheet = [TIDY_HEADER, tidyRow(1), tidyRow(2), tidyRow(3, { NIK: nikOf(1), 'Nama Usaha': 'Usaha kedua milik Pelaku 1' }), tidyRow(4, { NIK: nikOf(1) })];
    const s = await importFile(db, writeFile(tmp.dir, 'nik-sama.csv', toCsv(sheet)));
    expect(s.businesses_imported).toBe(4);
    expect(businessesOf(db, s.round_id).map((b) => b.duplicate_state)).toEqual(['possible', null, 'possible', 'possible']);
    const dup = issuesOf(db, s.round_id).filter((i) => i.code === 'kemungkinan_duplikat');
    expect(dup.map((i) => i.source_row)).toEqual([2, 4, 5]);
    expect(dup[1].message).toBe('Baris 4, kolom "NIK": NIK sama dengan baris 2, tetapi isian lainnya berbeda; kemungkinan data dobel, perlu ditinjau.');
  });

  it('flags shared NIKs across many rows, even far apart in a large file', async () => {
    const { db } = newProject(tmp.dir);
    const rows = [TIDY_HEADER];
    for (let n = 1; n <= 3000; n++) rows.push(tidyRow(n));
    rows.push(tidyRow(5000, { NIK: nikOf(7) }));
    const s = await importFile(db, writeFile(tmp.dir, 'nik-jauh.csv', toCsv(rows)));
    expect(s.businesses_imported).toBe(3001);
    const flagged = db.prepare("SELECT source_row FROM businesses WHERE duplicate_state = 'possible' ORDER BY source_row").pluck().all();
    expect(flagged).toEqual([8, 3002]);
  });
});

describe('identity numbers and phones', () => {
  it('reports an Excel-damaged NIK as unrecoverable: stored as null, the raw text kept in the original row', async () => {
    const { db } = newProject(tmp.dir);
    const sheet = [TIDY_HEADER, tidyRow(1, { NIK: '3.57501E+15' }), tidyRow(2, { NIK: `'${nikOf(2)}` })];
    const s = await importFile(db, writeFile(tmp.dir, 'nik-rusak.csv', toCsv(sheet, ';')));
    const [damaged, quoted] = businessesOf(db, s.round_id);
    expect(damaged.nik).toBeNull();
    expect(originalRowOf(db, damaged).NIK).toBe('3.57501E+15');
    expect(quoted.nik).toBe(nikOf(2));
    const issue = issuesOf(db, s.round_id).find((i) => i.code === 'nik_rusak_excel');
    expect(issue).toMatchObject({ source_row: 2, column_name: 'NIK', severity: 'error' });
    expect(issue?.message).toMatch(/^Baris 2, kolom "NIK": NIK rusak: Excel menyimpannya sebagai angka dalam notasi ilmiah/);
  });

  it('flags, but keeps, a NIK first registered outside the address kab/kota', async () => {
    const { db } = newProject(tmp.dir);
    const sheet = [TIDY_HEADER, tidyRow(1, { NIK: '3507011505800001' })];
    const s = await importFile(db, writeFile(tmp.dir, 'nik-luar.csv', toCsv(sheet)));
    expect(businessesOf(db, s.round_id)[0].nik).toBe('3507011505800001');
    expect(issuesOf(db, s.round_id).map((i) => [i.code, i.severity])).toEqual([['nik_wilayah_beda', 'info']]);
  });

  it('never puts a NIK or phone number into a problem message', async () => {
    const { db } = newProject(tmp.dir);
    const sheet = [TIDY_HEADER, tidyRow(1, { NIK: '3575013205800001', 'Nomor KK': '12345', 'Telepon/HP': '0812-ABC' })];
    const s = await importFile(db, writeFile(tmp.dir, 'pribadi.csv', toCsv(sheet)));
    const messages = issuesOf(db, s.round_id).map((i) => i.message).join('\n');
    expect(issuesOf(db, s.round_id).map((i) => i.code).sort()).toEqual(['kk_tidak_valid', 'nik_tanggal_tidak_valid', 'telepon_tidak_valid']);
    expect(messages).not.toMatch(/3575013205800001|12345|0812-ABC/);
  });

  it('normalises phones to one form', async () => {
    const { db } = newProject(tmp.dir);
    const sheet = [TIDY_HEADER, tidyRow(1, { 'Telepon/HP': '+62 812-3456-7890' }), tidyRow(2, { 'Telepon/HP': '6281234567891' }), tidyRow(3, { 'Telepon/HP': '81234567892' })];
    const s = await importFile(db, writeFile(tmp.dir, 'hp.csv', toCsv(sheet)));
    expect(businessesOf(db, s.round_id).map((b) => b.telepon)).toEqual(['081234567890', '081234567891', '081234567892']);
  });
});

describe('values and their problems', () => {
  it('reads money in the forms of the brief and reports what it cannot read with row and column', async () => {
    const { db } = newProject(tmp.dir);
    const sheet = [
      ['Nama', 'Kecamatan', 'OMSET PERTAHUN (Rp)', 'ASET', 'MODAL'],
      ['Ani', 'Gadingrejo', 'Rp. 1.500.000,-', '2 M', '150rb'],
      ['Budi', 'Gadingrejo', 'IDR 50K', '(1.000)', 'lima juta'],
    ];
    const s = await importFile(db, writeFile(tmp.dir, 'uang.csv', toCsv(sheet, ';')));
    expect(businessesOf(db, s.round_id).map((b) => [b.omzet_nilai, b.aset, b.modal])).toEqual([
      [1_500_000, 2_000_000_000, 150_000],
      [50_000, -1000, null],
    ]);
    const issues = issuesOf(db, s.round_id);
    expect(issues.map((i) => i.message)).toEqual([
      'Baris 3, kolom "ASET": nilai negatif (-Rp 1.000); periksa kembali.',
      'Baris 3, kolom "MODAL": "lima juta" tidak terbaca sebagai jumlah uang; dibiarkan kosong.',
    ]);
    expect(s.issues).toEqual({ uang_negatif: 1, uang_tidak_terbaca: 1 });
  });

  it('reports a place name that matches nothing, and one in the wrong kecamatan, without guessing', async () => {
    const { db } = newProject(tmp.dir);
    const sheet = [TIDY_HEADER, tidyRow(1, { Kecamatan: 'Bangil', Kelurahan: 'Kalirejo' }), tidyRow(2, { Kecamatan: 'Gadingrejo', Kelurahan: 'Bugul Lor' }), tidyRow(3, { Kecamatan: '', Kelurahan: 'Pekucen' })];
    const s = await importFile(db, writeFile(tmp.dir, 'wilayah.csv', toCsv(sheet)));
    expect(businessesOf(db, s.round_id).map((b) => [b.kecamatan_code, b.kelurahan_code])).toEqual([
      [null, null],
      ['35.75.01', null],
      ['35.75.04', '35.75.04.1009'],
    ]);
    const issues = issuesOf(db, s.round_id);
    expect(issues.map((i) => `${i.source_row} ${i.code} ${i.column_name}`)).toEqual([
      '2 wilayah_tidak_dikenal Kecamatan',
      '2 wilayah_tidak_dikenal Kelurahan',
      '3 wilayah_tidak_cocok Kelurahan',
      '4 wilayah_ejaan Kelurahan',
    ]);
    expect(issues[0].message).toBe('Baris 2, kolom "Kecamatan": kecamatan "Bangil" tidak ditemukan di daftar wilayah Kota Pasuruan; dibiarkan kosong.');
  });

  it('reads sectors, marketing, statuses and reasons from codes and words', async () => {
    const { db } = newProject(tmp.dir);
    const sheet = [
      TIDY_HEADER,
      tidyRow(1, { 'Bidang Usaha': '2', Pemasaran: 'online & offline', 'Status Verifikasi': 'hilang', 'Alasan Hilang': 'pindah_alamat' }),
      tidyRow(2, { 'Bidang Usaha': 'dagang', Pemasaran: 'Online', 'Status Verifikasi': 'valid', 'Sumber Data': 'temuan_lapangan' }),
      tidyRow(3, { 'Bidang Usaha': 'pertanian', Pemasaran: 'entah', 'Status Verifikasi': 'hilang', 'Alasan Hilang': '' }),
    ];
    const s = await importFile(db, writeFile(tmp.dir, 'kategori.csv', toCsv(sheet)));
    expect(businessesOf(db, s.round_id).map((b) => [b.bidang_usaha, b.pemasaran, b.status, b.alasan_hilang, b.sumber])).toEqual([
      ['industri', 'keduanya', 'hilang', 'pindah_alamat', 'data_dinas'],
      ['perdagangan', 'online', 'valid', null, 'temuan_lapangan'],
      [null, null, 'data_awal', null, 'data_dinas'],
    ]);
    expect(s.issues).toEqual({ bidang_tidak_dikenal: 1, pemasaran_tidak_dikenal: 1, status_hilang_tanpa_alasan: 1 });
  });
});
