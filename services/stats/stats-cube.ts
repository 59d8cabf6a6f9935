import type { Db } from '../db/open';
import type { BusinessFilter } from '../../shared/api/contract-data';
import { buildBusinessWhere, type SqlWhere } from '../data/filter-sql';
import { classesWhere, MONTHLY_SQL, scanByRowRange, YEARLY_SQL } from './counted-set';
import { ensureClassified } from './classify-round';
import { readCellBlocks, writeCellBlocks, type CellRow } from './cell-store';

/**
 * One cell of the area cube: the businesses of one kecamatan × kelurahan × bidang × verification
 * state, with their sums (integer Rupiah, persons) and how many lacked each value. Empty codes are ''.
 */
export interface AreaCell {
  kec: string;
  kel: string;
  bidang: string;
  sumber: string;
  status: string;
  duplicate_state: string | null;
  alasan_hilang: string | null;
  /** Not lost and not marked duplicate: what every table counts. */
  counted: boolean;
  n: number;
  modal: number;
  aset: number;
  omzet_bulanan: number;
  omzet_tahunan: number;
  /** Reported totals only (as the recap sums them); `workers` = total or L + P (as the LQ uses them). */
  tenaga_kerja: number;
  workers: number;
  l: number;
  p: number;
  m_omzet: number;
  m_aset: number;
  m_modal: number;
  m_tenaga_kerja: number;
  m_workers: number;
  m_lp: number;
  nib: number;
  online: number;
  online_known: number;
  mitra: number;
  mitra_known: number;
}

/** Counted businesses of one area × bidang × jenis group/label × size class. */
export interface ClassCell {
  kec: string;
  kel: string;
  bidang: string;
  group: string;
  label: string | null;
  size: string;
  n: number;
  workers: number;
  m_workers: number;
  omzet_tahunan: number;
}

export interface StatsCube {
  cells: AreaCell[];
  classes: ClassCell[];
}

const WORKERS = 'coalesce(b.tenaga_kerja, b.tenaga_kerja_l + b.tenaga_kerja_p)';

/** Aggregates of the business rows (cell-aggregator.ts computes the same in memory during a classification). */
function areaCellsSql(where: SqlWhere): string {
  return `SELECT b.kecamatan_code, b.kelurahan_code, b.bidang_usaha, b.status, b.duplicate_state, b.sumber, b.alasan_hilang, count(*) AS n,
      coalesce(sum(b.modal), 0) AS modal, coalesce(sum(b.aset), 0) AS aset, coalesce(sum(${MONTHLY_SQL}), 0) AS omzet_bulanan,
      coalesce(sum(${YEARLY_SQL}), 0) AS omzet_tahunan, coalesce(sum(b.tenaga_kerja), 0) AS tenaga_kerja, coalesce(sum(${WORKERS}), 0) AS workers,
      coalesce(sum(b.tenaga_kerja_l), 0) AS tenaga_kerja_l, coalesce(sum(b.tenaga_kerja_p), 0) AS tenaga_kerja_p,
      count(*) - count(${MONTHLY_SQL}) AS m_omzet, count(*) - count(b.aset) AS m_aset, count(*) - count(b.modal) AS m_modal,
      count(*) - count(b.tenaga_kerja) AS m_tenaga_kerja, count(*) - count(${WORKERS}) AS m_workers,
      sum(b.tenaga_kerja_l IS NULL OR b.tenaga_kerja_p IS NULL) AS m_lp,
      sum(b.nib IS NOT NULL AND trim(b.nib) <> '') AS nib, coalesce(sum(b.pemasaran IN ('online', 'keduanya')), 0) AS online,
      count(b.pemasaran) AS online_known, coalesce(sum(b.kemitraan = 1), 0) AS mitra, count(b.kemitraan) AS mitra_known
    FROM businesses b WHERE ${where.sql}
    GROUP BY b.kecamatan_code, b.kelurahan_code, b.bidang_usaha, b.status, b.duplicate_state, b.sumber, b.alasan_hilang`;
}

function classCellsSql(where: SqlWhere): string {
  return `SELECT c.kecamatan_code, c.kelurahan_code, c.bidang_usaha, c.jenis_group, c.jenis_label, c.size_class, count(*) AS n,
      coalesce(sum(c.tenaga_kerja), 0) AS workers, count(*) - count(c.tenaga_kerja) AS m_workers, coalesce(sum(c.omzet_tahunan), 0) AS omzet_tahunan
    FROM business_classes c WHERE ${where.sql}
    GROUP BY c.kecamatan_code, c.kelurahan_code, c.bidang_usaha, c.jenis_group, c.jenis_label, c.size_class`;
}

/**
 * Rebuilds a round's stored cells from its businesses and classification in SQL: only the blocks of
 * the kecamatan an edit touched ('' = businesses without a kecamatan, read through the round/kecamatan
 * index), which keeps the tables quick during verification work; or all of them, a fallback (a
 * classification builds all cells in memory while it reads the round anyway).
 */
export function rebuildStatsCells(db: Db, roundId: number, kecamatan?: readonly string[]): void {
  const parts: Array<{ b: SqlWhere; c: SqlWhere }> = [];
  if (kecamatan === undefined) {
    parts.push({ b: scanByRowRange(db, roundId, buildBusinessWhere({ roundId })), c: classesWhere(db, { roundId }) });
  } else {
    const codes = kecamatan.filter((k) => k !== '');
    if (codes.length) {
      const list = codes.map(() => '?').join(', ');
      parts.push({
        b: { sql: `b.round_id = ? AND b.kecamatan_code IN (${list})`, params: [roundId, ...codes] },
        c: { sql: `c.round_id = ? AND c.kecamatan_code IN (${list}) AND c.counted = 1`, params: [roundId, ...codes] },
      });
    }
    if (kecamatan.includes('')) {
      parts.push({
        b: { sql: 'b.round_id = ? AND b.kecamatan_code IS NULL', params: [roundId] },
        c: { sql: 'c.round_id = ? AND c.kecamatan_code IS NULL AND c.counted = 1', params: [roundId] },
      });
    }
  }
  let area: CellRow[] = [];
  let classes: CellRow[] = [];
  for (const part of parts) {
    area = area.concat(db.prepare(areaCellsSql(part.b)).raw(true).all(...part.b.params) as CellRow[]);
    classes = classes.concat(db.prepare(classCellsSql(part.c)).raw(true).all(...part.c.params) as CellRow[]);
  }
  writeCellBlocks(db, roundId, area, classes, kecamatan);
}

const num = (v: string | number | null | undefined) => (typeof v === 'number' ? v : 0);
const str = (v: string | number | null | undefined) => (typeof v === 'string' ? v : null);

function toAreaCell(r: CellRow): AreaCell {
  return {
    kec: str(r[0]) ?? '',
    kel: str(r[1]) ?? '',
    bidang: str(r[2]) ?? '',
    status: r[3] as string,
    duplicate_state: str(r[4]),
    sumber: r[5] as string,
    alasan_hilang: str(r[6]),
    counted: r[3] !== 'hilang' && r[4] !== 'duplicate',
    n: num(r[7]),
    modal: num(r[8]),
    aset: num(r[9]),
    omzet_bulanan: num(r[10]),
    omzet_tahunan: num(r[11]),
    tenaga_kerja: num(r[12]),
    workers: num(r[13]),
    l: num(r[14]),
    p: num(r[15]),
    m_omzet: num(r[16]),
    m_aset: num(r[17]),
    m_modal: num(r[18]),
    m_tenaga_kerja: num(r[19]),
    m_workers: num(r[20]),
    m_lp: num(r[21]),
    nib: num(r[22]),
    online: num(r[23]),
    online_known: num(r[24]),
    mitra: num(r[25]),
    mitra_known: num(r[26]),
  };
}

function toClassCell(r: CellRow): ClassCell {
  return {
    kec: str(r[0]) ?? '',
    kel: str(r[1]) ?? '',
    bidang: str(r[2]) ?? '',
    group: r[3] as string,
    label: str(r[4]),
    size: r[5] as string,
    n: num(r[6]),
    workers: num(r[7]),
    m_workers: num(r[8]),
    omzet_tahunan: num(r[9]),
  };
}

/** True when the filter is only the round and lists of areas and sectors: the stored cells can answer it. */
function isCellFilter(filter: BusinessFilter): boolean {
  return !filter.issue && !(filter.search && filter.search.trim() !== '') && !filter.possibleDuplicates;
}

/** The decoded cells of the last round read, valid while the project file is unchanged. */
const cache = new WeakMap<Db, { key: string; cube: StatsCube }>();

/**
 * A key that changes whenever anything was written to the file: `total_changes()` counts this
 * connection's writes, `data_version` changes when another connection commits.
 */
function versionKey(db: Db, roundId: number): string {
  const changes = (db.prepare('SELECT total_changes() AS t').get() as { t: number }).t;
  return `${roundId}|${db.pragma('data_version', { simple: true }) as number}|${changes}`;
}

function readRoundCube(db: Db, roundId: number): StatsCube {
  const hit = cache.get(db);
  if (hit && hit.key === versionKey(db, roundId)) return hit.cube;
  ensureClassified(db, roundId);
  const run = db.prepare('SELECT cells_stale FROM classification_runs WHERE round_id = ?').get(roundId) as { cells_stale: number } | undefined;
  if (!run || run.cells_stale) rebuildStatsCells(db, roundId);
  else {
    const stale = db.prepare('SELECT kecamatan_code FROM stats_stale_areas WHERE round_id = ?').pluck().all(roundId) as string[];
    if (stale.length) rebuildStatsCells(db, roundId, stale);
  }
  const stored = readCellBlocks(db, roundId);
  const cube = { cells: stored.area.map(toAreaCell), classes: stored.classes.map(toClassCell) };
  cache.set(db, { key: versionKey(db, roundId), cube });
  return cube;
}

/**
 * The aggregates every Rekap-screen table is derived from. For a filter of areas and sectors they
 * come from the round's stored cells (stale kecamatan rebuilt first; decoded cells kept in memory
 * until the file changes), so the Rekap, Verifikasi, LQ and indicator tables of 400,000 businesses
 * together read a few thousand rows; any other filter is aggregated from the business rows directly.
 * The status part of a filter is ignored, as in the recap.
 */
export function getStatsCube(db: Db, filter: BusinessFilter): StatsCube {
  if (!isCellFilter(filter)) {
    ensureClassified(db, filter.roundId);
    const where = buildBusinessWhere(filter, { skip: ['status'] });
    const counted = classesWhere(db, filter);
    return {
      cells: (db.prepare(areaCellsSql(where)).raw(true).all(...where.params) as CellRow[]).map(toAreaCell),
      classes: (db.prepare(classCellsSql(counted)).raw(true).all(...counted.params) as CellRow[]).map(toClassCell),
    };
  }
  const cube = readRoundCube(db, filter.roundId);
  if (!filter.kecamatan?.length && !filter.kelurahan?.length && !filter.sector?.length) return cube;
  const keep = (c: { kec: string; kel: string; bidang: string }) =>
    (!filter.kecamatan?.length || (c.kec !== '' && filter.kecamatan.includes(c.kec))) &&
    (!filter.kelurahan?.length || (c.kel !== '' && filter.kelurahan.includes(c.kel))) &&
    (!filter.sector?.length || (c.bidang !== '' && (filter.sector as readonly string[]).includes(c.bidang)));
  return { cells: cube.cells.filter(keep), classes: cube.classes.filter(keep) };
}

/** Region names with their parent's name, for labelling rows. */
export function readRegionNames(db: Db): Map<string, { name: string; parent_code: string | null; parent_name: string | null }> {
  const rows = db
    .prepare('SELECT r.code, r.name, r.parent_code, p.name AS parent_name FROM regions r LEFT JOIN regions p ON p.code = r.parent_code')
    .all() as Array<{ code: string; name: string; parent_code: string | null; parent_name: string | null }>;
  return new Map(rows.map((r) => [r.code, r]));
}
