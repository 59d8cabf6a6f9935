import type { Db } from '../db/open';
import type { BusinessFilter } from '../../shared/api/contract-data';
import { buildBusinessWhere, type SqlWhere } from '../data/filter-sql';
import { classesWhere, MONTHLY_SQL, YEARLY_SQL } from './counted-set';
import { ensureClassified } from './classify-round';

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

/** Aggregates of the business rows, grouped in the covering index's order so SQLite never sorts. */
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

const AREA_COLUMNS = `kecamatan_code, kelurahan_code, bidang_usaha, status, duplicate_state, sumber, alasan_hilang, n, modal, aset,
  omzet_bulanan, omzet_tahunan, tenaga_kerja, workers, tenaga_kerja_l, tenaga_kerja_p, m_omzet, m_aset, m_modal, m_tenaga_kerja,
  m_workers, m_lp, nib, online, online_known, mitra, mitra_known`;
const CLASS_COLUMNS = 'kecamatan_code, kelurahan_code, bidang_usaha, jenis_group, jenis_label, size_class, n, workers, m_workers, omzet_tahunan';

/**
 * Rebuilds a round's stored cells from its businesses and classification (two narrow scans) and marks
 * them fresh. Called after classifying and whenever a trigger marked the cells stale.
 */
export function rebuildStatsCells(db: Db, roundId: number): void {
  const all = buildBusinessWhere({ roundId });
  const counted = classesWhere({ roundId });
  db.transaction(() => {
    db.prepare('DELETE FROM stats_cells WHERE round_id = ?').run(roundId);
    db.prepare('DELETE FROM stats_class_cells WHERE round_id = ?').run(roundId);
    db.prepare(`INSERT INTO stats_cells (round_id, ${AREA_COLUMNS}) SELECT ?, * FROM (${areaCellsSql(all)})`).run(roundId, ...all.params);
    db.prepare(`INSERT INTO stats_class_cells (round_id, ${CLASS_COLUMNS}) SELECT ?, * FROM (${classCellsSql(counted)})`).run(roundId, ...counted.params);
    db.prepare('UPDATE classification_runs SET cells_stale = 0 WHERE round_id = ?').run(roundId);
  })();
}

type Row = Record<string, string | number | null>;

function toAreaCell(r: Row): AreaCell {
  const n = (k: string) => (r[k] as number | null) ?? 0;
  return {
    kec: (r.kecamatan_code as string | null) ?? '',
    kel: (r.kelurahan_code as string | null) ?? '',
    bidang: (r.bidang_usaha as string | null) ?? '',
    sumber: r.sumber as string,
    status: r.status as string,
    duplicate_state: (r.duplicate_state as string | null) ?? null,
    alasan_hilang: (r.alasan_hilang as string | null) ?? null,
    counted: r.status !== 'hilang' && r.duplicate_state !== 'duplicate',
    n: n('n'),
    modal: n('modal'),
    aset: n('aset'),
    omzet_bulanan: n('omzet_bulanan'),
    omzet_tahunan: n('omzet_tahunan'),
    tenaga_kerja: n('tenaga_kerja'),
    workers: n('workers'),
    l: n('tenaga_kerja_l'),
    p: n('tenaga_kerja_p'),
    m_omzet: n('m_omzet'),
    m_aset: n('m_aset'),
    m_modal: n('m_modal'),
    m_tenaga_kerja: n('m_tenaga_kerja'),
    m_workers: n('m_workers'),
    m_lp: n('m_lp'),
    nib: n('nib'),
    online: n('online'),
    online_known: n('online_known'),
    mitra: n('mitra'),
    mitra_known: n('mitra_known'),
  };
}

function toClassCell(r: Row): ClassCell {
  return {
    kec: (r.kecamatan_code as string | null) ?? '',
    kel: (r.kelurahan_code as string | null) ?? '',
    bidang: (r.bidang_usaha as string | null) ?? '',
    group: r.jenis_group as string,
    label: (r.jenis_label as string | null) ?? null,
    size: r.size_class as string,
    n: r.n as number,
    workers: r.workers as number,
    m_workers: r.m_workers as number,
    omzet_tahunan: r.omzet_tahunan as number,
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
  const cube = {
    cells: (db.prepare(`SELECT ${AREA_COLUMNS} FROM stats_cells WHERE round_id = ?`).all(roundId) as Row[]).map(toAreaCell),
    classes: (db.prepare(`SELECT ${CLASS_COLUMNS} FROM stats_class_cells WHERE round_id = ?`).all(roundId) as Row[]).map(toClassCell),
  };
  cache.set(db, { key: versionKey(db, roundId), cube });
  return cube;
}

/**
 * The aggregates every Rekap-screen table is derived from. For a filter of areas and sectors they
 * come from the round's stored cells (rebuilt first if stale, and kept decoded in memory until the
 * file changes), so the Rekap, Verifikasi, LQ and indicator tables of 400,000 businesses together
 * read a few thousand rows once; any other filter is aggregated from the business rows directly.
 * The status part of a filter is ignored, as in the recap.
 */
export function getStatsCube(db: Db, filter: BusinessFilter): StatsCube {
  if (!isCellFilter(filter)) {
    ensureClassified(db, filter.roundId);
    const where = buildBusinessWhere(filter, { skip: ['status'] });
    const counted = classesWhere(filter);
    return {
      cells: (db.prepare(areaCellsSql(where)).all(...where.params) as Row[]).map(toAreaCell),
      classes: (db.prepare(classCellsSql(counted)).all(...counted.params) as Row[]).map(toClassCell),
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
