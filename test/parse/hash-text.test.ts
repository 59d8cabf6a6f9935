import { describe, expect, it } from 'vitest';
import { hashText, hashTexts } from '../../shared/parse/hash-text';

describe('hashTexts', () => {
  it('equals the hash of the texts joined with U+001F after each kept text', () => {
    expect(hashTexts(['a', ' b ', 'c'], [false, false, false])).toBe(hashText('a\u001fb\u001fc\u001f'));
  });

  it('leaves out skipped texts (a running number) and trailing empty cells', () => {
    const base = hashTexts(['Ani', 'Gadingrejo'], []);
    expect(hashTexts(['7', 'Ani', 'Gadingrejo', '', ' '], [true])).toBe(base);
    expect(hashTexts(['8', 'Ani', 'Gadingrejo'], [true])).toBe(base);
  });

  it('tells different rows apart', () => {
    expect(hashTexts(['Ani', 'Gadingrejo'], [])).not.toBe(hashTexts(['Ani', 'Purworejo'], []));
    expect(hashTexts(['ab', 'c'], [])).not.toBe(hashTexts(['a', 'bc'], []));
  });
});
