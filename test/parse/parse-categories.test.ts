import { describe, expect, it } from 'vitest';
import { parseLostReason, parseMarketing, parseRecordSource, parseSector, parseStatus, parseYesNo } from '../../shared/parse/parse-categories';
import { parseWorkers, parseYear } from '../../shared/parse/parse-count';

describe('parseSector', () => {
  it.each([
    ['1', 'perdagangan'],
    ['2', 'industri'],
    ['3', 'jasa'],
    ['Perdagangan', 'perdagangan'],
    ['dagang', 'perdagangan'],
    ['1. Perdagangan', 'perdagangan'],
    ['INDUSTRI PENGOLAHAN', 'industri'],
    ['produksi', 'industri'],
    ['Jasa', 'jasa'],
    ['layanan', 'jasa'],
  ])('reads %s as %s', (text, sector) => {
    expect(parseSector(text)).toBe(sector);
  });

  it('returns null for an unknown word and undefined for an empty cell', () => {
    expect(parseSector('pertanian')).toBeNull();
    expect(parseSector('4')).toBeNull();
    expect(parseSector(' ')).toBeUndefined();
  });
});

describe('parseMarketing', () => {
  it.each([
    ['online & offline', 'keduanya'],
    ['Online dan Offline', 'keduanya'],
    ['online/offline', 'keduanya'],
    ['on/off', 'keduanya'],
    ['keduanya', 'keduanya'],
    ['Online', 'online'],
    ['daring', 'online'],
    ['Shopee', 'online'],
    ['offline', 'offline'],
    ['langsung di toko', 'offline'],
    ['WA dan pasar', 'keduanya'],
  ])('reads %s as %s', (text, channel) => {
    expect(parseMarketing(text)).toBe(channel);
  });

  it('returns null for text that names no channel', () => {
    expect(parseMarketing('lainnya')).toBeNull();
  });
});

describe('verification columns', () => {
  it('reads statuses', () => {
    expect(parseStatus('valid')).toBe('valid');
    expect(parseStatus('VALID')).toBe('valid');
    expect(parseStatus('hilang')).toBe('hilang');
    expect(parseStatus('tidak ditemukan')).toBe('hilang');
    expect(parseStatus('data awal')).toBe('data_awal');
    expect(parseStatus('entah')).toBeNull();
  });

  it("reads the seed's lost reasons as keys, labels and common words", () => {
    expect(parseLostReason('pindah_alamat')).toBe('pindah_alamat');
    expect(parseLostReason('Tidak lagi menjalankan usaha')).toBe('tidak_lagi_usaha');
    expect(parseLostReason('sudah tutup')).toBe('tidak_lagi_usaha');
    expect(parseLostReason('wafat')).toBe('meninggal');
    expect(parseLostReason('Berdomisili di luar kota')).toBe('luar_kota');
    expect(parseLostReason('Fiktif / tidak teridentifikasi')).toBe('fiktif');
    expect(parseLostReason('data dobel')).toBe('data_dobel');
    expect(parseLostReason('alasan lain')).toBeNull();
  });

  it('reads the record source', () => {
    expect(parseRecordSource('data_dinas')).toBe('data_dinas');
    expect(parseRecordSource('temuan_lapangan')).toBe('temuan_lapangan');
    expect(parseRecordSource('Temuan lapangan')).toBe('temuan_lapangan');
    expect(parseRecordSource('')).toBeUndefined();
  });

  it('reads yes/no cells', () => {
    expect(parseYesNo('Ya')).toBe(1);
    expect(parseYesNo('ada')).toBe(1);
    expect(parseYesNo('Tidak')).toBe(0);
    expect(parseYesNo('belum')).toBe(0);
    expect(parseYesNo('mungkin')).toBeNull();
  });
});

describe('parseWorkers', () => {
  it('reads a total with or without the word orang', () => {
    expect(parseWorkers('2 orang')).toEqual({ total: 2, l: null, p: null, unreadable: false });
    expect(parseWorkers('3')).toMatchObject({ total: 3 });
    expect(parseWorkers(4)).toMatchObject({ total: 4 });
    expect(parseWorkers('0')).toMatchObject({ total: 0 });
  });

  it('reads an L/P split written in one cell', () => {
    expect(parseWorkers('L 2 P 1')).toEqual({ total: 3, l: 2, p: 1, unreadable: false });
    expect(parseWorkers('2 L / 1 P')).toEqual({ total: 3, l: 2, p: 1, unreadable: false });
    expect(parseWorkers('laki-laki 1, perempuan 2')).toEqual({ total: 3, l: 1, p: 2, unreadable: false });
  });

  it('treats an empty cell or a dash as missing, and words as unreadable', () => {
    expect(parseWorkers('-')).toMatchObject({ total: null, unreadable: false });
    expect(parseWorkers('banyak')).toMatchObject({ total: null, unreadable: true });
  });
});

describe('parseYear', () => {
  it('reads a year from a year, a date or month/year', () => {
    expect(parseYear('2015', 2025).value).toBe(2015);
    expect(parseYear('2015-03-01', 2025).value).toBe(2015);
    expect(parseYear('03/2015', 2025).value).toBe(2015);
  });

  it('rejects a future year', () => {
    expect(parseYear('2031', 2025)).toEqual({ value: null, unreadable: true });
  });
});
