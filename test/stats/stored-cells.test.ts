import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureClassified } from '../../services/stats/classify-round';
import { rebuildStatsCells } from '../../services/stats/stats-cube';
import { monthlyLikeSqlite } from '../../services/stats/cell-aggregator';
import { readCellBlocks } from '../../services/stats/cell-store';
import { addBusinesses, makeStatsProject, type Biz } from './fixture';

let p: ReturnType<typeof makeStatsProject>;
beforeEach(() => {
  p = makeStatsProject();
});
afterEach(() => p.cleanup());

/** The stored cells of the round, rows sorted so two builds can be compared. */
const storedCells = () => {
  const { area, classes } = readCellBlocks(p.db, p.roundId);
  const sorted = (rows: unknown[][]) => rows.map((r) => JSON.stringify(r)).sort();
  return { area: sorted(area), classes: sorted(classes) };
};

/** Awkward values on purpose: missing periods, negative half-Rupiah roundings, NIB of spaces or a tab. */
const awkward: Biz[] = [
  { kec: '35.75.01', kel: '35.75.01.1001', omzet: 18, periode: 'tahun', nib: '   ', pemasaran: 'online', kemitraan: 1, jenis: 'warkop' },
  { kec: '35.75.01', kel: '35.75.01.1001', omzet: -18, periode: 'tahun', nib: '\t', pemasaran: 'keduanya', kemitraan: 0, jenis: 'warkop' },
  { kec: '35.75.01', kel: '35.75.01.1001', omzet: 7, periode: 'tahun', nib: ' 812 ', tk: null, l: 1, p: null },
  { kec: '35.75.01', kel: null, omzet: null, aset: null, modal: null, tk: null, l: 2, p: 3, status: 'data_awal' },
  { kec: null, kel: null, bidang: null, jenis: 'salon', sumber: 'temuan_lapangan' },
  { kec: '35.75.02', kel: '35.75.02.1001', status: 'hilang', reason: 'meninggal', jenis: 'batik' },
  { kec: '35.75.02', kel: '35.75.02.1001', dup: 'duplicate', omzet: 5_000_000_000, periode: 'tahun' },
  { kec: '35.75.02', kel: '35.75.02.1001', dup: 'possible', omzet: 5_000_000_000, periode: 'tahun', jenis: 'mebel' },
];

describe('stored aggregate cells', () => {
  it('are the same whether built in memory during a classification or rebuilt in SQL', () => {
    addBusinesses(p.db, p.roundId, awkward);
    ensureClassified(p.db, p.roundId);
    const fromMemory = storedCells();
    rebuildStatsCells(p.db, p.roundId);
    expect(storedCells()).toEqual(fromMemory);
    rebuildStatsCells(p.db, p.roundId, ['35.75.01', '35.75.02', '']);
    expect(storedCells()).toEqual(fromMemory);
    expect(fromMemory.area.length).toBeGreaterThan(4);
    expect(fromMemory.classes.length).toBeGreaterThan(3);
  });

  it('round monthly turnover like the generated column, half away from zero', () => {
    addBusinesses(p.db, p.roundId, [{ omzet: 18, periode: 'tahun' }, { omzet: -18, periode: 'tahun' }, { omzet: 30, periode: 'tahun' }]);
    const stored = (p.db.prepare('SELECT omzet_nilai, omzet_bulanan FROM businesses ORDER BY id').all() as Array<{ omzet_nilai: number; omzet_bulanan: number }>);
    expect(stored.map((r) => monthlyLikeSqlite(r.omzet_nilai, 'tahun'))).toEqual(stored.map((r) => r.omzet_bulanan));
  });
});
