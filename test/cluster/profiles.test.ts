import { describe, expect, it } from 'vitest';
import { nameClusters } from '../../shared/cluster/cluster-names';
import { profileClusters, tabulateKecamatan, type ClusterProfile, type ProfileInput } from '../../shared/cluster/profiles';

/** Six businesses in two clusters, in two kelurahan of two kecamatan. */
function input(): ProfileInput {
  const f = (v: number[]) => Float64Array.from(v);
  return {
    labels: Int32Array.from([0, 0, 0, 1, 1, 1]),
    k: 2,
    omzet_tahunan: f([10e6, 20e6, 30e6, 1e9, 2e9, NaN]),
    aset: f([1e6, 2e6, 3e6, 4e8, 5e8, 6e8]),
    modal: f([NaN, NaN, NaN, NaN, NaN, NaN]),
    tenaga_kerja: f([1, 1, 2, 5, 6, 7]),
    online: f([0, 0, NaN, 1, 1, 0]),
    nib: f([0, 0, 0, 1, 1, 1]),
    sector: Int32Array.from([0, 0, 1, 2, 2, 2]),
    kelurahan: Int32Array.from([0, 0, 1, 1, 1, 1]),
    kecamatan: Int32Array.from([0, 0, 1, 1, 1, -1]),
    areas: {
      kelurahan: [{ code: '35.75.01.1001', name: 'Karangketug' }, { code: '35.75.02.1001', name: 'Pohjentrek' }],
      kecamatan: [{ code: '35.75.01', name: 'Gadingrejo' }, { code: '35.75.02', name: 'Purworejo' }],
    },
  };
}

describe('cluster profiles', () => {
  const [small, large] = profileClusters(input());

  it('gives size, share and the quartiles of turnover in whole Rupiah', () => {
    expect(small.size).toBe(3);
    expect(small.share).toBe(0.5);
    expect(small.omzet_tahunan).toMatchObject({ n: 3, missing: 0, q1: 15_000_000, median: 20_000_000, q3: 25_000_000 });
  });

  it('counts a missing value as missing, never as zero', () => {
    expect(large.omzet_tahunan).toMatchObject({ n: 2, missing: 1, median: 1_500_000_000 });
    expect(small.modal).toBeNull();
  });

  it('computes the online share among businesses whose marketing is known', () => {
    expect(small.share_online).toBe(0);
    expect(large.share_online).toBeCloseTo(2 / 3, 12);
    expect(large.share_nib).toBe(1);
  });

  it('lists the sector mix, largest first', () => {
    expect(small.sectors.map((s) => [s.label, s.count])).toEqual([['Perdagangan', 2], ['Industri', 1]]);
  });

  it('names the kelurahan where the cluster is most over-represented', () => {
    expect(small.top_kelurahan).toMatchObject({ code: '35.75.01.1001', count: 2, share_of_kelurahan: 1, lift: 2 });
  });

  it('tabulates clusters by kecamatan with businesses without one last', () => {
    const t = tabulateKecamatan(input());
    expect(t.areas.map((a) => a.code)).toEqual(['35.75.01', '35.75.02', '']);
    expect(t.counts).toEqual([[2, 0], [1, 2], [0, 1]]);
    expect(t.totals).toEqual([3, 3]);
  });
});

describe('generated cluster names', () => {
  const base = (over: Partial<ClusterProfile>): ClusterProfile => ({
    cluster: 0, size: 10, share: 0.5, omzet_tahunan: null, aset: null, modal: null, tenaga_kerja: null,
    share_online: 0, share_nib: 0, sectors: [], top_kelurahan: null, ...over,
  });
  const money = (median: number) => ({ n: 1, missing: 0, min: median, q1: median, median, q3: median, max: median, whisker_low: median, whisker_high: median, mean: median });

  it('describes size class, sector, relative turnover, marketing and NIB in Indonesian', () => {
    const names = nameClusters([
      base({ omzet_tahunan: money(30e6), sectors: [{ sector: 'perdagangan', label: 'Perdagangan', count: 8, share: 0.8 }], share_online: 0.1, share_nib: 0.05 }),
      base({ cluster: 1, omzet_tahunan: money(5e9), sectors: [{ sector: 'jasa', label: 'Jasa', count: 4, share: 0.4 }], share_online: 0.7, share_nib: 0.9 }),
    ]);
    expect(names).toEqual(['Mikro dagang kecil, offline, belum ber-NIB', 'Kecil campuran besar, online, ber-NIB']);
  });

  it('tells apart clusters that would get the same name', () => {
    const same = { omzet_tahunan: money(30e6), share_online: 0.1, share_nib: 0.05 };
    const workers = (median: number) => ({ ...money(median), median });
    const names = nameClusters([
      base({ ...same, tenaga_kerja: workers(1) }),
      base({ ...same, cluster: 1, tenaga_kerja: workers(3) }),
      base({ ...same, cluster: 2, tenaga_kerja: workers(3) }),
    ]);
    expect(names).toEqual([
      'Mikro campuran, offline, belum ber-NIB, median 1 tenaga kerja',
      'Mikro campuran, offline, belum ber-NIB, median 3 tenaga kerja (1)',
      'Mikro campuran, offline, belum ber-NIB, median 3 tenaga kerja (2)',
    ]);
  });
});
