import type { Db } from '../db/open';
import type { BusinessFilter } from '../../shared/api/contract-data';
import { describePresent } from '../../shared/stats/descriptive';
import { nameArea } from '../../shared/stats/area-order';
import { GROUP_BY_LABELS, MEASURE_KEYS, MEASURE_LABELS, type GroupByKey, type GroupStatsResult, type GroupStatsRow, type MeasureKey } from '../../shared/stats/table-types';
import { SECTORS, SECTOR_LABELS, MARKETING_CHANNELS } from '../../shared/domain/business';
import { JENIS_GROUPS, JENIS_GROUP_LABELS } from '../../shared/classify/jenis-groups';
import { SIZE_CLASSES, SIZE_CLASS_LABELS } from '../../shared/classify/size-rules';
import { UNKNOWN_BAND, UNKNOWN_BAND_LABEL } from '../../shared/classify/turnover-bands';
import { describeRuleSet } from '../../shared/classify/settings';
import { countedScan, WORKERS_SQL } from './counted-set';
import { ensureClassified } from './classify-round';
import { loadClassificationSettings } from './classification-settings';

const MARKETING_LABELS: Record<string, string> = { online: 'Online', offline: 'Offline', keduanya: 'Online dan offline' };

const KEY_SQL: Record<GroupByKey, string> = {
  kecamatan: "coalesce(b.kecamatan_code, '')",
  kelurahan: "coalesce(b.kelurahan_code, '')",
  bidang: "coalesce(b.bidang_usaha, '')",
  jenis: 'c.jenis_group',
  size_class: 'c.size_class',
  band: 'c.turnover_band',
  pemasaran: "coalesce(b.pemasaran, '')",
  nib: "CASE WHEN trim(coalesce(b.nib, '')) <> '' THEN 'ada' ELSE 'tidak' END",
};

const NEEDS_CLASSES: ReadonlySet<GroupByKey> = new Set(['jenis', 'size_class', 'band']);

/** Fixed categories in display order (areas instead come from the data, in code order). */
function categoriesOf(db: Db, by: GroupByKey, roundId: number): Array<[string, string]> | null {
  switch (by) {
    case 'bidang':
      return [...SECTORS.map((s): [string, string] => [s, SECTOR_LABELS[s]]), ['', 'Tidak diketahui']];
    case 'jenis':
      return JENIS_GROUPS.map((g) => [g, JENIS_GROUP_LABELS[g]]);
    case 'size_class':
      return SIZE_CLASSES.map((c) => [c, SIZE_CLASS_LABELS[c]]);
    case 'band': {
      const run = ensureClassified(db, roundId).run;
      return [...run.bands.map((b): [string, string] => [b.code, b.label_tahun]), [UNKNOWN_BAND, UNKNOWN_BAND_LABEL]];
    }
    case 'pemasaran':
      return [...MARKETING_CHANNELS.map((m): [string, string] => [m, MARKETING_LABELS[m] ?? m]), ['', 'Tidak diketahui']];
    case 'nib':
      return [['ada', 'Memiliki SKU/NIB'], ['tidak', 'Tanpa SKU/NIB']];
    default:
      return null;
  }
}

interface Bucket {
  count: number;
  values: Record<MeasureKey, number[]>;
  missing: Record<MeasureKey, number>;
}

const newBucket = (): Bucket => ({
  count: 0,
  values: { omzet_tahunan: [], omzet_bulanan: [], aset: [], modal: [], tenaga_kerja: [] },
  missing: { omzet_tahunan: 0, omzet_bulanan: 0, aset: 0, modal: 0, tenaga_kerja: 0 },
});

/**
 * Descriptive statistics of turnover (per year and per month), assets, capital and workers for each
 * group of the filtered counted businesses, and for all of them. Missing values are counted per
 * measure and left out of every statistic; quantiles are type 7 and sd uses n - 1, as R does.
 */
export function computeGroupStats(db: Db, filter: BusinessFilter, by: GroupByKey): GroupStatsResult {
  if (NEEDS_CLASSES.has(by)) ensureClassified(db, filter.roundId);
  const where = countedScan(db, filter);
  const join = NEEDS_CLASSES.has(by) ? 'JOIN business_classes c ON c.business_id = b.id' : '';
  const stmt = db
    .prepare(`SELECT ${KEY_SQL[by]} AS k, b.omzet_tahunan, b.omzet_bulanan, b.aset, b.modal, ${WORKERS_SQL} AS workers
      FROM businesses b ${join} WHERE ${where.sql}`)
    .raw(true);
  const buckets = new Map<string, Bucket>();
  const total = newBucket();
  for (const row of stmt.iterate(...where.params) as Iterable<[string, ...Array<number | null>]>) {
    const key = row[0];
    let bucket = buckets.get(key);
    if (!bucket) buckets.set(key, (bucket = newBucket()));
    bucket.count++;
    total.count++;
    for (let m = 0; m < MEASURE_KEYS.length; m++) {
      const measure = MEASURE_KEYS[m] as MeasureKey;
      const v = (row[m + 1] as number | null | undefined) ?? null;
      if (v === null) {
        bucket.missing[measure]++;
        total.missing[measure]++;
      } else {
        bucket.values[measure].push(v);
        total.values[measure].push(v);
      }
    }
  }
  const toRow = (code: string, label: string, b: Bucket): GroupStatsRow => ({
    code,
    label,
    count: b.count,
    share: total.count > 0 ? b.count / total.count : 0,
    stats: Object.fromEntries(MEASURE_KEYS.map((m) => [m, describePresent(b.values[m], b.missing[m])])) as GroupStatsRow['stats'],
  });
  let order = categoriesOf(db, by, filter.roundId);
  if (!order) {
    const names = new Map(
      (db.prepare(`SELECT code, name FROM regions WHERE level = ?`).all(by === 'kecamatan' ? 3 : 4) as Array<{ code: string; name: string }>).map((r) => [r.code, r.name]),
    );
    order = [...buckets.keys()]
      .sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)))
      .map((code) => [code, nameArea(code, names.get(code))]);
  }
  const settings = loadClassificationSettings(db);
  return {
    by,
    by_label: GROUP_BY_LABELS[by],
    measures: MEASURE_KEYS.map((key) => ({ key, ...MEASURE_LABELS[key] })),
    rows: order.map(([code, label]) => toRow(code, label, buckets.get(code) ?? newBucket())),
    total: toRow('TOTAL', 'Jumlah', total),
    rule: { rule_set: settings.rule_set, pp7_basis: settings.pp7_basis },
    rule_description: describeRuleSet(settings),
  };
}
