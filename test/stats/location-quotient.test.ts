import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildLqTable } from '../../services/stats/lq-table';
import { addBusinesses, makeStatsProject, times, type Biz } from './fixture';

let p: ReturnType<typeof makeStatsProject>;
beforeEach(() => {
  p = makeStatsProject();
});
afterEach(() => p.cleanup());

const cell = (kec: string, bidang: Biz['bidang'], n: number, tk = 1): Biz[] => times(n, { kec, kel: null, bidang, tk });

/**
 * Hand-computed table. Counts (P, I, J): Gadingrejo 6, 2, 2; Purworejo 2, 6, 2; Bugul Kidul 4, 4, 12;
 * region 12, 12, 16 of 40. Workers are 1 each except Bugul Kidul's jasa with 3 each (36), so the
 * region has 12, 12, 40 of 64 workers.
 */
function seedTable() {
  addBusinesses(p.db, p.roundId, [
    ...cell('35.75.01', 'perdagangan', 6), ...cell('35.75.01', 'industri', 2), ...cell('35.75.01', 'jasa', 2),
    ...cell('35.75.02', 'perdagangan', 2), ...cell('35.75.02', 'industri', 6), ...cell('35.75.02', 'jasa', 2),
    ...cell('35.75.03', 'perdagangan', 4), ...cell('35.75.03', 'industri', 4), ...cell('35.75.03', 'jasa', 12, 3),
    // Not part of the quotients: unknown sector, lost, marked duplicate.
    { kec: '35.75.01', kel: null, bidang: null },
    { kec: '35.75.01', kel: null, bidang: 'jasa', status: 'hilang', reason: 'fiktif' },
    { kec: '35.75.02', kel: null, bidang: 'jasa', dup: 'duplicate' },
  ]);
}

describe('location quotients per kecamatan', () => {
  it('matches the hand-computed LQ by counts: (e_ij / e_j) / (E_i / E)', () => {
    seedTable();
    const t = buildLqTable(p.db, { roundId: p.roundId }, { by: 'kecamatan' });
    const lq = Object.fromEntries(t.rows.map((r) => [`${r.name}/${r.sector}`, r.lq]));
    const expected: Record<string, number> = {
      'Gadingrejo/perdagangan': 2, 'Gadingrejo/industri': 2 / 3, 'Gadingrejo/jasa': 0.5,
      'Purworejo/perdagangan': 2 / 3, 'Purworejo/industri': 2, 'Purworejo/jasa': 0.5,
      'Bugul Kidul/perdagangan': 2 / 3, 'Bugul Kidul/industri': 2 / 3, 'Bugul Kidul/jasa': 1.5,
    };
    expect(Object.keys(lq).sort()).toEqual(Object.keys(expected).sort());
    for (const [k, v] of Object.entries(expected)) expect(lq[k], k).toBeCloseTo(v, 12);
    expect(t.total.count).toBe(40);
    expect(t.excluded).toBe(1);
  });

  it('matches the hand-computed LQ by workers', () => {
    seedTable();
    const t = buildLqTable(p.db, { roundId: p.roundId }, { by: 'kecamatan' });
    const row = (name: string, sector: string) => t.rows.find((r) => r.name === name && r.sector === sector);
    expect(row('Bugul Kidul', 'jasa')?.lq_workers).toBeCloseTo(36 / 44 / (40 / 64), 12);
    expect(row('Gadingrejo', 'perdagangan')?.lq_workers).toBeCloseTo(0.6 / (12 / 64), 12);
    expect(t.total.workers).toBe(64);
  });

  it('names basis sectors (LQ > 1) and the dominant sector of each area', () => {
    seedTable();
    const t = buildLqTable(p.db, { roundId: p.roundId }, { by: 'kecamatan' });
    const area = (name: string) => t.areas.find((a) => a.name === name);
    expect(area('Gadingrejo')).toMatchObject({ basis: ['perdagangan'], dominant_sector: 'perdagangan', dominant_label: 'Perdagangan', count: 10 });
    expect(area('Purworejo')).toMatchObject({ basis: ['industri'], dominant_sector: 'industri' });
    expect(area('Bugul Kidul')).toMatchObject({ basis: ['jasa'], dominant_sector: 'jasa', count: 20 });
  });

  it('lists rows area by area with the sectors in a fixed order', () => {
    seedTable();
    const t = buildLqTable(p.db, { roundId: p.roundId }, { by: 'kecamatan' });
    expect(t.rows.slice(0, 3).map((r) => [r.code, r.sector])).toEqual([
      ['35.75.01', 'perdagangan'], ['35.75.01', 'industri'], ['35.75.01', 'jasa'],
    ]);
  });
});

describe('sentra candidates', () => {
  it('finds a jenis usaha concentrated in a kelurahan, and ignores small numbers however concentrated', () => {
    const k = (kel: string, jenis: string, n: number) => times(n, { kec: kel.slice(0, 8), kel, jenis });
    addBusinesses(p.db, p.roundId, [
      ...k('35.75.01.1001', 'keripik singkong', 12), ...k('35.75.01.1001', 'warung', 8),
      ...k('35.75.01.1002', 'keripik', 2), ...k('35.75.01.1002', 'warung', 18),
      ...k('35.75.02.1001', 'kripik tempe', 5), ...k('35.75.02.1001', 'warung', 20),
      ...k('35.75.02.1002', 'batik tulis', 3),
    ]);
    const t = buildLqTable(p.db, { roundId: p.roundId }, { by: 'kelurahan', sector: 'jenis' });
    // keripik: 19 of 68 in the region; 12 of 20 in Karangketug -> LQ = 0.6 / (19 / 68).
    expect(t.sentra.map((s) => [s.kelurahan_name, s.jenis_label, s.count])).toEqual([['Karangketug', 'Keripik', 12]]);
    expect(t.sentra[0]?.lq).toBeCloseTo(0.6 / (19 / 68), 12);
    expect(t.sentra_rule).toEqual({ min_count: 10, min_lq: 2 });
    const loose = buildLqTable(p.db, { roundId: p.roundId }, { by: 'kelurahan', sector: 'jenis', sentraMinCount: 3 });
    expect(loose.sentra.map((s) => s.jenis_label)).toContain('Batik tulis');
  });
});
