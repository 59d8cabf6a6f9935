import { afterEach, describe, expect, it } from 'vitest';
import { describeAreaFlag, describeRecordFlag } from '../../shared/stats/quality-sentences';
import { describeRekapNotes } from '../../shared/stats/rekap-notes';
import { describeRuleSet } from '../../shared/classify/settings';
import { computeQualityReport } from '../../services/stats/quality-flags';
import { buildRekapTable } from '../../services/stats/rekap-table';
import { computeGroupStats } from '../../services/stats/group-stats';
import { addBusinesses, makeStatsProject, seedRecapBusinesses, times, type Biz } from './fixture';

describe('record-flag sentences in both languages', () => {
  it('writes an outlier with its robust z: decimal comma in Indonesian, decimal point in English', () => {
    const flag = { code: 'outlier_omzet', z: 4.3 } as const;
    expect(describeRecordFlag(flag, 'id')).toBe('Omzet per tahun jauh di atas usaha sejenis (z robust 4,3 pada skala log).');
    expect(describeRecordFlag(flag, 'en')).toBe('Yearly turnover far above similar businesses (robust z 4.3 on a log scale).');
    expect(describeRecordFlag({ code: 'outlier_aset', z: -3.9 }, 'en')).toBe('Assets far below similar businesses (robust z -3.9 on a log scale).');
  });

  it('keeps Rupiah Indonesian-style in the English sentence of a turnover that looks like the wrong period', () => {
    const flag = { code: 'omzet_tampak_tahunan', peer_median_tahunan: 61_200_000 } as const;
    expect(describeRecordFlag(flag, 'id')).toBe(
      'Omzet dicatat per bulan, tetapi jika dibaca per tahun lebih dekat ke kebiasaan usaha sejenis (Rp 61,2 jt per tahun).',
    );
    expect(describeRecordFlag(flag, 'en')).toBe(
      'Turnover recorded per month, but read as yearly it is closer to the norm of similar businesses (Rp 61,2 jt per year).',
    );
  });

  it('names the micro limit of the deciding criterion, with the rule set, in either language', () => {
    const sales = { code: 'di_atas_batas_mikro', ceiling: { rule_set: 'pp7-2021', criterion: 'penjualan', limit: 2_000_000_000 } } as const;
    expect(describeRecordFlag(sales, 'id')).toBe('Melebihi batas usaha mikro (penjualan per tahun lebih dari Rp 2 M, PP 7/2021): calon "naik kelas" atau salah isi.');
    expect(describeRecordFlag(sales, 'en')).toBe('Above the micro-enterprise limit (annual sales over Rp 2 M, PP 7/2021): a candidate that "moved up a class", or a data-entry error.');
    const workers = { code: 'di_atas_batas_mikro', ceiling: { rule_set: 'bps-workers', criterion: 'tenaga_kerja', limit: 4 } } as const;
    expect(describeRecordFlag(workers, 'en')).toBe('Above the micro-enterprise limit (more than 4 workers): a candidate that "moved up a class", or a data-entry error.');
    expect(describeRecordFlag({ code: 'di_atas_batas_mikro', ceiling: null }, 'id')).toBe('Melebihi batas usaha mikro: calon "naik kelas" atau salah isi.');
  });
});

describe('area-flag sentences in both languages', () => {
  it('quotes the ratio and the mean monthly turnover', () => {
    const reason = { code: 'omzet_ratio', ratio: 9.64, mean_omzet_bulanan: 26_621_681 } as const;
    expect(describeAreaFlag('Gadingrejo', reason, 'id')).toBe(
      'Omzet per usaha di Gadingrejo 9,6× wilayah sekitarnya (rata-rata Rp 26,62 jt per bulan): periksa satuan (per bulan/per tahun, ribu/juta).',
    );
    expect(describeAreaFlag('Gadingrejo', reason, 'en')).toBe(
      'Turnover per business in Gadingrejo is 9.6× that of the surrounding areas (mean Rp 26,62 jt per month): check the unit (per month/per year, thousands/millions).',
    );
  });

  it('quotes the share of businesses with a turnover in the wrong period', () => {
    const reason = { code: 'period_share', period_share: 0.184, ratio: 3.78 } as const;
    expect(describeAreaFlag('Gadingrejo', reason, 'en')).toBe(
      '18% of businesses in Gadingrejo recorded a turnover that looks like the wrong period (per month/per year); mean turnover 3.8× that of the surrounding areas: check the unit.',
    );
    expect(describeAreaFlag('Gadingrejo', reason, 'id')).toBe(
      '18% usaha di Gadingrejo mencatat omzet yang tampak salah periode (per bulan/per tahun); omzet rata-rata 3,8× wilayah sekitarnya: periksa satuan.',
    );
  });
});

describe('the classification rule in words', () => {
  it('describes each rule set in Indonesian as the footers print it, and in English', () => {
    expect(describeRuleSet({ rule_set: 'pp7-2021', pp7_basis: 'penjualan' })).toBe('PP 7/2021 menurut hasil penjualan tahunan (versi pp7-2021.1)');
    expect(describeRuleSet({ rule_set: 'pp7-2021', pp7_basis: 'penjualan' }, 'en')).toBe('PP 7/2021 by annual sales (version pp7-2021.1)');
    expect(describeRuleSet({ rule_set: 'pp7-2021', pp7_basis: 'modal' }, 'en')).toBe('PP 7/2021 by business capital (excluding land and buildings) (version pp7-2021.1)');
    expect(describeRuleSet({ rule_set: 'uu20-2008', pp7_basis: 'penjualan' }, 'en')).toBe('UU 20/2008 by net assets or annual sales (version uu20-2008.1)');
    expect(describeRuleSet({ rule_set: 'bps-workers', pp7_basis: 'penjualan' }, 'id')).toBe('BPS (tenaga kerja) menurut jumlah tenaga kerja (versi bps-workers.1)');
    expect(describeRuleSet({ rule_set: 'bps-workers', pp7_basis: 'penjualan' }, 'en')).toBe('BPS (workers) by number of workers (version bps-workers.1)');
  });
});

describe('the Rekap notes in both languages', () => {
  const facts = {
    missing: { modal: 0, aset: 52, omzet: 51, tenaga_kerja_lp: 0 },
    lost: [{ reason: 'tidak_lagi_usaha', count: 1504 }, { reason: 'pindah_alamat', count: 600 }, { reason: 'meninggal', count: 0 }],
    duplicates: 0,
    possible_duplicates: 35,
  };

  it('writes counts with the language’s separators and leaves out zero counts', () => {
    expect(describeRekapNotes(facts, 'id')).toEqual([
      'Nilai kosong tidak dijumlahkan sebagai nol; usaha tanpa nilai: aset 52, omzet 51.',
      'Tidak dihitung (hilang saat verifikasi): Tidak lagi menjalankan usaha 1.504, Pindah alamat 600.',
      'Masih dihitung, tetapi mungkin dobel (belum ditinjau): 35.',
    ]);
    const english = { tidak_lagi_usaha: 'No longer in business', pindah_alamat: 'Moved away' } as Record<string, string>;
    expect(describeRekapNotes(facts, 'en', (r) => english[r] ?? r)).toEqual([
      'Empty values are not summed as zero; businesses without a value: assets 52, turnover 51.',
      'Not counted (lost in the verification): No longer in business 1,504, Moved away 600.',
      'Still counted, but possibly duplicates (not reviewed yet): 35.',
    ]);
  });
});

describe('the services send the figures with the Indonesian sentence written from them', () => {
  let p: ReturnType<typeof makeStatsProject> | null = null;
  afterEach(() => {
    p?.cleanup();
    p = null;
  });

  it('gives every record and area flag a message equal to the Indonesian sentence of its figures', () => {
    p = makeStatsProject();
    const base = Array.from({ length: 20 }, (_, i): Biz => ({ jenis: 'warung', omzet: 2_000_000 + i * 100_000, periode: 'bulan', aset: 8_000_000 + i * 200_000, modal: 4_000_000 + i * 100_000 }));
    addBusinesses(p.db, p.roundId, [
      // Four kelurahan of one kecamatan, the last with ten times the turnover: an area flag.
      ...times(10, { kec: '35.75.02', kel: '35.75.02.1001', omzet: 3_000_000 }),
      ...times(10, { kec: '35.75.02', kel: '35.75.02.1002', omzet: 4_000_000 }),
      ...times(10, { kec: '35.75.02', kel: '35.75.02.1003', omzet: 3_500_000 }),
      ...times(10, { kec: '35.75.02', kel: '35.75.02.1004', omzet: 40_000_000 }),
      ...base,
      { jenis: 'warung', omzet: 900_000_000, periode: 'bulan' },
      { jenis: 'warung', omzet: 3_000_000, periode: 'tahun' },
      { jenis: 'warung', aset: 5_000 },
      { jenis: 'warung', modal: 1_000 },
      { jenis: 'warung', tk: 0 },
      { jenis: 'warung', omzet: 2_500_000_000, periode: 'tahun' },
    ]);
    const report = computeQualityReport(p.db, { roundId: p.roundId }, { limit: 10_000 });
    const flags = report.records.rows.flatMap((r) => r.flags);
    expect(new Set(flags.map((f) => f.code))).toEqual(new Set(['outlier_omzet', 'outlier_aset', 'omzet_tampak_bulanan', 'omzet_tampak_tahunan', 'rasio_omzet_modal', 'tenaga_kerja_nol', 'di_atas_batas_mikro']));
    for (const f of flags) {
      expect(f.message).toBe(describeRecordFlag(f, 'id'));
      expect(describeRecordFlag(f, 'en')).not.toBe(f.message);
    }
    const ceiling = flags.find((f) => f.code === 'di_atas_batas_mikro');
    expect(ceiling).toMatchObject({ ceiling: { rule_set: 'pp7-2021', criterion: 'penjualan', limit: 2_000_000_000 } });
    const areas = [...report.areas.kecamatan, ...report.areas.kelurahan];
    const flagged = areas.filter((a) => a.flagged);
    expect(flagged.length).toBeGreaterThan(0);
    for (const a of areas) {
      expect(a.reason === null).toBe(!a.flagged);
      expect(a.message).toBe(a.reason ? describeAreaFlag(a.name, a.reason, 'id') : null);
    }
    expect(describeRuleSet(report.rule, 'id')).toBe(report.rule_description);
  });

  it('gives the Rekap its note figures and the statistics their rule, matching the Indonesian texts', () => {
    p = makeStatsProject();
    addBusinesses(p.db, p.roundId, [
      ...seedRecapBusinesses(),
      { kec: '35.75.01', kel: null, status: 'hilang', reason: 'pindah_alamat' },
      { kec: '35.75.02', kel: null, dup: 'duplicate' },
    ]);
    const rekap = buildRekapTable(p.db, { roundId: p.roundId }, 'kecamatan');
    expect(rekap.note_facts.lost).toEqual([{ reason: 'pindah_alamat', count: 1 }]);
    expect(rekap.note_facts.duplicates).toBe(1);
    expect(rekap.notes).toEqual(describeRekapNotes(rekap.note_facts, 'id'));
    const stats = computeGroupStats(p.db, { roundId: p.roundId }, 'kecamatan');
    expect(stats.rule).toEqual({ rule_set: 'pp7-2021', pp7_basis: 'penjualan' });
    expect(describeRuleSet(stats.rule, 'id')).toBe(stats.rule_description);
  });
});
