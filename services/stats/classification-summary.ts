import type { Db } from '../db/open';
import type { BusinessFilter } from '../../shared/api/contract-data';
import type {
  BandCount,
  ClassificationSummary,
  ClassifiedPage,
  LabelledCount,
  UnclassifiedList,
} from '../../shared/classify/classification-types';
import { KNOWN_SIZE_CLASSES, SIZE_CLASSES, SIZE_CLASS_LABELS, SIZE_CRITERIA, type SizeClass, type SizeCriterion } from '../../shared/classify/size-rules';
import { JENIS_GROUPS, JENIS_GROUP_LABELS, type JenisGroup } from '../../shared/classify/jenis-groups';
import { SECTORS, SECTOR_LABELS, type Sector } from '../../shared/domain/business';
import { UNKNOWN_BAND, UNKNOWN_BAND_LABEL } from '../../shared/classify/turnover-bands';
import { normaliseJenis } from '../../shared/classify/match-jenis';
import { describeRuleSet } from '../../shared/classify/settings';
import { classesWhere, countedScan, WORKERS_SQL } from './counted-set';
import { ensureClassified } from './classify-round';
import type { JobControl } from '../jobs/job-registry';

interface SummaryRaw {
  size_class: SizeClass;
  size_criterion: SizeCriterion | null;
  size_conflict: number;
  jenis_group: JenisGroup;
  turnover_band: string;
  bidang_usaha: Sector | null;
  unclassified: number;
  empty: number;
  n: number;
}

const zeroes = <K extends string>(keys: readonly K[]): Record<K, number> => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/** Counts by size class, bidang, jenis group and band of the filtered counted businesses (classifying first if stale). */
export function summariseClassification(db: Db, filter: BusinessFilter, job?: JobControl): ClassificationSummary {
  const { run, settings } = ensureClassified(db, filter.roundId, job);
  const where = classesWhere(db, filter);
  const raw = db
    .prepare(`SELECT c.size_class, c.size_criterion, c.size_conflict, c.jenis_group, c.turnover_band, c.bidang_usaha,
        c.jenis_keyword IS NULL AS unclassified, c.jenis_keyword = '' AS empty, count(*) AS n
      FROM business_classes c WHERE ${where.sql} GROUP BY 1, 2, 3, 4, 5, 6, 7, 8`)
    .all(...where.params) as SummaryRaw[];
  const size = zeroes(SIZE_CLASSES);
  const sector = zeroes([...SECTORS, 'tidak_diketahui'] as const);
  const jenis = zeroes(JENIS_GROUPS);
  const band: Record<string, number> = Object.fromEntries([...run.bands.map((b) => b.code), UNKNOWN_BAND].map((c) => [c, 0]));
  const criteria = zeroes([...SIZE_CRITERIA, 'none'] as const);
  let total = 0;
  let conflicts = 0;
  let unclassified = 0;
  let empty = 0;
  for (const r of raw) {
    total += r.n;
    size[r.size_class] += r.n;
    sector[r.bidang_usaha ?? 'tidak_diketahui'] += r.n;
    jenis[r.jenis_group] = (jenis[r.jenis_group] ?? 0) + r.n;
    band[r.turnover_band] = (band[r.turnover_band] ?? 0) + r.n;
    criteria[r.size_criterion ?? 'none'] += r.n;
    if (r.size_conflict) conflicts += r.n;
    if (r.unclassified) unclassified += r.n;
    if (r.empty) empty += r.n;
  }
  const share = (n: number) => (total > 0 ? n / total : 0);
  const labelled = (code: string, label: string, count: number): LabelledCount => ({ code, label, count, share: share(count) });
  const bandRows: BandCount[] = [
    ...run.bands.map((b) => ({ ...labelled(b.code, b.label_tahun, band[b.code] ?? 0), lower: b.lower, upper: b.upper, label_bulan: b.label_bulan })),
    { ...labelled(UNKNOWN_BAND, UNKNOWN_BAND_LABEL, band[UNKNOWN_BAND] ?? 0), lower: null, upper: null, label_bulan: UNKNOWN_BAND_LABEL },
  ];
  return {
    round_id: filter.roundId,
    rule_set: settings.rule_set,
    rule_version: run.rule_version,
    rule: { rule_set: settings.rule_set, pp7_basis: settings.pp7_basis },
    rule_description: describeRuleSet(settings),
    computed_at: run.computed_at,
    businesses: total,
    size_class: size,
    sector,
    jenis,
    band,
    size_rows: SIZE_CLASSES.map((c) => labelled(c, SIZE_CLASS_LABELS[c], size[c])),
    sector_rows: [...SECTORS.map((s) => labelled(s, SECTOR_LABELS[s], sector[s])), labelled('tidak_diketahui', 'Tidak diketahui', sector.tidak_diketahui)],
    jenis_rows: JENIS_GROUPS.map((g) => labelled(g, JENIS_GROUP_LABELS[g], jenis[g])),
    band_rows: bandRows,
    criteria,
    conflicts,
    above_micro: KNOWN_SIZE_CLASSES.filter((c) => c !== 'mikro').reduce((s, c) => s + size[c], 0),
    unclassified,
    jenis_empty: empty,
  };
}

/** Jenis-usaha texts no keyword matched (counted businesses of a round), most frequent first. */
export function listUnclassified(db: Db, roundId: number, limit = 200): UnclassifiedList {
  ensureClassified(db, roundId);
  const where = countedScan(db, { roundId });
  const raw = db
    .prepare(`SELECT b.jenis_usaha AS text, b.bidang_usaha AS bidang, count(*) AS n
      FROM businesses b JOIN business_classes c ON c.business_id = b.id
      WHERE ${where.sql} AND c.jenis_keyword IS NULL
      GROUP BY b.jenis_usaha, b.bidang_usaha`)
    .all(...where.params) as Array<{ text: string; bidang: Sector | null; n: number }>;
  const groups = new Map<string, { count: number; texts: Map<string, number>; bidang: Map<Sector | null, number> }>();
  for (const r of raw) {
    const key = normaliseJenis(r.text);
    const g = groups.get(key) ?? { count: 0, texts: new Map(), bidang: new Map() };
    g.count += r.n;
    g.texts.set(r.text.trim(), (g.texts.get(r.text.trim()) ?? 0) + r.n);
    g.bidang.set(r.bidang, (g.bidang.get(r.bidang) ?? 0) + r.n);
    groups.set(key, g);
  }
  const top = <K>(m: Map<K, number>): K => [...m.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  const rows = [...groups.entries()]
    .map(([normalised, g]) => ({ text: top(g.texts), normalised, count: g.count, bidang: top(g.bidang) }))
    .sort((a, b) => b.count - a.count || a.normalised.localeCompare(b.normalised));
  return { round_id: roundId, total_texts: rows.length, total_businesses: rows.reduce((s, r) => s + r.count, 0), rows: rows.slice(0, limit) };
}

const WHICH_SQL = {
  above_micro: "c.size_class IN ('kecil', 'menengah', 'besar')",
  conflict: 'c.size_conflict = 1',
  unknown: "c.size_class = 'unknown'",
} as const;

/** A page of classified businesses: above the micro limits, with conflicting criteria, or of unknown size. */
export function listClassified(
  db: Db,
  q: { filter: BusinessFilter; which: keyof typeof WHICH_SQL; offset: number; limit: number },
): ClassifiedPage {
  const { settings } = ensureClassified(db, q.filter.roundId);
  const where = countedScan(db, q.filter);
  const from = `FROM businesses b JOIN business_classes c ON c.business_id = b.id
    LEFT JOIN regions kc ON kc.code = b.kecamatan_code LEFT JOIN regions kl ON kl.code = b.kelurahan_code
    WHERE ${where.sql} AND ${WHICH_SQL[q.which]}`;
  const total = (db.prepare(`SELECT count(*) AS n ${from}`).get(...where.params) as { n: number }).n;
  const rows = db
    .prepare(`SELECT b.id, b.nama_pelaku, b.nama_usaha, kc.name AS kecamatan_name, kl.name AS kelurahan_name, b.bidang_usaha, b.jenis_usaha,
        c.jenis_group, c.kbli_division, b.omzet_tahunan, b.modal, b.aset, ${WORKERS_SQL} AS tenaga_kerja, c.size_class, c.size_criterion,
        c.alt_class, c.alt_criterion, c.size_conflict AS conflict
      ${from} ORDER BY b.omzet_tahunan DESC NULLS LAST, b.id LIMIT ? OFFSET ?`)
    .all(...where.params, q.limit, q.offset) as Array<ClassifiedPage['rows'][number] & { conflict: number | boolean }>;
  return {
    total,
    offset: q.offset,
    rule_description: describeRuleSet(settings),
    rows: rows.map((r) => ({ ...r, conflict: Boolean(r.conflict) })),
  };
}
