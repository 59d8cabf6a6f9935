import { describe, expect, it } from 'vitest';
import { createJenisMatcher, normaliseJenis } from '../../shared/classify/match-jenis';
import { DEFAULT_DICTIONARY } from '../../shared/classify/jenis-dictionary';
import { assignBand, buildBands, DEFAULT_BAND_CONFIG, quantileBandBounds, resolveBands } from '../../shared/classify/turnover-bands';
import { DEMO_BUSINESS_TYPES } from '../../services/demo/business-types';

const matcher = createJenisMatcher(DEFAULT_DICTIONARY);
const groupOf = (text: string) => matcher.match(text)?.group ?? 'lainnya';

describe('jenis usaha keyword dictionary', () => {
  it('maps everyday Indonesian free text to the seed groups', () => {
    expect(groupOf('WARKOP')).toBe('makanan_minuman');
    expect(groupOf('Toko Kelontong / Sembako')).toBe('pracangan');
    expect(groupOf('jahit baju')).toBe('jasa');
    expect(groupOf('Bengkel Las')).toBe('logam');
    expect(groupOf('keripik tempe')).toBe('makanan_minuman');
    expect(groupOf('Batik Tulis')).toBe('batik');
    expect(groupOf('meubel jati')).toBe('mebel');
  });
  it('prefers the longer keyword, so "warung kopi" is food and drink while "warung" alone is pracangan', () => {
    expect(matcher.match('warung kopi')?.label).toBe('Warung kopi');
    expect(groupOf('warung')).toBe('pracangan');
  });
  it('matches whole words only: "las" does not match inside "kelas" or "gelas"', () => {
    expect(matcher.match('jual gelas plastik')).toBeNull();
  });
  it('gives the KBLI 2020 division where it is clear, and none where it is not', () => {
    expect(matcher.match('toko kelontong')?.kbli).toBe('47');
    expect(matcher.match('warkop')?.kbli).toBe('56');
    expect(matcher.match('kaligrafi')?.kbli).toBeNull();
  });
  it('classifies every jenis usaha the demo generator writes into the group it was generated from', () => {
    const wrong = DEMO_BUSINESS_TYPES.filter((t) => groupOf(t.jenis) !== t.group).map((t) => `${t.jenis} -> ${groupOf(t.jenis)}`);
    expect(wrong).toEqual([]);
  });
  it('normalises case, punctuation and spacing', () => {
    expect(normaliseJenis('  Manik-Manik,  Kalung ')).toBe('manik manik kalung');
  });
});

describe('turnover bands', () => {
  const bands = resolveBands(DEFAULT_BAND_CONFIG, []);
  it('has the five default bands per year with inclusive upper bounds', () => {
    expect(bands.map((b) => b.label_tahun)).toEqual([
      '≤ Rp 15 jt per tahun', '> Rp 15 jt – Rp 50 jt per tahun', '> Rp 50 jt – Rp 300 jt per tahun', '> Rp 300 jt – Rp 2 M per tahun', '> Rp 2 M per tahun',
    ]);
    expect(assignBand(15_000_000, bands)).toBe('b1');
    expect(assignBand(15_000_001, bands)).toBe('b2');
    expect(assignBand(2_000_000_000, bands)).toBe('b4');
    expect(assignBand(2_000_000_001, bands)).toBe('b5');
  });
  it('shows the same bands per month with bounds divided by twelve', () => {
    expect(bands[0]?.label_bulan).toBe('≤ Rp 1,25 jt per bulan');
  });
  it('puts a missing turnover in the unknown band', () => {
    expect(assignBand(null, bands)).toBe('unknown');
  });
  it('cuts quantile bands at type-7 quantiles of the data', () => {
    expect(quantileBandBounds([10, 20, 30, 40, 50], 4)).toEqual([20, 30, 40]);
    expect(buildBands([20, 30, 40]).length).toBe(4);
  });
});
