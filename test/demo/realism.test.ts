import { describe, expect, it } from 'vitest';
import { generateSurveyRecords, type DemoRow } from '../../services/demo/generate-survey';

const rows: DemoRow[] = [...generateSurveyRecords()];
const median = (values: number[]): number => {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
};
const share = (pred: (r: DemoRow) => boolean): number => rows.filter(pred).length / rows.length;

describe('money values of the default demo (clean records, integer Rupiah)', () => {
  it('has a monthly turnover median of Rp 3-4.5 juta with a tail past Rp 100 juta', () => {
    const values = rows.map((r) => r.record.omzetBulanan);
    expect(median(values)).toBeGreaterThanOrEqual(3_000_000);
    expect(median(values)).toBeLessThanOrEqual(4_500_000);
    expect(Math.max(...values)).toBeGreaterThan(100_000_000);
  });

  it('has assets with a median of Rp 5-10 juta and capital around Rp 3 juta', () => {
    expect(median(rows.map((r) => r.record.aset))).toBeGreaterThanOrEqual(5_000_000);
    expect(median(rows.map((r) => r.record.aset))).toBeLessThanOrEqual(10_000_000);
    expect(median(rows.map((r) => r.record.modal))).toBeGreaterThanOrEqual(2_500_000);
    expect(median(rows.map((r) => r.record.modal))).toBeLessThanOrEqual(4_000_000);
  });

  it('writes only whole Rupiah amounts', () => {
    for (const { record } of rows) {
      for (const v of [record.omzetBulanan, record.aset, record.modal]) expect(Number.isInteger(v) && v > 0).toBe(true);
    }
  });

  it('gives furniture makers a higher median turnover than food sellers', () => {
    const byGroup = (g: string): number[] => rows.filter((r) => r.record.group === g).map((r) => r.record.omzetBulanan);
    expect(median(byGroup('mebel'))).toBeGreaterThan(median(byGroup('makanan_minuman')));
  });
});

describe('workers', () => {
  it('are 1-4 in total for most businesses and never more than 20', () => {
    const totals = rows.map((r) => r.record.tenagaKerjaL + r.record.tenagaKerjaP);
    expect(totals.filter((t) => t >= 1 && t <= 4).length / totals.length).toBeGreaterThan(0.9);
    expect(Math.min(...totals)).toBe(1);
    expect(Math.max(...totals)).toBeLessThanOrEqual(20);
    expect(Math.max(...totals)).toBeGreaterThanOrEqual(10);
  });

  it('are more often women in salons than in welding shops', () => {
    const femaleShare = (jenis: string): number => {
      const picked = rows.filter((r) => r.record.jenisUsaha === jenis);
      const p = picked.reduce((s, r) => s + r.record.tenagaKerjaP, 0);
      return p / picked.reduce((s, r) => s + r.record.tenagaKerjaP + r.record.tenagaKerjaL, 0);
    };
    expect(femaleShare('salon')).toBeGreaterThan(0.8);
    expect(femaleShare('bengkel las')).toBeLessThan(0.2);
  });
});

describe('categorical fields', () => {
  it('markets ~70% offline, ~10% online and ~20% both', () => {
    expect(share((r) => r.record.pemasaran === 'offline')).toBeCloseTo(0.7, 1);
    expect(share((r) => r.record.pemasaran === 'online')).toBeCloseTo(0.1, 1);
    expect(share((r) => r.record.pemasaran === 'keduanya')).toBeCloseTo(0.2, 1);
  });

  it('has ~30% 13-digit NIBs, some SKU and the rest empty', () => {
    expect(share((r) => /^\d{13}$/.test(r.record.nib))).toBeCloseTo(0.3, 1);
    expect(share((r) => r.record.nib === 'SKU')).toBeGreaterThan(0.05);
    expect(share((r) => r.record.nib === '')).toBeGreaterThan(0.5);
  });

  it('has ~5% businesses with a partnership', () => {
    expect(share((r) => r.record.kemitraan)).toBeGreaterThan(0.03);
    expect(share((r) => r.record.kemitraan)).toBeLessThan(0.07);
  });

  it('covers every jenis usaha group of the seed', () => {
    expect(new Set(rows.map((r) => r.record.group))).toEqual(
      new Set(['makanan_minuman', 'kerajinan', 'batik', 'mebel', 'logam', 'pracangan', 'jasa']),
    );
  });

  it('starts businesses between 1980 and 2022', () => {
    for (const { record } of rows) {
      expect(record.tahunMulai).toBeGreaterThanOrEqual(1980);
      expect(record.tahunMulai).toBeLessThanOrEqual(2022);
    }
  });
});
