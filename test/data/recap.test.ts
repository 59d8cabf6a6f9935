import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { computeRecap } from '../../services/data/recap';
import { listBusinesses, listFacets, setVerificationStatus } from '../../services/data/businesses';
import { insertBusinesses, makeProject, makeTempDir } from '../helpers/temp-project';
import type { Db } from '../../services/db/open';

let tmp: ReturnType<typeof makeTempDir>;
let db: Db;
let roundId: number;
const GADING = '35.75.01';
const BUGUL = '35.75.03';

beforeEach(() => {
  tmp = makeTempDir();
  ({ db, roundId } = makeProject(tmp.dir));
  insertBusinesses(db, roundId, [
    { kec: GADING, kel: '35.75.01.1001', omzet: 2_000_000, periode: 'bulan', aset: 10_000_000, modal: 4_000_000, l: 1, p: 2, nik: '3575014501900001' },
    { kec: GADING, kel: '35.75.01.1002', omzet: 24_000_000, periode: 'tahun', aset: null, modal: 1_000_000, l: 0, p: 1, sector: 'jasa' },
    { kec: GADING, kel: '35.75.01.1002', omzet: 5_000_000, status: 'hilang', reason: 'pindah_alamat' },
    { kec: BUGUL, kel: '35.75.03.1003', omzet: null, aset: 3_000_000, modal: null, l: null, p: null, sector: 'industri' },
    { kec: BUGUL, kel: '35.75.03.1003', omzet: 7_000_000, dup: 'duplicate' },
    { kec: BUGUL, kel: '35.75.03.1001', omzet: 1_000_000, dup: 'possible', status: 'data_awal', l: 1, p: 0 },
  ]);
});
afterEach(() => {
  db.close();
  tmp.cleanup();
});

describe('recap per kecamatan', () => {
  it('counts every business except lost ones and those marked duplicate, and reports both separately', () => {
    const r = computeRecap(db, { roundId }, 'kecamatan');
    expect(r.total.businesses).toBe(4);
    expect(r.lost).toEqual({ pindah_alamat: 1 });
    expect(r.duplicates).toBe(1);
    expect(r.possible_duplicates).toBe(1);
    expect(r.rows.map((x) => [x.code, x.name, x.businesses])).toEqual([
      [GADING, 'Gadingrejo', 2],
      [BUGUL, 'Bugul Kidul', 2],
    ]);
  });

  it('derives monthly and yearly turnover from whichever period each business reported', () => {
    const g = computeRecap(db, { roundId }, 'kecamatan').rows[0]!;
    expect(g.omzet_bulanan).toBe(2_000_000 + 2_000_000);
    expect(g.omzet_tahunan).toBe(24_000_000 + 24_000_000);
  });

  it('never counts a missing value as zero: it reports how many were missing', () => {
    const r = computeRecap(db, { roundId }, 'kecamatan');
    const g = r.rows[0]!;
    const b = r.rows[1]!;
    expect(g.aset).toBe(10_000_000);
    expect(g.missing.aset).toBe(1);
    expect(b.missing.omzet).toBe(1);
    expect(b.missing.modal).toBe(1);
    expect(b.missing.tenaga_kerja).toBe(1);
    expect(r.total.missing.omzet).toBe(1);
  });

  it('makes the total row the sum of the area rows', () => {
    const r = computeRecap(db, { roundId }, 'kelurahan');
    for (const key of ['businesses', 'omzet_bulanan', 'aset', 'modal', 'tenaga_kerja_l', 'tenaga_kerja_p'] as const) {
      expect(r.rows.reduce((s, x) => s + x[key], 0)).toBe(r.total[key]);
    }
  });

  it('recaps only the filtered area and sector', () => {
    const r = computeRecap(db, { roundId, kecamatan: [GADING], sector: ['jasa'] }, 'kelurahan');
    expect(r.total.businesses).toBe(1);
    expect(r.rows.map((x) => x.code)).toEqual(['35.75.01.1002']);
  });

  it('drops a business from the recap once it is marked lost, and counts its reason', () => {
    const page = listBusinesses(db, { filter: { roundId, kecamatan: [BUGUL] }, offset: 0, limit: 10 });
    setVerificationStatus(db, [page.rows[0]!.id], 'hilang', 'meninggal');
    const r = computeRecap(db, { roundId }, 'kecamatan');
    expect(r.total.businesses).toBe(3);
    expect(r.lost).toEqual({ pindah_alamat: 1, meninggal: 1 });
  });
});

describe('business table', () => {
  it('agrees with the recap on how many businesses a kecamatan filter matches (lost ones included in the table)', () => {
    const page = listBusinesses(db, { filter: { roundId, kecamatan: [GADING] }, offset: 0, limit: 50 });
    expect(page.total).toBe(3);
    expect(page.rows.every((r) => r.kecamatan_name === 'Gadingrejo')).toBe(true);
  });

  it('masks NIK in the rows it returns', () => {
    const page = listBusinesses(db, { filter: { roundId }, offset: 0, limit: 1, sort: 'id' });
    expect(page.rows[0]!.nik).toBe('3575**********01');
  });

  it('pages by offset with a stable order', () => {
    const all = listBusinesses(db, { filter: { roundId }, offset: 0, limit: 6, sort: 'omzet_tahunan', desc: true }).rows.map((r) => r.id);
    const second = listBusinesses(db, { filter: { roundId }, offset: 3, limit: 3, sort: 'omzet_tahunan', desc: true }).rows.map((r) => r.id);
    expect(second).toEqual(all.slice(3));
  });

  it('lists facet counts where each facet ignores its own filter', () => {
    const f = listFacets(db, { roundId, kecamatan: [GADING] });
    expect(f.kecamatan.map((k) => [k.code, k.count])).toEqual([
      [BUGUL, 3],
      [GADING, 3],
    ]);
    expect(f.kelurahan.every((k) => k.code.startsWith(GADING))).toBe(true);
  });

  it('refuses to mark a business lost without a reason', () => {
    const page = listBusinesses(db, { filter: { roundId }, offset: 0, limit: 1 });
    expect(() => setVerificationStatus(db, [page.rows[0]!.id], 'hilang', null)).toThrow(/alasan/);
  });
});

describe('business detail', () => {
  it('masks personal numbers in the original row even under a column name that does not say so', async () => {
    const { getBusiness } = await import('../../services/data/businesses');
    const id = (db.prepare('SELECT min(id) AS id FROM businesses').get() as { id: number }).id;
    db.prepare('UPDATE businesses SET original_json = ? WHERE id = ?').run(
      JSON.stringify({ 'No. Identitas': '3575014501900001', 'Kontak': '+62 812-3456-7890', 'NIK': "'3575014501900002", 'Nama': 'Ani' }),
      id,
    );
    const { original } = getBusiness(db, id);
    expect(JSON.stringify(original)).not.toMatch(/3575014501900001|3456-7890|3575014501900002/);
    expect(original['Nama']).toBe('Ani');
  });
});
