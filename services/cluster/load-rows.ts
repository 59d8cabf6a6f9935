import type { BusinessFilter } from '../../shared/api/contract-data';
import { gatherF64, gatherI32 } from '../../shared/cluster/arrays';
import { AppError } from '../../shared/api/result';
import { SECTORS } from '../../shared/domain/business';
import { BUILTIN_FEATURES, EXTRA_FEATURE_PREFIX, extraFeatureDefinition, type FeatureDefinition } from '../../shared/cluster/features';
import type { RowGroups } from '../../shared/cluster/missing';
import type { AreaName, ProfileInput } from '../../shared/cluster/profiles';
import type { RawColumn } from '../../shared/cluster/transforms';
import { buildBusinessWhere, type SqlWhere } from '../data/filter-sql';
import type { Db } from '../db/open';

/** Workers of a business: the reported total, or L + P when only the split was reported. */
const WORKERS_SQL = 'coalesce(b.tenaga_kerja, b.tenaga_kerja_l + b.tenaga_kerja_p)';

/** NIB/SKU cells that mean "none" (the survey form leaves the field blank or writes one of these). */
const NO_NIB = new Set(['', '-', '0', 'tidak', 'tidak ada', 'belum', 'belum ada', 'tdk ada', 'n/a']);

/**
 * The rows a clustering reads: the filter's businesses minus those lost at verification and those a
 * user marked as duplicates (the recap's counted set), in id order.
 */
export function clusterWhere(filter: BusinessFilter): SqlWhere {
  const where = buildBusinessWhere(filter);
  return { sql: `${where.sql} AND b.status <> 'hilang' AND coalesce(b.duplicate_state, '') <> 'duplicate'`, params: where.params };
}

/** Everything loaded for a clustering: ids, raw feature columns, profile columns, groups. */
export interface LoadedRows {
  n: number;
  ids: Float64Array;
  columns: Map<string, RawColumn>;
  profile: Omit<ProfileInput, 'labels' | 'k'>;
  groups: { bidang_usaha: RowGroups; kecamatan: RowGroups };
}

/** Whether the classification tables of issue 4 exist in this project file. */
function hasClassTable(db: Db): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'business_classes'").get() !== undefined;
}

/** The built-in features plus the numeric extra columns found in the filtered rows. */
export function listFeatureDefinitions(db: Db, filter: BusinessFilter): FeatureDefinition[] {
  const where = clusterWhere(filter);
  const extras = db
    .prepare(`SELECT je.key AS key FROM businesses b, json_each(b.extra_json) je
      WHERE ${where.sql} AND b.extra_json IS NOT NULL AND je.type IN ('integer', 'real')
      GROUP BY je.key HAVING count(*) > 0 ORDER BY je.key`)
    .all(...where.params) as Array<{ key: string }>;
  const builtins = BUILTIN_FEATURES.filter((f) => hasClassTable(db) || (f.key !== 'kelas_usaha' && f.key !== 'jenis_kelompok'));
  return [...builtins, ...extras.map((e) => extraFeatureDefinition(e.key))];
}

/** Finds each requested key in the catalogue, or fails with the keys that exist. */
export function resolveDefinitions(catalogue: readonly FeatureDefinition[], keys: readonly string[]): FeatureDefinition[] {
  const seen = new Set<string>();
  return keys.map((key) => {
    if (seen.has(key)) throw new AppError('VALIDATION', `Fitur "${key}" dipilih dua kali.`);
    seen.add(key);
    const def = catalogue.find((f) => f.key === key);
    if (!def) {
      throw new AppError('VALIDATION', `Fitur "${key}" tidak dikenal untuk data ini. Fitur yang tersedia: ${catalogue.map((f) => f.key).join(', ')}.`);
    }
    return def;
  });
}

/** Category codes built while reading: level name -> code, in order of first appearance (or fixed). */
class Levels {
  readonly names: string[];
  private readonly index: Map<string, number>;
  constructor(fixed: readonly string[] = []) {
    this.names = [...fixed];
    this.index = new Map(this.names.map((l, i) => [l, i]));
  }
  code(value: unknown): number {
    if (value === null || value === undefined || value === '') return -1;
    const key = String(value);
    let c = this.index.get(key);
    if (c === undefined) {
      c = this.names.push(key) - 1;
      this.index.set(key, c);
    }
    return c;
  }
}

const num = (v: unknown): number => (v === null || v === undefined ? NaN : Number(v));

/**
 * Loads the filtered rows with every column profiles need and the requested features' raw values,
 * straight into typed arrays (one pass over raw result rows: 421,000 rows in about a second).
 */
export function loadRows(db: Db, filter: BusinessFilter, defs: readonly FeatureDefinition[]): LoadedRows {
  const where = clusterWhere(filter);
  const classes = hasClassTable(db);
  const extras = defs.filter((d) => d.key.startsWith(EXTRA_FEATURE_PREFIX));
  const extraSql = extras
    .map((_, i) => `, (SELECT je.value FROM json_each(b.extra_json) je WHERE je.key = ? AND je.type IN ('integer', 'real')) AS x${i}`)
    .join('');
  // Column order matters: the loop below reads by position.
  const sql = `SELECT b.id, b.omzet_tahunan, b.aset, b.modal, ${WORKERS_SQL}, b.tahun_mulai, b.pemasaran, b.nib, b.kemitraan,
      b.bidang_usaha, b.kecamatan_code, b.kelurahan_code,
      ${classes ? "nullif(bc.size_class, 'unknown'), bc.jenis_group" : 'NULL, NULL'},
      coalesce(r.year, CAST(substr(r.created_at, 1, 4) AS INTEGER)) ${extraSql}
    FROM businesses b JOIN rounds r ON r.id = b.round_id
    ${classes ? 'LEFT JOIN business_classes bc ON bc.business_id = b.id' : ''}
    WHERE ${where.sql} ORDER BY b.id`;
  const rows = db
    .prepare(sql)
    .raw()
    .all(...extras.map((e) => e.key.slice(EXTRA_FEATURE_PREFIX.length)), ...where.params) as unknown[][];
  const n = rows.length;
  const f64 = () => new Float64Array(n);
  const i32 = () => new Int32Array(n);
  const ids = f64(), omzet = f64(), aset = f64(), modal = f64(), workers = f64(), age = f64(), online = f64(), nib = f64(), partner = f64();
  const sector = i32(), kecamatan = i32(), kelurahan = i32(), sizeClass = i32(), jenis = i32();
  const extraValues = extras.map(() => f64());
  const sectorLevels = new Levels(SECTORS);
  const kecLevels = new Levels();
  const kelLevels = new Levels();
  const sizeLevels = new Levels();
  const jenisLevels = new Levels();
  for (let i = 0; i < n; i++) {
    const r = rows[i];
    ids[i] = r[0] as number;
    omzet[i] = num(r[1]);
    aset[i] = num(r[2]);
    modal[i] = num(r[3]);
    workers[i] = num(r[4]);
    const started = r[5] as number | null;
    const year = r[14] as number | null;
    age[i] = started === null || year === null || year < started ? NaN : year - started;
    online[i] = r[6] === null ? NaN : r[6] === 'offline' ? 0 : 1;
    nib[i] = r[7] !== null && !NO_NIB.has(String(r[7]).trim().toLowerCase()) ? 1 : 0;
    partner[i] = num(r[8]);
    sector[i] = sectorLevels.code(r[9]);
    kecamatan[i] = kecLevels.code(r[10]);
    kelurahan[i] = kelLevels.code(r[11]);
    sizeClass[i] = sizeLevels.code(r[12]);
    jenis[i] = jenisLevels.code(r[13]);
    for (let e = 0; e < extras.length; e++) extraValues[e][i] = num(r[15 + e]);
  }
  const numeric = (values: Float64Array): RawColumn => ({ type: 'numeric', values });
  const category = (codes: Int32Array, levels: Levels): RawColumn => ({ type: 'category', codes, levels: levels.names });
  const builtin: Record<string, RawColumn> = {
    omzet_tahunan: numeric(omzet), aset: numeric(aset), modal: numeric(modal), tenaga_kerja: numeric(workers), umur_usaha: numeric(age),
    online: numeric(online), nib: numeric(nib), kemitraan: numeric(partner), bidang_usaha: category(sector, sectorLevels),
    kelas_usaha: category(sizeClass, sizeLevels), jenis_kelompok: category(jenis, jenisLevels),
  };
  const columns = new Map<string, RawColumn>();
  for (const def of defs) {
    const e = extras.indexOf(def);
    columns.set(def.key, e >= 0 ? numeric(extraValues[e]) : builtin[def.key]);
  }
  const areas = { kelurahan: names(db, kelLevels.names), kecamatan: names(db, kecLevels.names) };
  return {
    n, ids, columns,
    profile: { omzet_tahunan: omzet, aset, modal, tenaga_kerja: workers, online, nib, sector, kelurahan, kecamatan, areas },
    groups: { bidang_usaha: { codes: sector, names: [...SECTORS] }, kecamatan: { codes: kecamatan, names: kecLevels.names } },
  };
}

/** Region names for codes (the code itself when the project has no name for it). */
function names(db: Db, codes: readonly string[]): AreaName[] {
  const stmt = db.prepare('SELECT name FROM regions WHERE code = ?');
  return codes.map((code) => ({ code, name: (stmt.get(code) as { name: string } | undefined)?.name ?? code }));
}

/** The profile columns of the clustered rows only. */
export function subsetProfile(loaded: LoadedRows, keep: Int32Array): Omit<ProfileInput, 'labels' | 'k'> {
  const p = loaded.profile;
  const f = (a: Float64Array) => gatherF64(a, keep);
  const c = (a: Int32Array) => gatherI32(a, keep);
  return {
    omzet_tahunan: f(p.omzet_tahunan), aset: f(p.aset), modal: f(p.modal), tenaga_kerja: f(p.tenaga_kerja), online: f(p.online),
    nib: f(p.nib), sector: c(p.sector), kelurahan: c(p.kelurahan), kecamatan: c(p.kecamatan), areas: p.areas,
  };
}
