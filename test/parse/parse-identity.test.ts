import { describe, expect, it } from 'vitest';
import { parseKk, parseNik } from '../../shared/parse/parse-identity';

// Invented numbers with valid structure: Kota Pasuruan (3575), kecamatan 01.
const MAN = '3575011505800001'; // born 15-05-80
const WOMAN = '3575015505800002'; // born 15-05-80, day + 40

describe('parseNik', () => {
  it('accepts 16 digits with a valid date part and province', () => {
    expect(parseNik(MAN)).toEqual({ value: MAN, problems: [] });
  });

  it('accepts the birth day + 40 of a woman', () => {
    expect(parseNik(WOMAN)).toEqual({ value: WOMAN, problems: [] });
  });

  it('removes the leading apostrophe Excel users type to keep digits as text', () => {
    expect(parseNik(`'${MAN}`).value).toBe(MAN);
    expect(parseNik(`\u2018${MAN}`).value).toBe(MAN);
  });

  it('removes spaces, dots and dashes between digit groups', () => {
    expect(parseNik('3575 0115 0580 0001').value).toBe(MAN);
    expect(parseNik('357501.150580.0001').value).toBe(MAN);
  });

  it('reports 3.57503E+15 as damaged by Excel and never repairs it', () => {
    expect(parseNik('3.57503E+15')).toEqual({ value: null, problems: ['excel_damaged'] });
    expect(parseNik('3,57503E+15')).toEqual({ value: null, problems: ['excel_damaged'] });
  });

  it('rejects a number that is not 16 digits', () => {
    expect(parseNik('357501150580001')).toEqual({ value: null, problems: ['malformed'] });
    expect(parseNik('3575O11505800001').problems).toEqual(['malformed']);
  });

  it('keeps but flags an impossible date part (day 32, month 13)', () => {
    expect(parseNik('3575013205800001')).toEqual({ value: '3575013205800001', problems: ['bad_date'] });
    expect(parseNik('3575011513800001').problems).toEqual(['bad_date']);
  });

  it('flags a serial of 0000', () => {
    expect(parseNik('3575011505800000').problems).toEqual(['bad_date']);
  });

  it('keeps but flags an unknown province code', () => {
    expect(parseNik('9975011505800001').problems).toEqual(['bad_region']);
  });

  it('reads a safe integer from a workbook and flags that Excel held it as a number', () => {
    expect(parseNik(3575011505800001)).toEqual({ value: MAN, problems: ['excel_number'] });
  });

  it('treats an empty cell as missing without a problem', () => {
    expect(parseNik('')).toEqual({ value: null, problems: [] });
    expect(parseNik(null)).toEqual({ value: null, problems: [] });
  });
});

describe('parseKk', () => {
  it('accepts region + issue date ddmmyy + serial', () => {
    expect(parseKk('3575012007160012')).toEqual({ value: '3575012007160012', problems: [] });
  });

  it('does not allow the +40 day of a NIK in a No. KK', () => {
    expect(parseKk('3575016007160012').problems).toEqual(['bad_date']);
  });

  it('reports Excel damage the same way as a NIK', () => {
    expect(parseKk('3.57501E+15').problems).toEqual(['excel_damaged']);
  });
});
