import { describe, expect, it } from 'vitest';
import { FIELD_KEYS, FIELD_LABELS } from '../../shared/domain/fields';
import { matchHeader, suggestMapping } from '../../shared/parse/header-synonyms';
import { detectHeaderRow, isColumnNumberRow, isTotalsRow, mergeSubHeader } from '../../shared/parse/detect-header';

const field = (h: string) => {
  const m = matchHeader(h);
  return m === null ? null : m.field === 'omzet' ? `omzet_${m.period}` : m.field;
};

describe('matchHeader', () => {
  it.each([
    ['OMSET PERTAHUN (Rp)', 'omzet_tahun'],
    ['Omzet/bulan', 'omzet_bulan'],
    ['Omset per Bulan', 'omzet_bulan'],
    ['OMZET', 'omzet_null'],
    ['NO HP/WA', 'telepon'],
    ['No. Telp', 'telepon'],
    ['SKU/NIB', 'nib'],
    ['TENAGA KERJA L', 'tenaga_kerja_l'],
    ['Tenaga Kerja (P)', 'tenaga_kerja_p'],
    ['Jumlah Tenaga Kerja', 'tenaga_kerja'],
    ['NIK', 'nik'],
    ['No. KK', 'no_kk'],
    ['Alamat KTP', 'alamat'],
    ['KEC.', 'kecamatan'],
    ['Kelurahan/Desa', 'kelurahan'],
    ['RT/RW', 'rt'],
    ['Nama Pemilik', 'nama_pelaku'],
    ['NAMA USAHA', 'nama_usaha'],
    ['Bidang Usaha', 'bidang_usaha'],
    ['Jenis Usaha', 'jenis_usaha'],
    ['Pemasaran (Online/Offline)', 'pemasaran'],
    ['Aset Usaha (Rp)', 'aset'],
    ['Modal', 'modal'],
    ['NO', 'row_number'],
    ['No.', 'row_number'],
  ])('maps %s to %s', (header, expected) => {
    expect(field(header)).toBe(expected);
  });

  it('maps Kobo/ODK group/question headers by their question', () => {
    expect(field('identitas/nik')).toBe('nik');
    expect(field('grp_usaha/omzet_bulan')).toBe('omzet_bulan');
    expect(field('data_pemilik/nama_pelaku')).toBe('nama_pelaku');
    expect(field('lokasi/kecamatan')).toBe('kecamatan');
  });

  it('does not mistake Jenis Kelamin for the jenis usaha', () => {
    expect(field('Jenis Kelamin')).toBe('ignore');
  });

  it('maps every label of the tidy template to its own field', () => {
    for (const key of FIELD_KEYS) {
      const got = field(FIELD_LABELS[key]);
      const expected = key === 'omzet_tahunan' ? 'omzet_tahun' : key === 'omzet_bulanan' ? 'omzet_bulan' : key;
      expect(got, FIELD_LABELS[key]).toBe(expected);
    }
  });

  it('returns null for a header it does not know', () => {
    expect(matchHeader('Keterangan')).toBeNull();
  });
});

describe('suggestMapping', () => {
  it('maps each field to the first matching column and lists running-number columns', () => {
    const s = suggestMapping(['NO', 'NAMA', 'NIK', 'Nama Lengkap', 'OMSET PERTAHUN (Rp)']);
    expect(s.mapping).toEqual({ nama_pelaku: 1, nik: 2, omzet_tahunan: 4 });
    expect(s.rowNumberColumns).toEqual([0]);
    expect(s.periodSource).toBe('header');
  });

  it('gives a turnover header without a period the chosen period, or per year by default', () => {
    expect(suggestMapping(['Nama', 'Omzet'], 'bulan')).toMatchObject({ mapping: { omzet_bulanan: 1 }, periodSource: 'option' });
    expect(suggestMapping(['Nama', 'Omzet'])).toMatchObject({ mapping: { omzet_tahunan: 1 }, periodSource: 'default' });
  });
});

describe('detectHeaderRow', () => {
  it('finds the header under title rows', () => {
    const rows = [['DATA UMKM KOTA PASURUAN 2022'], ['Dinas Koperasi dan Usaha Mikro'], [], ['NO', 'NAMA', 'NIK', 'KECAMATAN'], ['1', 'Ani', '3575011505800001', 'Gadingrejo']];
    expect(detectHeaderRow(rows)).toEqual({ headerRow: 3, score: 3 });
  });

  it('finds no header in a table without survey columns', () => {
    expect(detectHeaderRow([['a', 'b'], ['1', '2']]).headerRow).toBeNull();
  });

  it('joins a two-row header (TENAGA KERJA over L | P)', () => {
    const merged = mergeSubHeader(['NAMA', 'TENAGA KERJA', null, 'OMZET'], [null, 'L', 'P', null]);
    expect(merged).toEqual(['NAMA', 'TENAGA KERJA L', 'TENAGA KERJA P', 'OMZET']);
    expect(mergeSubHeader(['NAMA', 'NIK'], ['Ani', '3575011505800001'])).toBeNull();
  });

  it('recognises totals rows and the row of column numbers', () => {
    expect(isTotalsRow(['', 'JUMLAH', '', '1.500.000'])).toBe(true);
    expect(isTotalsRow(['TOTAL', '123'])).toBe(true);
    expect(isTotalsRow(['1', 'Toko Jumlah Jaya', 'Gadingrejo'])).toBe(false);
    expect(isColumnNumberRow(['(1)', '(2)', '(3)', '(4)'])).toBe(true);
    expect(isColumnNumberRow(['1', 'Ani', '3'])).toBe(false);
  });
});
