import { describe, expect, it } from 'vitest';
import {
  DEMO_MESS_RATES, DEMO_SURVEY_FIELDS, MESS, createSurveyPlan, generateSurveyRecords, summarizeSurvey, type DemoRow,
} from '../../services/demo/generate-survey';
import { formatMoneyAsText, formatNikAsExcel } from '../../services/demo/mess-format';

const plan = createSurveyPlan();
const rows: DemoRow[] = [...generateSurveyRecords(plan)];
const messes = summarizeSurvey(plan).messes;
const col = (field: (typeof DEMO_SURVEY_FIELDS)[number]): number => DEMO_SURVEY_FIELDS.indexOf(field);
const cell = (r: DemoRow, field: (typeof DEMO_SURVEY_FIELDS)[number]): string => r.cells[col(field)] ?? '';
const count = (pred: (r: DemoRow) => boolean): number => rows.filter(pred).length;

describe('stated mess counts of the default demo', () => {
  it('follow the documented rates', () => {
    const n = rows.length;
    expect(messes.nikApostrophe).toBe(Math.round(n * DEMO_MESS_RATES.nikApostrophe));
    expect(messes.nikExcelNotation).toBe(Math.round(n * DEMO_MESS_RATES.nikExcelNotation));
    expect(messes.moneyAsText).toBe(Math.round(n * DEMO_MESS_RATES.moneyAsText));
    expect(messes.missingTurnover + messes.missingAssets).toBe(Math.round(n * DEMO_MESS_RATES.missingTurnoverOrAssets));
    expect(messes.regionSpelling).toBe(Math.round(n * DEMO_MESS_RATES.regionSpelling));
    expect(messes.sharedNikPairs).toBe(20);
    expect(messes.duplicateListings).toBe(2);
    expect(messes.sectorAsCode).toBe(Math.round(n * DEMO_MESS_RATES.sectorAsCode));
  });
});

describe('messes as they appear in the file', () => {
  it('has NIKs with a leading apostrophe at the stated count', () => {
    expect(count((r) => cell(r, 'nik').startsWith("'"))).toBe(messes.nikApostrophe);
    expect(count((r) => /^'\d{16}$/.test(cell(r, 'nik')))).toBe(messes.nikApostrophe);
  });

  it('has NIKs damaged into Excel notation at the stated count', () => {
    expect(count((r) => /^\d\.\d{1,5}E\+15$/.test(cell(r, 'nik')))).toBe(messes.nikExcelNotation);
  });

  it('has every other NIK as 16 plain digits', () => {
    expect(count((r) => /^\d{16}$/.test(cell(r, 'nik')))).toBe(rows.length - messes.nikApostrophe - messes.nikExcelNotation);
  });

  it('has money written as text at the stated count, each meaning the clean amount', () => {
    const money = ['omzet_bulanan', 'aset', 'modal'] as const;
    const texts = rows.flatMap((r) => money.filter((f) => /[^\d]/.test(cell(r, f)) && cell(r, f) !== '').map((f) => ({ r, f })));
    expect(texts).toHaveLength(messes.moneyAsText);
    for (const { r, f } of texts) {
      const value = f === 'omzet_bulanan' ? r.record.omzetBulanan : f === 'aset' ? r.record.aset : r.record.modal;
      expect(readMoneyText(cell(r, f))).toBe(value);
    }
    expect(texts.some(({ r, f }) => cell(r, f).startsWith('Rp '))).toBe(true);
    expect(texts.some(({ r, f }) => cell(r, f).endsWith(' jt'))).toBe(true);
  });

  it('has empty turnover and empty asset cells at the stated counts', () => {
    expect(count((r) => cell(r, 'omzet_bulanan') === '')).toBe(messes.missingTurnover);
    expect(count((r) => cell(r, 'aset') === '')).toBe(messes.missingAssets);
    expect(count((r) => cell(r, 'modal') === '')).toBe(0);
  });

  it('writes a yearly figure in the monthly column only in Gadingrejo, in ~25% of its rows', () => {
    const yearly = rows.filter((r) => (r.messFlags & MESS.yearlyTurnover) !== 0);
    expect(yearly).toHaveLength(messes.yearlyTurnoverGadingrejo);
    for (const r of yearly) {
      expect(r.record.kecamatanName).toBe('Gadingrejo');
      expect(cell(r, 'omzet_bulanan')).toBe(String(r.record.omzetBulanan * 12));
    }
    const gadingrejo = count((r) => r.record.kecamatanName === 'Gadingrejo');
    expect(yearly.length / gadingrejo).toBeGreaterThan(0.23);
    expect(yearly.length / gadingrejo).toBeLessThan(0.26);
  });

  it('writes every other plain turnover as the clean monthly figure', () => {
    const plain = rows.filter((r) => (r.messFlags & (MESS.yearlyTurnover | MESS.textTurnover | MESS.missingTurnover)) === 0);
    for (const r of plain) expect(cell(r, 'omzet_bulanan')).toBe(String(r.record.omzetBulanan));
  });

  it('spells regions as in the wild at the stated count', () => {
    const wild = new Set(['BUGULKIDUL', 'Tapaan', 'Tambaan', 'Panggung Rejo', 'Bugullor', 'Pekucen']);
    expect(count((r) => wild.has(cell(r, 'kelurahan')) || wild.has(cell(r, 'kecamatan')))).toBe(messes.regionSpelling);
  });

  it('writes sector codes 1/2/3 at the stated count and words elsewhere', () => {
    expect(count((r) => /^[123]$/.test(cell(r, 'bidang_usaha')))).toBe(messes.sectorAsCode);
    expect(count((r) => ['Perdagangan', 'Industri', 'Jasa'].includes(cell(r, 'bidang_usaha')))).toBe(rows.length - messes.sectorAsCode);
  });
});

describe('rows sharing a NIK', () => {
  const byNik = new Map<string, DemoRow[]>();
  for (const r of rows) byNik.set(r.record.nik, [...(byNik.get(r.record.nik) ?? []), r]);
  const shared = [...byNik.values()].filter((group) => group.length > 1);

  it('come in 20 pairs with the same person and 2 duplicate listings, nothing else', () => {
    expect(shared.every((g) => g.length === 2)).toBe(true);
    expect(shared).toHaveLength(messes.sharedNikPairs + messes.duplicateListings);
  });

  it('keep the same name, KK and phone but a different business in the 20 pairs', () => {
    // In file order the copy is the second row of its pair.
    const pairs = shared.flatMap(([a, b]) => (a && b && b.copy?.whole === false ? [[a, b] as const] : []));
    expect(pairs).toHaveLength(20);
    for (const [a, b] of pairs) {
      expect(cell(b, 'nama_pelaku')).toBe(cell(a, 'nama_pelaku'));
      expect(cell(b, 'no_kk')).toBe(cell(a, 'no_kk'));
      expect(cell(b, 'telepon')).toBe(cell(a, 'telepon'));
      expect([cell(b, 'nama_usaha'), cell(b, 'omzet_bulanan')]).not.toEqual([cell(a, 'nama_usaha'), cell(a, 'omzet_bulanan')]);
    }
  });

  it('repeat the whole listed row for data_dobel, apart from the verification outcome', () => {
    const dobel = rows.filter((r) => r.record.alasanHilang === 'data_dobel');
    expect(dobel).toHaveLength(2);
    const outcome = [col('status'), col('alasan_hilang'), col('sumber')];
    for (const r of dobel) {
      const source = rows[r.copy?.source ?? -1];
      if (!source) throw new Error('data_dobel tanpa baris sumber');
      expect(r.cells.filter((_, i) => !outcome.includes(i))).toEqual(source.cells.filter((_, i) => !outcome.includes(i)));
    }
  });
});

describe('mess formats', () => {
  it('shows a NIK as Excel does, with 6 significant digits', () => {
    expect(formatNikAsExcel('3575031234567890')).toBe('3.57503E+15');
    expect(formatNikAsExcel('3575001234567890')).toBe('3.575E+15');
  });

  it('writes money as Rp with thousands dots, or as juta with a decimal comma only when exact', () => {
    expect(formatMoneyAsText(1_500_000, false)).toBe('Rp 1.500.000');
    expect(formatMoneyAsText(1_500_000, true)).toBe('1,5 jt');
    expect(formatMoneyAsText(1_550_000, true)).toBe('Rp 1.550.000');
    expect(formatMoneyAsText(750_000, true)).toBe('Rp 750.000');
  });
});

/** The two text forms the demo writes, read back (a test-local reader, not the app's parser). */
function readMoneyText(text: string): number {
  if (text.startsWith('Rp ')) return Number(text.slice(3).replace(/\./g, ''));
  const m = /^(\d+(?:,\d)?) jt$/.exec(text);
  if (!m?.[1]) throw new Error(`bentuk uang tak dikenal: ${text}`);
  return Math.round(Number(m[1].replace(',', '.')) * 1_000_000);
}
