import type { Db } from '../db/open';
import type { BusinessFilter } from '../../shared/api/contract-data';
import type { FlaggedRecord, QualityReport } from '../../shared/stats/report-types';
import {
  QUALITY_FLAGS,
  QUALITY_FLAG_LABELS,
  computeAreaFlags,
  computeRecordFlags,
  type AreaFlag,
  type AreaTurnover,
  type QualityFlag,
  type QualityInput,
  type RecordFlag,
} from '../../shared/stats/quality-rules';
import type { MicroCeiling } from '../../shared/stats/quality-sentences';
import { RULE_SET_DEFINITIONS, type SizeCriterion } from '../../shared/classify/size-rules';
import { describeRuleSet, type ClassificationSettings } from '../../shared/classify/settings';
import { countedScan, WORKERS_SQL } from './counted-set';
import { ensureClassified } from './classify-round';

interface Row {
  id: number;
  kec: string | null;
  kel: string | null;
  bidang: string | null;
  grp: string;
  size_class: string;
  criterion: SizeCriterion | null;
  omzet_nilai: number | null;
  omzet_periode: 'bulan' | 'tahun' | null;
  omzet_tahunan: number | null;
  omzet_bulanan: number | null;
  aset: number | null;
  modal: number | null;
  tenaga_kerja: number | null;
}

/** The micro limit of the criterion that decided a business's class, for the flag's sentence. */
function microCeiling(settings: ClassificationSettings, criterion: SizeCriterion | null): MicroCeiling | null {
  if (!criterion) return null;
  const bounds = RULE_SET_DEFINITIONS[settings.rule_set].bounds[criterion];
  return bounds ? { rule_set: settings.rule_set, criterion, limit: bounds[0] } : null;
}

/** Area turnover per business for the area-level check, with each area's parent as its neighbourhood. */
function areaInputs(db: Db, rows: readonly Row[], level: 'kec' | 'kel', periodFlagged: ReadonlySet<number>): AreaTurnover[] {
  const regions = new Map(
    (db.prepare('SELECT code, name, parent_code FROM regions').all() as Array<{ code: string; name: string; parent_code: string | null }>).map((r) => [r.code, r]),
  );
  const groups = new Map<string, AreaTurnover>();
  rows.forEach((r, i) => {
    const code = r[level];
    if (code === null) return;
    let a = groups.get(code);
    if (!a) {
      const region = regions.get(code);
      groups.set(code, (a = { code, name: region?.name ?? code, parent_code: region?.parent_code ?? null, monthly: [], businesses: 0, period_flags: 0 }));
    }
    a.businesses++;
    if (periodFlagged.has(i)) a.period_flags++;
    if (r.omzet_bulanan !== null) a.monthly.push(r.omzet_bulanan);
  });
  return [...groups.values()].sort((x, y) => x.code.localeCompare(y.code));
}

const flaggedFirst = (list: AreaFlag[]) => [...list].sort((a, b) => Number(b.flagged) - Number(a.flagged) || (b.ratio_mean ?? 0) - (a.ratio_mean ?? 0));

/**
 * Quality flags of the filtered counted businesses: log-scale outliers of turnover and assets within
 * the jenis-usaha group (the bidang when the group is "lainnya"), a turnover period that looks
 * swapped, turnover/capital ratios far from the kecamatan's norm, zero workers, and values above the
 * micro limits; plus the area-level turnover check per kecamatan and per kelurahan.
 */
export function computeQualityReport(
  db: Db,
  filter: BusinessFilter,
  q: { code?: QualityFlag; offset?: number; limit?: number } = {},
): QualityReport {
  const { settings } = ensureClassified(db, filter.roundId);
  const where = countedScan(db, filter);
  const rows = db
    .prepare(`SELECT b.id, b.kecamatan_code AS kec, b.kelurahan_code AS kel, b.bidang_usaha AS bidang, c.jenis_group AS grp,
        c.size_class, c.size_criterion AS criterion, b.omzet_nilai, b.omzet_periode, b.omzet_tahunan, b.omzet_bulanan, b.aset, b.modal,
        ${WORKERS_SQL} AS tenaga_kerja
      FROM businesses b JOIN business_classes c ON c.business_id = b.id WHERE ${where.sql} ORDER BY b.id`)
    .all(...where.params) as Row[];
  const inputs: QualityInput[] = rows.map((r) => ({
    id: r.id,
    peer: r.grp === 'lainnya' ? `bidang:${r.bidang ?? ''}` : r.grp,
    area: r.kec ?? '',
    omzet_nilai: r.omzet_nilai,
    omzet_periode: r.omzet_periode,
    omzet_tahunan: r.omzet_tahunan,
    aset: r.aset,
    modal: r.modal,
    tenaga_kerja: r.tenaga_kerja,
    above_micro: r.size_class === 'kecil' || r.size_class === 'menengah' || r.size_class === 'besar',
    micro_ceiling: microCeiling(settings, r.criterion),
  }));
  const flags = computeRecordFlags(inputs);
  const periodFlagged = new Set(
    [...flags.entries()].filter(([, list]) => list.some((f) => f.code === 'omzet_tampak_bulanan' || f.code === 'omzet_tampak_tahunan')).map(([i]) => i),
  );
  const counts = new Map<QualityFlag, number>();
  for (const list of flags.values()) for (const f of list) counts.set(f.code, (counts.get(f.code) ?? 0) + 1);
  const selected = [...flags.entries()]
    .filter(([, list]) => !q.code || list.some((f) => f.code === q.code))
    .sort((a, b) => b[1].length - a[1].length || a[0] - b[0]);
  const offset = q.offset ?? 0;
  const page = selected.slice(offset, offset + (q.limit ?? 100));
  return {
    summary: QUALITY_FLAGS.map((code) => ({ code, label: QUALITY_FLAG_LABELS[code], count: counts.get(code) ?? 0 })),
    records: { total: selected.length, offset, rows: loadFlagged(db, page.map(([i, list]) => [(rows[i] as Row).id, list])) },
    areas: {
      kecamatan: flaggedFirst(computeAreaFlags(areaInputs(db, rows, 'kec', periodFlagged))),
      kelurahan: flaggedFirst(computeAreaFlags(areaInputs(db, rows, 'kel', periodFlagged))),
    },
    rule: { rule_set: settings.rule_set, pp7_basis: settings.pp7_basis },
    rule_description: describeRuleSet(settings),
  };
}

function loadFlagged(db: Db, page: Array<[number, RecordFlag[]]>): FlaggedRecord[] {
  if (page.length === 0) return [];
  const byId = new Map(
    (
      db
        .prepare(`SELECT b.id, b.nama_pelaku, b.nama_usaha, kc.name AS kecamatan_name, kl.name AS kelurahan_name, b.bidang_usaha, b.jenis_usaha,
            b.omzet_nilai, b.omzet_periode, b.omzet_tahunan, b.aset, b.modal, ${WORKERS_SQL} AS tenaga_kerja
          FROM businesses b LEFT JOIN regions kc ON kc.code = b.kecamatan_code LEFT JOIN regions kl ON kl.code = b.kelurahan_code
          WHERE b.id IN (${page.map(() => '?').join(', ')})`)
        .all(...page.map(([id]) => id)) as Array<Omit<FlaggedRecord, 'flags'>>
    ).map((r) => [r.id, r]),
  );
  return page.flatMap(([id, list]) => {
    const r = byId.get(id);
    return r ? [{ ...r, flags: list }] : [];
  });
}
