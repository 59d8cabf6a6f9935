import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FIELD_LABELS } from '../../shared/domain/fields';
import { DEMO_SURVEY_FIELDS, DEMO_SURVEY_HEADER, generateSurveyCsv, generateSurveyCsvChunks } from '../../services/demo/generate-survey';
import { quoteCsvCell } from '../../services/demo/csv';

const sha = (text: string): string => createHash('sha256').update(text).digest('hex');

describe('demo survey determinism', () => {
  it('gives byte-identical CSV for the same seed', () => {
    expect(sha(generateSurveyCsv({ seed: 7, count: 3000 }))).toBe(sha(generateSurveyCsv({ seed: 7, count: 3000 })));
  });

  it('gives the same default demo on every call', () => {
    expect(sha(generateSurveyCsv())).toBe(sha(generateSurveyCsv({})));
  });

  it('gives a different survey for a different seed', () => {
    const a = generateSurveyCsv({ seed: 1, count: 500 }).split('\r\n');
    const b = generateSurveyCsv({ seed: 2, count: 500 }).split('\r\n');
    expect(a[0]).toBe(b[0]);
    const differing = a.slice(1).filter((line, i) => line !== b[i + 1]).length;
    expect(differing).toBeGreaterThan(490);
  });

  it('streams the same text in chunks as in one string', () => {
    const whole = generateSurveyCsv({ seed: 3, count: 2500 });
    expect([...generateSurveyCsvChunks({ seed: 3, count: 2500 }, 700)].join('')).toBe(whole);
  });
});

describe('demo survey header', () => {
  it('is exactly the FIELD_LABELS texts in the form order', () => {
    expect(DEMO_SURVEY_HEADER).toEqual(DEMO_SURVEY_FIELDS.map((key) => FIELD_LABELS[key]));
    const firstLine = generateSurveyCsv({ count: 1 }).split('\r\n')[0];
    expect(firstLine).toBe(DEMO_SURVEY_HEADER.join(','));
  });

  it('starts with the person and ends with the verification outcome', () => {
    expect(DEMO_SURVEY_FIELDS.slice(0, 3)).toEqual(['nama_pelaku', 'nama_usaha', 'nik']);
    expect(DEMO_SURVEY_FIELDS.slice(-3)).toEqual(['status', 'alasan_hilang', 'sumber']);
  });
});

describe('CSV cell quoting', () => {
  it('quotes cells with a comma, quote or line break and doubles inner quotes', () => {
    expect(quoteCsvCell('Jl. Mawar, No. 3')).toBe('"Jl. Mawar, No. 3"');
    expect(quoteCsvCell('Toko "Berkah"')).toBe('"Toko ""Berkah"""');
    expect(quoteCsvCell('baris\nbaru')).toBe('"baris\nbaru"');
    expect(quoteCsvCell("Tapa'an")).toBe("Tapa'an");
  });
});
