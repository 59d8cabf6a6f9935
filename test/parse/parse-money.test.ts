import { describe, expect, it } from 'vitest';
import { parseMoney } from '../../shared/parse/parse-money';

const value = (cell: string | number | null) => parseMoney(cell).value;

describe('parseMoney', () => {
  it.each([
    ['Rp 1.500.000', 1_500_000],
    ['Rp. 1.500.000,-', 1_500_000],
    ['1.500.000,00', 1_500_000],
    ['Rp1.500.000', 1_500_000],
    ['1500000', 1_500_000],
    ['1 500 000', 1_500_000],
    ['1,5 jt', 1_500_000],
    ['1,5 juta', 1_500_000],
    ['1.5jt', 1_500_000],
    ['150rb', 150_000],
    ['150 ribu', 150_000],
    ['IDR 50K', 50_000],
    ['Rp 2,5 Juta', 2_500_000],
    ['2 M', 2_000_000_000],
    ['2 miliar', 2_000_000_000],
    ['2 milyar', 2_000_000_000],
    ['1,25 M', 1_250_000_000],
    ['1,500,000.00', 1_500_000],
  ])('reads %s as %d Rupiah', (text, expected) => {
    const r = parseMoney(text);
    expect(r.value).toBe(expected);
    expect(r.problem).toBeNull();
  });

  it('reads M as miliar (10^9), never million', () => {
    expect(value('3 M')).toBe(3e9);
  });

  it('reads (1.000) as a negative figure and flags it', () => {
    expect(parseMoney('(1.000)')).toEqual({ value: -1000, problem: 'negative', period: null });
  });

  it('reads a leading minus as negative and flags it, but not the ",-" of "Rp 5.000,-"', () => {
    expect(parseMoney('-5.000').problem).toBe('negative');
    expect(parseMoney('Rp 5.000,-')).toEqual({ value: 5000, problem: null, period: null });
  });

  it('keeps a real zero as 0 and an empty or dash cell as missing (null), never zero', () => {
    expect(value('0')).toBe(0);
    expect(value('')).toBeNull();
    expect(value('-')).toBeNull();
    expect(value(null)).toBeNull();
    expect(parseMoney('   ').problem).toBeNull();
  });

  it('takes numbers from a workbook as they are, rounded to whole Rupiah', () => {
    expect(value(1500000.4)).toBe(1_500_000);
    expect(value(2500000)).toBe(2_500_000);
  });

  it('reports text that is not an amount as unreadable, without guessing', () => {
    expect(parseMoney('sekitar lima juta')).toEqual({ value: null, problem: 'unreadable', period: null });
    expect(parseMoney('5-10 jt').problem).toBe('unreadable');
    expect(parseMoney('1.50.000').problem).toBe('unreadable');
  });

  it('flags a lone comma group of three digits as ambiguous (English thousands or a decimal)', () => {
    expect(parseMoney('1,500')).toEqual({ value: 1500, problem: 'ambiguous', period: null });
  });

  it('reads the period written inside the cell', () => {
    expect(parseMoney('5 jt/bulan')).toEqual({ value: 5_000_000, problem: null, period: 'bulan' });
    expect(parseMoney('Rp 60.000.000 per tahun')).toEqual({ value: 60_000_000, problem: null, period: 'tahun' });
  });

  it('reads the scientific notation Excel shows for large numbers', () => {
    expect(value('1.5E+06')).toBe(1_500_000);
  });
});
