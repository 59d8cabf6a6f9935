import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { computeQualityReport } from '../../services/stats/quality-flags';
import { addBusinesses, makeStatsProject, seedRecapBusinesses, times, type Biz } from './fixture';

let p: ReturnType<typeof makeStatsProject>;
beforeEach(() => {
  p = makeStatsProject();
});
afterEach(() => p.cleanup());

/** Twenty warung with monthly turnover spread around Rp 3 jt, plus the businesses under test. */
function peers(extra: Biz[]): number[] {
  const base = Array.from({ length: 20 }, (_, i): Biz => ({ jenis: 'warung', omzet: 2_000_000 + i * 100_000, periode: 'bulan', aset: 8_000_000 + i * 200_000, modal: 4_000_000 + i * 100_000 }));
  return addBusinesses(p.db, p.roundId, [...base, ...extra]).slice(base.length);
}

const flagsOf = (id: number) => {
  const report = computeQualityReport(p.db, { roundId: p.roundId }, { limit: 1000 });
  return report.records.rows.find((r) => r.id === id)?.flags.map((f) => f.code) ?? [];
};

describe('record quality flags', () => {
  it('flags a turnover far above its peers on a log scale', () => {
    const [id] = peers([{ jenis: 'warung', omzet: 900_000_000, periode: 'bulan' }]);
    expect(flagsOf(id as number)).toContain('outlier_omzet');
  });

  it('flags an asset figure far below its peers', () => {
    const [id] = peers([{ jenis: 'warung', aset: 5_000 }]);
    expect(flagsOf(id as number)).toContain('outlier_aset');
  });

  it('flags a yearly turnover that is really a monthly one, and a monthly one that is really yearly', () => {
    const [asYear, asMonth] = peers([
      { jenis: 'warung', omzet: 3_000_000, periode: 'tahun' },
      { jenis: 'warung', omzet: 36_000_000, periode: 'bulan' },
    ]);
    expect(flagsOf(asYear as number)).toContain('omzet_tampak_bulanan');
    expect(flagsOf(asMonth as number)).toContain('omzet_tampak_tahunan');
  });

  it('does not flag ordinary peers', () => {
    peers([]);
    const report = computeQualityReport(p.db, { roundId: p.roundId });
    expect(report.records.total).toBe(0);
  });

  it('flags zero workers and values above the micro ceiling', () => {
    const [zero, big] = peers([{ jenis: 'warung', tk: 0 }, { jenis: 'warung', omzet: 2_500_000_000, periode: 'tahun' }]);
    expect(flagsOf(zero as number)).toEqual(['tenaga_kerja_nol']);
    expect(flagsOf(big as number)).toContain('di_atas_batas_mikro');
  });

  it('flags a turnover/capital ratio far from the kecamatan norm', () => {
    const [id] = peers([{ jenis: 'warung', modal: 1_000 }]);
    expect(flagsOf(id as number)).toContain('rasio_omzet_modal');
  });

  it('counts each flag in the summary', () => {
    peers([{ jenis: 'warung', tk: 0 }, { jenis: 'warung', tk: 0 }]);
    const report = computeQualityReport(p.db, { roundId: p.roundId });
    expect(report.summary.find((s) => s.code === 'tenaga_kerja_nol')?.count).toBe(2);
  });
});

describe('area-level turnover check', () => {
  it("flags the seed's Gadingrejo, whose turnover per business is 9-30x the other kecamatan, and no other", () => {
    addBusinesses(p.db, p.roundId, seedRecapBusinesses());
    const report = computeQualityReport(p.db, { roundId: p.roundId });
    const flagged = report.areas.kecamatan.filter((a) => a.flagged);
    expect(flagged.map((a) => a.name)).toEqual(['Gadingrejo']);
    expect(flagged[0]?.ratio_mean).toBeGreaterThan(9);
    expect(flagged[0]?.share_of_total).toBeCloseTo(160_016_315_000 / 199_615_802_500, 6);
    expect(flagged[0]?.message).toContain('periksa satuan');
  });

  it('flags a kecamatan where many businesses wrote a yearly turnover as monthly, even when its mean is under 5x', () => {
    const spread = (kec: string, n: number, monthly: (i: number) => number): Biz[] =>
      Array.from({ length: n }, (_, i) => ({ kec, kel: null, jenis: 'warung', omzet: monthly(i), periode: 'bulan' }));
    addBusinesses(p.db, p.roundId, [
      ...spread('35.75.01', 40, (i) => (i % 10 < 3 ? 12 : 1) * (2_000_000 + i * 50_000)),
      ...spread('35.75.02', 40, (i) => 2_000_000 + i * 50_000),
      ...spread('35.75.03', 40, (i) => 2_100_000 + i * 50_000),
      ...spread('35.75.04', 40, (i) => 1_900_000 + i * 50_000),
    ]);
    const report = computeQualityReport(p.db, { roundId: p.roundId });
    const gading = report.areas.kecamatan.find((a) => a.name === 'Gadingrejo');
    expect(gading?.ratio_mean).toBeLessThan(5);
    expect(gading?.period_share).toBeCloseTo(0.3, 1);
    expect(report.areas.kecamatan.filter((a) => a.flagged).map((a) => a.name)).toEqual(['Gadingrejo']);
  });

  it('flags a kelurahan against the other kelurahan of its kecamatan', () => {
    addBusinesses(p.db, p.roundId, [
      ...times(10, { kec: '35.75.02', kel: '35.75.02.1001', omzet: 3_000_000 }),
      ...times(10, { kec: '35.75.02', kel: '35.75.02.1002', omzet: 4_000_000 }),
      ...times(10, { kec: '35.75.02', kel: '35.75.02.1003', omzet: 3_500_000 }),
      ...times(10, { kec: '35.75.02', kel: '35.75.02.1004', omzet: 40_000_000 }),
    ]);
    const report = computeQualityReport(p.db, { roundId: p.roundId });
    expect(report.areas.kelurahan.filter((a) => a.flagged).map((a) => a.name)).toEqual(['Purutrejo']);
  });
});
