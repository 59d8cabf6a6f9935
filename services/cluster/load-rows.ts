import type { BusinessFilter } from '../../shared/api/contract-data';
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

interface Row {
  id: number;
  omzet: number | null;
  aset: number | null;
  modal: number | null;
  tk: number | null;
  tahun_mulai: number | null;
  pemasaran: string | null;
  nib: string | null;
  kemitraan: number | null;
  bidang: string | null;
  kec: string | null;
  kel: string | null;
  size_class: string | null;
  jenis_group: string | null;
  round_year: number | null;
  [extra: string]: unknown;
}

/** Loads the filtered rows with every column profiles need and the requested features' raw values. */
export function loadRows(db: Db, filter: BusinessFilter, defs: readonly FeatureDefinition[]): LoadedRows {
  const where = clusterWhere(filter);
  const classes = hasClassTable(db);
  const extras = defs.filter((d) => d.key.startsWith(EXTRA_FEATURE_PREFIX));
  const extraSql = extras
    .map((_, i) => `, (SELECT je.value FROM json_each(b.extra_json) je WHERE je.key = ? AND je.type IN ('integer', 'real')) AS x${i}`)
    .join('');
  const sql = `SELECT b.id, b.omzet_tahunan AS omzet, b.aset, b.modal, ${WORKERS_SQL} AS tk, b.tahun_mulai, b.pemasaran, b.nib,
      b.kemitraan, b.bidang_usaha AS bidang, b.kecamatan_code AS kec, b.kelurahan_code AS kel,
      ${classes ? "nullif(bc.size_class, 'unknown') AS size_class, bc.jenis_group" : 'NULL AS size_class, NULL AS jenis_group'},
      coalesce(r.year, CAST(substr(r.created_at, 1, 4) AS INTEGER)) AS round_year ${extraSql}
    FROM businesses b JOIN rounds r ON r.id = b.round_id
    ${classes ? 'LEFT JOIN business_classes bc ON bc.business_id = b.id' : ''}
    WHERE ${where.sql} ORDER BY b.id`;
  const rows = db.prepare(sql).all(...extras.map((e) => e.key.slice(EXTRA_FEATURE_PREFIX.length)), ...where.params) as Row[];
  const n = rows.length;
  const num = (get: (r: Row) => number | null) => Float64Array.from(rows, (r) => {
    const v = get(r);
    return v === null || v === undefined ? NaN : v;
  });
  const cat = (get: (r: Row) => string | null, fixed?: readonly string[]): RawColumn & { type: 'category' } => {
    const levels: string[] = fixed ? [...fixed] : [];
    const index = new Map(levels.map((l, i) => [l, i]));
    const codes = Int32Array.from(rows, (r) => {
      const v = get(r);
      if (v === null || v === undefined || v === '') return -1;
      let c = index.get(v);
      if (c === undefined) {
        c = levels.push(v) - 1;
        index.set(v, c);
      }
      return c;
    });
    return { type: 'category', codes, levels };
  };
  const online = num((r) => (r.pemasaran === null ? null : r.pemasaran === 'offline' ? 0 : 1));
  const nib = num((r) => (r.nib !== null && !NO_NIB.has(r.nib.trim().toLowerCase()) ? 1 : 0));
  const sector = cat((r) => r.bidang, SECTORS);
  const kecamatan = cat((r) => r.kec);
  const kelurahan = cat((r) => r.kel);
  const builtin: Record<string, () => RawColumn> = {
    omzet_tahunan: () => ({ type: 'numeric', values: num((r) => r.omzet) }),
    aset: () => ({ type: 'numeric', values: num((r) => r.aset) }),
    modal: () => ({ type: 'numeric', values: num((r) => r.modal) }),
    tenaga_kerja: () => ({ type: 'numeric', values: num((r) => r.tk) }),
    umur_usaha: () => ({
      type: 'numeric',
      values: num((r) => (r.tahun_mulai === null || r.round_year === null || r.round_year < r.tahun_mulai ? null : r.round_year - r.tahun_mulai)),
    }),
    online: () => ({ type: 'numeric', values: online }),
    nib: () => ({ type: 'numeric', values: nib }),
    kemitraan: () => ({ type: 'numeric', values: num((r) => r.kemitraan) }),
    bidang_usaha: () => sector,
    kelas_usaha: () => cat((r) => r.size_class),
    jenis_kelompok: () => cat((r) => r.jenis_group),
  };
  const columns = new Map<string, RawColumn>();
  for (const def of defs) {
    const extraIdx = extras.indexOf(def);
    columns.set(def.key, extraIdx >= 0 ? { type: 'numeric', values: num((r) => r[`x${extraIdx}`] as number | null) } : builtin[def.key]());
  }
  const areas = { kelurahan: names(db, kelurahan.levels), kecamatan: names(db, kecamatan.levels) };
  return {
    n,
    ids: Float64Array.from(rows, (r) => r.id),
    columns,
    profile: {
      omzet_tahunan: num((r) => r.omzet), aset: num((r) => r.aset), modal: num((r) => r.modal), tenaga_kerja: num((r) => r.tk),
      online, nib, sector: sector.codes, kelurahan: kelurahan.codes, kecamatan: kecamatan.codes, areas,
    },
    groups: {
      bidang_usaha: { codes: sector.codes, names: [...SECTORS] },
      kecamatan: { codes: kecamatan.codes, names: kecamatan.levels },
    },
  };
}

/** Region names for codes (the code itself when the project has no name for it). */
function names(db: Db, codes: readonly string[]): AreaName[] {
  const stmt = db.prepare('SELECT name FROM regions WHERE code = ?');
  return codes.map((code) => ({ code, name: (stmt.get(code) as { name: string } | undefined)?.name ?? code }));
}
