import { describe, expect, it } from 'vitest';
import { classifySize, type SizeInputs } from '../../shared/classify/classify-size';

const M = 1_000_000_000;
const JT = 1_000_000;
const none: SizeInputs = { omzet_tahunan: null, modal: null, aset: null, tenaga_kerja: null };
const sales = (v: number | null) => classifySize({ ...none, omzet_tahunan: v }, 'pp7-2021');
const capital = (v: number | null) => classifySize({ ...none, modal: v }, 'pp7-2021', 'modal');

describe('PP 7/2021 by yearly sales (the default for existing businesses)', () => {
  it('counts exactly Rp 2.000.000.000 a year as micro and one Rupiah more as small', () => {
    expect(sales(2 * M)).toMatchObject({ size_class: 'mikro', criterion: 'penjualan' });
    expect(sales(2 * M + 1).size_class).toBe('kecil');
  });
  it('puts exactly Rp 15 M in small and exactly Rp 50 M in medium, above that large', () => {
    expect(sales(15 * M).size_class).toBe('kecil');
    expect(sales(15 * M + 1).size_class).toBe('menengah');
    expect(sales(50 * M).size_class).toBe('menengah');
    expect(sales(50 * M + 1).size_class).toBe('besar');
  });
  it('gives unknown, not micro, when the sales figure is missing', () => {
    expect(sales(null)).toMatchObject({ size_class: 'unknown', criterion: null });
  });
  it('treats zero sales as a real value (micro), unlike a missing one', () => {
    expect(sales(0).size_class).toBe('mikro');
  });
});

describe('PP 7/2021 by capital (new registrations)', () => {
  it('uses inclusive bounds of Rp 1 M, 5 M and 10 M', () => {
    expect(capital(1 * M)).toMatchObject({ size_class: 'mikro', criterion: 'modal' });
    expect(capital(1 * M + 1).size_class).toBe('kecil');
    expect(capital(5 * M).size_class).toBe('kecil');
    expect(capital(5 * M + 1).size_class).toBe('menengah');
    expect(capital(10 * M).size_class).toBe('menengah');
    expect(capital(10 * M + 1).size_class).toBe('besar');
  });
});

describe('conflicting criteria', () => {
  it('flags a business that is micro by sales but small by capital, and keeps the sales class', () => {
    const r = classifySize({ ...none, omzet_tahunan: 500 * JT, modal: 3 * M }, 'pp7-2021');
    expect(r).toEqual({ size_class: 'mikro', criterion: 'penjualan', alt_class: 'kecil', alt_criterion: 'modal', conflict: true });
  });
  it('does not flag a conflict when the other criterion is missing', () => {
    expect(classifySize({ ...none, omzet_tahunan: 500 * JT }, 'pp7-2021').conflict).toBe(false);
  });
});

describe('UU 20/2008 by net assets or yearly sales', () => {
  const uu = (aset: number | null, omzet: number | null) => classifySize({ ...none, aset, omzet_tahunan: omzet }, 'uu20-2008');
  it('uses inclusive bounds for assets: Rp 50 jt, 500 jt, 10 M', () => {
    expect(uu(50 * JT, null)).toMatchObject({ size_class: 'mikro', criterion: 'aset' });
    expect(uu(50 * JT + 1, null).size_class).toBe('kecil');
    expect(uu(500 * JT, null).size_class).toBe('kecil');
    expect(uu(500 * JT + 1, null).size_class).toBe('menengah');
    expect(uu(10 * M, null).size_class).toBe('menengah');
    expect(uu(10 * M + 1, null).size_class).toBe('besar');
  });
  it('uses inclusive bounds for sales: Rp 300 jt, 2,5 M, 50 M', () => {
    expect(uu(null, 300 * JT)).toMatchObject({ size_class: 'mikro', criterion: 'penjualan' });
    expect(uu(null, 300 * JT + 1).size_class).toBe('kecil');
    expect(uu(null, 2_500 * JT).size_class).toBe('kecil');
    expect(uu(null, 2_500 * JT + 1).size_class).toBe('menengah');
    expect(uu(null, 50 * M).size_class).toBe('menengah');
    expect(uu(null, 50 * M + 1).size_class).toBe('besar');
  });
  it('takes the smaller class when the criteria disagree ("atau" in Pasal 6), recording which decided and the conflict', () => {
    expect(uu(40 * JT, 1 * M)).toEqual({ size_class: 'mikro', criterion: 'aset', alt_class: 'kecil', alt_criterion: 'penjualan', conflict: true });
  });
  it('is unknown only when both values are missing', () => {
    expect(uu(null, null).size_class).toBe('unknown');
  });
});

describe('BPS by workers', () => {
  const bps = (tk: number | null) => classifySize({ ...none, tenaga_kerja: tk }, 'bps-workers');
  it('puts 1-4 workers in micro, 5-19 small, 20-99 medium, 100 or more large', () => {
    expect([1, 4, 5, 19, 20, 99, 100].map((n) => bps(n).size_class)).toEqual(['mikro', 'mikro', 'kecil', 'kecil', 'menengah', 'menengah', 'besar']);
    expect(bps(4).criterion).toBe('tenaga_kerja');
  });
  it('counts a business without workers besides the owner (0) as micro and a missing count as unknown', () => {
    expect(bps(0).size_class).toBe('mikro');
    expect(bps(null).size_class).toBe('unknown');
  });
});
