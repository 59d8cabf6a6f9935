import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildVerificationTable } from '../../services/stats/verification-table';
import { buildIndicatorsTable } from '../../services/stats/indicators-table';
import { computeGroupStats } from '../../services/stats/group-stats';
import { buildLqTable } from '../../services/stats/lq-table';
import { computeRecap } from '../../services/data/recap';
import { summariseClassification } from '../../services/stats/classification-summary';
import { recapFromCube } from '../../services/stats/rekap-table';
import { setVerificationStatus } from '../../services/data/businesses';
import { addBusinesses, makeStatsProject, times } from './fixture';

let p: ReturnType<typeof makeStatsProject>;
beforeEach(() => {
  p = makeStatsProject();
});
afterEach(() => p.cleanup());

function seedVerification() {
  addBusinesses(p.db, p.roundId, [
    ...times(5, { kec: '35.75.01', status: 'valid' }),
    ...times(2, { kec: '35.75.01', status: 'hilang', reason: 'tidak_lagi_usaha' }),
    { kec: '35.75.01', status: 'hilang', reason: 'luar_kota' },
    { kec: '35.75.01', status: 'data_awal' },
    { kec: '35.75.01', status: 'valid', dup: 'duplicate' },
    ...times(3, { kec: '35.75.02', kel: '35.75.02.1001', status: 'valid' }),
    ...times(2, { kec: '35.75.02', kel: '35.75.02.1001', status: 'valid', sumber: 'temuan_lapangan' }),
    { kec: '35.75.02', kel: '35.75.02.1001', status: 'hilang', reason: 'data_dobel' },
  ]);
}

describe('the verification table', () => {
  it('gives Data Awal, Data Hasil Valid and Data Hilang with each reason per kecamatan', () => {
    seedVerification();
    const t = buildVerificationTable(p.db, { roundId: p.roundId }, 'kecamatan');
    const g = t.rows.find((r) => r.name === 'Gadingrejo');
    expect(g).toMatchObject({ data_awal: 10, valid: 5, hilang: 4, belum_diverifikasi: 1, temuan_lapangan: 0, jumlah_rekap: 6 });
    expect(g?.hilang_by_reason).toMatchObject({ tidak_lagi_usaha: 2, luar_kota: 1, ditandai_duplikat: 1, fiktif: 0 });
    const pw = t.rows.find((r) => r.name === 'Purworejo');
    expect(pw).toMatchObject({ data_awal: 4, valid: 3, hilang: 1, temuan_lapangan: 2, jumlah_rekap: 5 });
    expect(t.total).toMatchObject({ data_awal: 14, valid: 8, hilang: 5, belum_diverifikasi: 1, temuan_lapangan: 2, jumlah_rekap: 11 });
  });

  it('keeps Data Awal = valid + hilang + not yet verified, and its Rekap count equal to the recap', () => {
    seedVerification();
    const t = buildVerificationTable(p.db, { roundId: p.roundId }, 'kecamatan');
    for (const r of [...t.rows, t.total]) expect(r.data_awal).toBe(r.valid + r.hilang + r.belum_diverifikasi);
    const recap = computeRecap(p.db, { roundId: p.roundId }, 'kecamatan');
    expect(t.total.jumlah_rekap).toBe(recap.total.businesses);
    for (const r of recap.rows) expect(t.rows.find((v) => v.code === r.code)?.jumlah_rekap).toBe(r.businesses);
  });
});

describe('one counted set for every table', () => {
  it('gives the same total in the recap, the statistics, the LQ table, the indicators and the classification', () => {
    seedVerification();
    const filter = { roundId: p.roundId };
    const n = computeRecap(p.db, filter, 'kecamatan').total.businesses;
    expect(computeGroupStats(p.db, filter, 'kecamatan').total.count).toBe(n);
    expect(buildLqTable(p.db, filter, { by: 'kecamatan' }).total.count).toBe(n);
    expect(buildIndicatorsTable(p.db, filter, 'kecamatan').total.businesses).toBe(n);
    expect(summariseClassification(p.db, filter).businesses).toBe(n);
  });
});

describe('the recap behind the Rekap table', () => {
  it('equals the foundation recap field for field, per kecamatan and per kelurahan, with missing values and duplicates', () => {
    seedVerification();
    addBusinesses(p.db, p.roundId, [
      { kec: '35.75.03', kel: '35.75.03.1001', omzet: null, aset: null, modal: null, tk: null },
      { kec: '35.75.03', kel: '35.75.03.1001', omzet: 12_000_001, periode: 'tahun', l: 1, p: 2, tk: null, dup: 'possible' },
      { kec: null, kel: null, bidang: null },
    ]);
    for (const by of ['kecamatan', 'kelurahan'] as const) {
      expect(recapFromCube(p.db, { roundId: p.roundId }, by)).toEqual(computeRecap(p.db, { roundId: p.roundId }, by));
      expect(recapFromCube(p.db, { roundId: p.roundId, kecamatan: ['35.75.03'] }, by)).toEqual(computeRecap(p.db, { roundId: p.roundId, kecamatan: ['35.75.03'] }, by));
    }
  });
});

describe('stored aggregates stay current', () => {
  it('reflects a verification status set after the tables were first computed', () => {
    const [id] = addBusinesses(p.db, p.roundId, times(3, { kec: '35.75.01' }));
    expect(buildVerificationTable(p.db, { roundId: p.roundId }, 'kecamatan').total.valid).toBe(3);
    setVerificationStatus(p.db, [id as number], 'hilang', 'fiktif');
    const t = buildVerificationTable(p.db, { roundId: p.roundId }, 'kecamatan');
    expect(t.total).toMatchObject({ valid: 2, hilang: 1, jumlah_rekap: 2 });
    expect(buildIndicatorsTable(p.db, { roundId: p.roundId }, 'kecamatan').total.businesses).toBe(2);
  });

  it('reflects a changed value, a new business and a deleted one', () => {
    const [a, b] = addBusinesses(p.db, p.roundId, [{ modal: 100 }, { modal: 200 }]);
    expect(recapFromCube(p.db, { roundId: p.roundId }, 'kecamatan').total.modal).toBe(300);
    p.db.prepare('UPDATE businesses SET modal = 1000 WHERE id = ?').run(a);
    expect(recapFromCube(p.db, { roundId: p.roundId }, 'kecamatan').total.modal).toBe(1200);
    addBusinesses(p.db, p.roundId, [{ modal: 5 }]);
    expect(recapFromCube(p.db, { roundId: p.roundId }, 'kecamatan').total.modal).toBe(1205);
    p.db.prepare('DELETE FROM businesses WHERE id = ?').run(b);
    expect(recapFromCube(p.db, { roundId: p.roundId }, 'kecamatan').total.modal).toBe(1005);
  });

  it('agrees with the foundation recap after businesses move between kecamatan, to and from none', () => {
    const ids = addBusinesses(p.db, p.roundId, [
      ...times(3, { kec: '35.75.01', kel: null }), ...times(2, { kec: '35.75.02', kel: null }), { kec: null, kel: null },
    ]);
    recapFromCube(p.db, { roundId: p.roundId }, 'kecamatan');
    p.db.prepare("UPDATE businesses SET kecamatan_code = '35.75.02' WHERE id = ?").run(ids[0]);
    p.db.prepare('UPDATE businesses SET kecamatan_code = NULL WHERE id = ?').run(ids[1]);
    p.db.prepare("UPDATE businesses SET kecamatan_code = '35.75.03' WHERE id = ?").run(ids[5]);
    expect(recapFromCube(p.db, { roundId: p.roundId }, 'kecamatan')).toEqual(computeRecap(p.db, { roundId: p.roundId }, 'kecamatan'));
    expect(buildLqTable(p.db, { roundId: p.roundId }, { by: 'kecamatan' }).areas.map((a) => [a.name, a.count])).toEqual([
      ['Gadingrejo', 1], ['Purworejo', 3], ['Bugul Kidul', 1],
    ]);
  });

  it('lets a classified round be deleted, taking its classification and cells with it', () => {
    addBusinesses(p.db, p.roundId, times(3, {}));
    recapFromCube(p.db, { roundId: p.roundId }, 'kecamatan');
    p.db.prepare('DELETE FROM rounds WHERE id = ?').run(p.roundId);
    const left = p.db
      .prepare('SELECT (SELECT count(*) FROM business_classes) + (SELECT count(*) FROM stats_cell_blocks) + (SELECT count(*) FROM stats_stale_areas) + (SELECT count(*) FROM classification_runs) AS n')
      .get() as { n: number };
    expect(left.n).toBe(0);
  });

  it('gives the same figures for an area filter from the stored cells as from the business rows', () => {
    seedVerification();
    const viaCells = recapFromCube(p.db, { roundId: p.roundId, kecamatan: ['35.75.02'] }, 'kelurahan');
    // A search that matches every name forces the direct aggregation of the business rows.
    const direct = recapFromCube(p.db, { roundId: p.roundId, kecamatan: ['35.75.02'], search: 'Pelaku' }, 'kelurahan');
    expect(direct).toEqual(viaCells);
    expect(viaCells.total.businesses).toBe(5);
  });
});

describe('single-round indicators', () => {
  it('gives the shares with NIB, partnership, online marketing and above the micro limits, each with its base', () => {
    addBusinesses(p.db, p.roundId, [
      { nib: '1234567890123', pemasaran: 'online', kemitraan: 1 },
      { nib: ' ', pemasaran: 'keduanya', kemitraan: 0 },
      { nib: null, pemasaran: 'offline', kemitraan: null, omzet: 3_000_000_000, periode: 'tahun' },
      { nib: null, pemasaran: null, omzet: null },
    ]);
    const t = buildIndicatorsTable(p.db, { roundId: p.roundId }, 'kecamatan');
    expect(t.total.nib).toEqual({ count: 1, known: 4, share: 0.25 });
    expect(t.total.kemitraan).toEqual({ count: 1, known: 2, share: 0.5 });
    expect(t.total.online).toEqual({ count: 2, known: 3, share: 2 / 3 });
    expect(t.total.above_micro).toEqual({ count: 1, known: 3, share: 1 / 3 });
  });

  it('reports no partnership share at all when the data has no partnership column filled', () => {
    addBusinesses(p.db, p.roundId, [{}, {}]);
    expect(buildIndicatorsTable(p.db, { roundId: p.roundId }, 'kecamatan').total.kemitraan).toEqual({ count: 0, known: 0, share: null });
  });
});

describe('statistics per group', () => {
  it('counts missing values per measure instead of reading them as zero', () => {
    addBusinesses(p.db, p.roundId, [{ aset: 10 }, { aset: 30 }, { aset: null }]);
    const s = computeGroupStats(p.db, { roundId: p.roundId }, 'bidang');
    const perdagangan = s.rows.find((r) => r.code === 'perdagangan');
    expect(perdagangan?.stats.aset).toMatchObject({ n: 2, missing: 1, sum: 40, mean: 20, min: 10 });
    expect(perdagangan?.share).toBe(1);
  });

  it('lists fixed groups in their natural order, empty ones included, with Indonesian labels', () => {
    addBusinesses(p.db, p.roundId, [{ omzet: 3_000_000_000, periode: 'tahun' }, {}]);
    const s = computeGroupStats(p.db, { roundId: p.roundId }, 'size_class');
    expect(s.rows.map((r) => [r.label, r.count])).toEqual([['Mikro', 1], ['Kecil', 1], ['Menengah', 0], ['Besar', 0], ['Tidak diketahui', 0]]);
    expect(computeGroupStats(p.db, { roundId: p.roundId }, 'nib').rows.map((r) => r.label)).toEqual(['Memiliki SKU/NIB', 'Tanpa SKU/NIB']);
  });

  it('groups by turnover band in band order and by kecamatan in code order', () => {
    addBusinesses(p.db, p.roundId, [{ kec: '35.75.02', omzet: 100_000, periode: 'bulan' }, { kec: '35.75.01', omzet: 10_000_000, periode: 'bulan' }]);
    const bands = computeGroupStats(p.db, { roundId: p.roundId }, 'band');
    expect(bands.rows.map((r) => r.count)).toEqual([1, 0, 1, 0, 0, 0]);
    expect(computeGroupStats(p.db, { roundId: p.roundId }, 'kecamatan').rows.map((r) => r.label)).toEqual(['Gadingrejo', 'Purworejo']);
  });
});
