import { describe, expect, it } from 'vitest';
import { KOTA_PASURUAN_REGIONS } from '../../shared/domain/regions';
import { generateSurveyCsv, generateSurveyRecords, summarizeSurvey } from '../../services/demo/generate-survey';
import { countBy, LABEL, officialName, parseSurveyCsv } from './parse-survey';

const rows = parseSurveyCsv(generateSurveyCsv());
const office = rows.filter((r) => r[LABEL.sumber] === 'data_dinas');
const kecOf = (r: Record<string, string>): string => officialName(r[LABEL.kecamatan] ?? '', 'kecamatan');

describe('default demo = Kota Pasuruan 2022 verification recap', () => {
  it('has 12,580 office rows and 150 field finds', () => {
    expect(rows).toHaveLength(12_730);
    expect(countBy(rows, (r) => r[LABEL.sumber] ?? '')).toEqual({ data_dinas: 12_580, temuan_lapangan: 150 });
  });

  it('has 9,808 valid and 2,772 hilang office rows', () => {
    expect(countBy(office, (r) => r[LABEL.status] ?? '')).toEqual({ valid: 9_808, hilang: 2_772 });
  });

  it('marks every field find valid', () => {
    expect(rows.filter((r) => r[LABEL.sumber] === 'temuan_lapangan' && r[LABEL.status] !== 'valid')).toHaveLength(0);
  });

  it('gives 37 luar_kota, 2 data_dobel and spreads the other 2,733 over the four remaining reasons', () => {
    const reasons = countBy(office.filter((r) => r[LABEL.status] === 'hilang'), (r) => r[LABEL.alasan] ?? '');
    expect(reasons.luar_kota).toBe(37);
    expect(reasons.data_dobel).toBe(2);
    const other = ['tidak_lagi_usaha', 'pindah_alamat', 'meninggal', 'fiktif'];
    expect(other.reduce((s, k) => s + (reasons[k] ?? 0), 0)).toBe(2_733);
    for (const k of other) expect(reasons[k]).toBeGreaterThan(100);
    expect(Object.keys(reasons).sort()).toEqual([...other, 'luar_kota', 'data_dobel'].sort());
  });

  it('leaves the reason empty exactly when the row is valid', () => {
    expect(rows.filter((r) => (r[LABEL.status] === 'valid') !== (r[LABEL.alasan] === ''))).toHaveLength(0);
  });

  it('splits office rows over the kecamatan as the seed does', () => {
    expect(countBy(office, kecOf)).toEqual({ Gadingrejo: 3_136, Panggungrejo: 3_874, Purworejo: 3_450, 'Bugul Kidul': 2_120 });
    const valid = countBy(office.filter((r) => r[LABEL.status] === 'valid'), kecOf);
    expect(valid).toEqual({ Gadingrejo: 2_355, Panggungrejo: 2_880, Purworejo: 2_881, 'Bugul Kidul': 1_692 });
  });

  it('uses all 34 kelurahan', () => {
    expect(Object.keys(countBy(rows, (r) => officialName(r[LABEL.kelurahan] ?? '', 'kelurahan')))).toHaveLength(34);
  });

  it('reports the same counts in its summary as the file holds', () => {
    const summary = summarizeSurvey();
    expect(summary.rows).toBe(rows.length);
    expect(summary.byStatus).toEqual(countBy(rows, (r) => r[LABEL.status] ?? ''));
    for (const [code, entry] of Object.entries(summary.byKecamatan)) {
      const inKec = office.filter((r) => kecOf(r) === entry.name);
      expect(inKec.length, code).toBe(entry.dataAwal);
      expect(inKec.filter((r) => r[LABEL.status] === 'hilang').length, code).toBe(entry.hilang);
    }
  });
});

describe('demo regions', () => {
  it('uses only kecamatan and kelurahan codes of KOTA_PASURUAN_REGIONS, each kelurahan inside its kecamatan', () => {
    const byCode = new Map(KOTA_PASURUAN_REGIONS.map((r) => [r.code, r]));
    for (const { record } of generateSurveyRecords()) {
      const kec = byCode.get(record.kecamatanCode);
      const kel = byCode.get(record.kelurahanCode);
      expect(kec?.level).toBe(3);
      expect(kel?.level).toBe(4);
      expect(kel?.parent_code).toBe(record.kecamatanCode);
      expect(kel?.name).toBe(record.kelurahanName);
    }
  });

  it('writes official names in every row without a wild spelling', () => {
    const names = new Set(KOTA_PASURUAN_REGIONS.map((r) => r.name));
    const odd = rows.filter((r) => !names.has(r[LABEL.kelurahan] ?? '') || !names.has(r[LABEL.kecamatan] ?? ''));
    expect(odd.length).toBe(summarizeSurvey().messes.regionSpelling);
  });
});

describe('larger surveys', () => {
  it('keep the default proportions of status, reason and kecamatan', () => {
    const small = summarizeSurvey();
    const big = summarizeSurvey({ count: 127_300 });
    expect(big.rows).toBe(127_300);
    expect(big.byStatus.valid).toBe(small.byStatus.valid * 10);
    expect(big.byReason.luar_kota).toBe(370);
    expect(big.bySource.temuan_lapangan).toBe(1_500);
    expect(big.byKecamatan['35.75.01']?.dataAwal).toBe(31_360);
  });
});
