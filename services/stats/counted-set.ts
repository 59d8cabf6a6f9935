import type { BusinessFilter } from '../../shared/api/contract-data';
import type { Db } from '../db/open';
import { buildBusinessWhere, type SqlWhere } from '../data/filter-sql';

/**
 * The rowid range of a round's businesses (and of their classification rows, which share the ids).
 * Reading a round by rowid range is a sequential scan of its pages, several times faster than looking
 * every row up through a round_id index.
 */
export function roundRowRange(db: Db, roundId: number): { lo: number; hi: number } {
  const r = db.prepare('SELECT min(id) AS lo, max(id) AS hi FROM businesses WHERE round_id = ?').get(roundId) as { lo: number | null; hi: number | null };
  return { lo: r.lo ?? 0, hi: r.hi ?? -1 };
}

/**
 * The counted set every table of issue 4 uses, identical to the recap's (`computeRecap` in
 * services/data/recap.ts): the filter without its status part, minus businesses lost at
 * verification and those a user marked as duplicates. Tests check every table agrees with the recap.
 */
export function countedWhere(filter: BusinessFilter): SqlWhere {
  const where = buildBusinessWhere(filter, { skip: ['status'] });
  return { sql: `${where.sql} AND ${COUNTED_SQL}`, params: where.params };
}

/**
 * `where` (from buildBusinessWhere, which always starts with the round) rewritten to read the round
 * by rowid range: for queries that visit most of a round's rows this is a sequential scan instead of
 * one index lookup per row.
 */
export function scanByRowRange(db: Db, roundId: number, where: SqlWhere): SqlWhere {
  if (!where.sql.startsWith('b.round_id = ?')) return where;
  const { lo, hi } = roundRowRange(db, roundId);
  return { sql: where.sql.replace(/^b\.round_id = \?/, 'b.id BETWEEN ? AND ? AND +b.round_id = ?'), params: [lo, hi, ...where.params] };
}

/** The counted set of a filter, read by rowid range (see `scanByRowRange`). */
export function countedScan(db: Db, filter: BusinessFilter): SqlWhere {
  return scanByRowRange(db, filter.roundId, countedWhere(filter));
}

/** True for a counted business row `b`. */
export const COUNTED_SQL = "b.status <> 'hilang' AND coalesce(b.duplicate_state, '') <> 'duplicate'";

/**
 * The same counted set on `business_classes c`. The round is read by rowid range (a sequential scan of
 * its rows, see `roundRowRange`); a filter on area and sector is read from the copies in that table,
 * any other filter part goes through the business rows.
 */
export function classesWhere(db: Db, filter: BusinessFilter): SqlWhere {
  const { lo, hi } = roundRowRange(db, filter.roundId);
  const parts = ['c.business_id BETWEEN ? AND ?', '+c.round_id = ?', 'c.counted = 1'];
  const params: Array<string | number> = [lo, hi, filter.roundId];
  const simple = !filter.issue && !(filter.search && filter.search.trim() !== '') && !filter.possibleDuplicates;
  if (!simple) {
    const w = countedWhere(filter);
    parts.push(`c.business_id IN (SELECT b.id FROM businesses b WHERE ${w.sql})`);
    params.push(...w.params);
    return { sql: parts.join(' AND '), params };
  }
  const inList = (column: string, values: readonly string[] | undefined) => {
    if (!values || values.length === 0) return;
    parts.push(`${column} IN (${values.map(() => '?').join(', ')})`);
    params.push(...values);
  };
  inList('c.kecamatan_code', filter.kecamatan);
  inList('c.kelurahan_code', filter.kelurahan);
  inList('c.bidang_usaha', filter.sector);
  return { sql: parts.join(' AND '), params };
}

/** Workers of a business: the reported total, or L + P when only the split was reported. */
export const WORKERS_SQL = 'coalesce(b.tenaga_kerja, b.tenaga_kerja_l + b.tenaga_kerja_p)';

/**
 * Yearly and monthly turnover written out from the stored figure and its period, exactly as the
 * generated columns of 0001_init.sql define them: SQLite cannot read generated columns from an
 * index, so queries that must stay on the covering index use these instead.
 */
export const YEARLY_SQL = "(CASE b.omzet_periode WHEN 'tahun' THEN b.omzet_nilai WHEN 'bulan' THEN b.omzet_nilai * 12 END)";
export const MONTHLY_SQL = "(CASE b.omzet_periode WHEN 'bulan' THEN b.omzet_nilai WHEN 'tahun' THEN CAST(round(b.omzet_nilai / 12.0) AS INTEGER) END)";
