import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { computeRecap } from '../../services/data/recap';
import { listDuplicateGroups, resolveDuplicates, summariseVerification } from '../../services/data/review';
import { insertBusinesses, makeProject, makeTempDir } from '../helpers/temp-project';
import type { Db } from '../../services/db/open';

let tmp: ReturnType<typeof makeTempDir>;
let db: Db;
let roundId: number;
let ids: number[];
const NIK = '3575014501900001';

beforeEach(() => {
  tmp = makeTempDir();
  ({ db, roundId } = makeProject(tmp.dir));
  ids = insertBusinesses(db, roundId, [
    { kec: '35.75.01', kel: '35.75.01.1001', nik: NIK, dup: 'possible' },
    { kec: '35.75.01', kel: '35.75.01.1001', nik: NIK, dup: 'possible', jenis: 'warung kopi' },
    { kec: '35.75.01', kel: '35.75.01.1002', status: 'hilang', reason: 'meninggal' },
    { kec: '35.75.02', kel: '35.75.02.1001', status: 'data_awal' },
  ]);
  db.prepare("UPDATE businesses SET sumber = 'temuan_lapangan' WHERE id = ?").run(ids[3]);
});
afterEach(() => {
  db.close();
  tmp.cleanup();
});

describe('possible-duplicates queue', () => {
  it('lists businesses sharing a NIK as one group, with the NIK masked', () => {
    const { groups, total_groups } = listDuplicateGroups(db, roundId);
    expect(total_groups).toBe(1);
    expect(groups[0]!.key).toBe('3575**********01');
    expect(groups[0]!.members.map((m) => m.id)).toEqual([ids[0], ids[1]]);
    expect(groups[0]!.members.every((m) => m.nik === '3575**********01')).toBe(true);
  });

  it('marking one member as duplicate removes it from the recap and empties the queue', () => {
    expect(computeRecap(db, { roundId }, 'kecamatan').possible_duplicates).toBe(2);
    resolveDuplicates(db, [ids[0]!, ids[1]!], [ids[1]!]);
    const recap = computeRecap(db, { roundId }, 'kecamatan');
    expect(recap.duplicates).toBe(1);
    expect(recap.possible_duplicates).toBe(0);
    expect(recap.total.businesses).toBe(2);
    expect(listDuplicateGroups(db, roundId).total_groups).toBe(0);
  });

  it('keeping both leaves both counted', () => {
    resolveDuplicates(db, [ids[0]!, ids[1]!], []);
    expect(computeRecap(db, { roundId }, 'kecamatan').total.businesses).toBe(3);
  });

  it('counts a marked duplicate as lost (data dobel) in the verification table, keeping Data Awal = Valid + Hilang + Belum', () => {
    resolveDuplicates(db, [ids[0]!, ids[1]!], [ids[1]!]);
    const t = summariseVerification(db, { roundId }).total;
    expect(t.hilang_per_alasan).toEqual({ meninggal: 1, data_dobel: 1 });
    expect(t).toMatchObject({ data_awal: 3, valid: 1, hilang: 2, belum_diverifikasi: 0, duplikat: 1 });
    expect(t.valid + t.hilang + t.belum_diverifikasi).toBe(t.data_awal);
  });

  it('refuses to mark every member of a group as duplicate', () => {
    expect(() => resolveDuplicates(db, [ids[0]!, ids[1]!], [ids[0]!, ids[1]!])).toThrow(/minimal satu/);
  });
});

describe('verification summary', () => {
  it('gives Data Awal, Valid and Hilang with reasons per kecamatan and a total', () => {
    const s = summariseVerification(db, { roundId });
    expect(s.rows.map((r) => [r.code, r.data_awal, r.valid, r.hilang, r.temuan_lapangan])).toEqual([
      ['35.75.01', 3, 2, 1, 0],
      ['35.75.02', 0, 0, 0, 1],
    ]);
    expect(s.rows[0]!.hilang_per_alasan).toEqual({ meninggal: 1 });
    expect(s.total).toMatchObject({ data_awal: 3, valid: 2, hilang: 1, temuan_lapangan: 1, hilang_per_alasan: { meninggal: 1 } });
  });
});
