import type { Db } from '../db/open';
import type { BusinessFilter, RecapResult, RecapRow } from '../../shared/api/contract-data';
import { buildBusinessWhere } from './filter-sql';

/**
 * The recap per kecamatan or kelurahan (seed 000:316-324), computed from the records in one query so
 * every figure agrees with the table. Counted: every business of the round except those lost at
 * verification and those a user marked as duplicates (both reported separately). Sums skip missing
 * values, and how many were missing is reported beside each sum.
 */
export function computeRecap(db: Db, filter: BusinessFilter, by: 'kecamatan' | 'kelurahan'): RecapResult {
  const where = buildBusinessWhere(filter, { skip: ['status'] });
  const codeCol = by === 'kecamatan' ? 'b.kecamatan_code' : 'b.kelurahan_code';
  const counted = `${where.sql} AND b.status <> 'hilang' AND coalesce(b.duplicate_state, '') <> 'duplicate'`;
  const sums = `count(*) AS businesses,
    coalesce(sum(b.omzet_tahunan), 0) AS omzet_tahunan, coalesce(sum(b.omzet_bulanan), 0) AS omzet_bulanan,
    coalesce(sum(b.aset), 0) AS aset, coalesce(sum(b.modal), 0) AS modal,
    coalesce(sum(b.tenaga_kerja), 0) AS tenaga_kerja,
    coalesce(sum(b.tenaga_kerja_l), 0) AS tenaga_kerja_l, coalesce(sum(b.tenaga_kerja_p), 0) AS tenaga_kerja_p,
    sum(b.omzet_nilai IS NULL) AS m_omzet, sum(b.aset IS NULL) AS m_aset, sum(b.modal IS NULL) AS m_modal,
    sum(b.tenaga_kerja IS NULL) AS m_tk, sum(b.tenaga_kerja_l IS NULL OR b.tenaga_kerja_p IS NULL) AS m_tklp`;
  type Raw = Omit<RecapRow, 'missing'> & { m_omzet: number; m_aset: number; m_modal: number; m_tk: number; m_tklp: number };
  const toRow = (r: Raw): RecapRow => ({
    code: r.code,
    name: r.name,
    businesses: r.businesses,
    omzet_tahunan: r.omzet_tahunan,
    omzet_bulanan: r.omzet_bulanan,
    aset: r.aset,
    modal: r.modal,
    tenaga_kerja: r.tenaga_kerja,
    tenaga_kerja_l: r.tenaga_kerja_l,
    tenaga_kerja_p: r.tenaga_kerja_p,
    missing: { omzet: r.m_omzet ?? 0, aset: r.m_aset ?? 0, modal: r.m_modal ?? 0, tenaga_kerja: r.m_tk ?? 0, tenaga_kerja_lp: r.m_tklp ?? 0 },
  });
  const rows = (
    db
      .prepare(`SELECT coalesce(${codeCol}, '') AS code, coalesce(r.name, '(tanpa wilayah)') AS name, ${sums}
        FROM businesses b LEFT JOIN regions r ON r.code = ${codeCol}
        WHERE ${counted} GROUP BY ${codeCol} ORDER BY ${codeCol} IS NULL, ${codeCol}`)
      .all(...where.params) as Raw[]
  ).map(toRow);
  const totalRaw = db.prepare(`SELECT 'TOTAL' AS code, 'Jumlah' AS name, ${sums} FROM businesses b WHERE ${counted}`).get(...where.params) as Raw;
  const lostRows = db
    .prepare(`SELECT b.alasan_hilang AS reason, count(*) AS n FROM businesses b WHERE ${where.sql} AND b.status = 'hilang' GROUP BY b.alasan_hilang`)
    .all(...where.params) as Array<{ reason: string; n: number }>;
  const dup = db
    .prepare(`SELECT sum(b.duplicate_state = 'duplicate' AND b.status <> 'hilang') AS duplicates, sum(b.duplicate_state = 'possible' AND b.status <> 'hilang') AS possible
      FROM businesses b WHERE ${where.sql}`)
    .get(...where.params) as { duplicates: number | null; possible: number | null };
  return {
    round_id: filter.roundId,
    by,
    rows,
    total: toRow(totalRaw),
    lost: Object.fromEntries(lostRows.map((r) => [r.reason, r.n])),
    duplicates: dup.duplicates ?? 0,
    possible_duplicates: dup.possible ?? 0,
    unassigned: rows.find((r) => r.code === '')?.businesses ?? 0,
  };
}
