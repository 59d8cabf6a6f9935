import { describe, expect, it } from 'vitest';
import { parsePhone } from '../../shared/parse/parse-phone';

describe('parsePhone', () => {
  it.each([
    ['081234567890', '081234567890'],
    ['+62 812-3456-7890', '081234567890'],
    ['62812 3456 7890', '081234567890'],
    ['6281234567890', '081234567890'],
    ['81234567890', '081234567890'],
    ["'081234567890", '081234567890'],
    ['0812.3456.7890', '081234567890'],
    ['(0343) 421234', '0343421234'],
  ])('normalises %s to %s', (text, expected) => {
    expect(parsePhone(text)).toEqual({ value: expected, problem: null });
  });

  it('restores the leading zero of a number a workbook held as a number', () => {
    expect(parsePhone(81234567890).value).toBe('081234567890');
  });

  it('keeps the first of several numbers and flags the cell', () => {
    expect(parsePhone('081234567890 / 085712345678')).toEqual({ value: '081234567890', problem: 'several' });
  });

  it('reports text that is not a phone number', () => {
    expect(parsePhone('tidak punya hp')).toEqual({ value: null, problem: 'malformed' });
    expect(parsePhone('12345')).toEqual({ value: null, problem: 'malformed' });
  });

  it('reports a number damaged into scientific notation', () => {
    expect(parsePhone('8.12346E+10').problem).toBe('excel_damaged');
  });

  it('treats an empty cell as missing', () => {
    expect(parsePhone('')).toEqual({ value: null, problem: null });
  });
});
