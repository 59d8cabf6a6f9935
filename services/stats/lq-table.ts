import type { Db } from '../db/open';
import type { BusinessFilter } from '../../shared/api/contract-data';
import type { LqArea, LqRow, LqTable, SentraCandidate } from '../../shared/stats/table-types';
import { computeLocationQuotients } from '../../shared/stats/location-quotient';
import { SECTORS, SECTOR_LABELS } from '../../shared/domain/business';
import { JENIS_GROUPS, JENIS_GROUP_LABELS, isJenisGroup } from '../../shared/classify/jenis-groups';
import { getStatsCube, readRegionNames, type ClassCell } from './stats-cube';

export interface LqOptions {
  by: 'kecamatan' | 'kelurahan';
  sector?: 'bidang' | 'jenis';
  /** A sentra needs at least this many businesses of the jenis in the kelurahan (small numbers mislead). */
  sentraMinCount?: number;
  /** … and a location quotient of at least this. */
  sentraMinLq?: number;
}

interface CellRaw {
  area: string;
  sector: string;
  n: number;
  workers: number;
  workers_missing: number;
  omzet: number;
}

/**
 * Sector × area cross-table with location quotients by counts and by workers (reference = all
 * counted businesses of the filter), basis sectors (LQ > 1), the dominant sector of each area, and
 * sentra candidates: a jenis usaha concentrated in a kelurahan with at least a minimum count.
 * Businesses without an area or a sector are left out of the quotients and reported as `excluded`.
 */
export function buildLqTable(db: Db, filter: BusinessFilter, opts: LqOptions): LqTable {
  const kind = opts.sector ?? 'bidang';
  const cube = getStatsCube(db, filter);
  const areaOf = (c: { kec: string; kel: string }) => (opts.by === 'kecamatan' ? c.kec : c.kel);
  const cells = new Map<string, CellRaw>();
  const add = (area: string, sector: string, n: number, workers: number, missing: number, omzet: number) => {
    const key = `${area}\u0000${sector}`;
    const c = cells.get(key) ?? { area, sector, n: 0, workers: 0, workers_missing: 0, omzet: 0 };
    c.n += n;
    c.workers += workers;
    c.workers_missing += missing;
    c.omzet += omzet;
    cells.set(key, c);
  };
  if (kind === 'bidang') {
    for (const c of cube.cells) if (c.counted) add(areaOf(c), c.bidang, c.n, c.workers, c.m_workers, c.omzet_tahunan);
  } else {
    for (const c of cube.classes) add(areaOf(c), c.group, c.n, c.workers, c.m_workers, c.omzet_tahunan);
  }
  const raw = [...cells.values()];
  const inside = raw.filter((r) => r.area !== '' && r.sector !== '');
  const excluded = raw.filter((r) => r.area === '' || r.sector === '').reduce((s, r) => s + r.n, 0);
  const byCount = computeLocationQuotients(inside.map((r) => ({ area: r.area, sector: r.sector, value: r.n })));
  const byWorkers = computeLocationQuotients(inside.map((r) => ({ area: r.area, sector: r.sector, value: r.workers })));
  const sectorOrder: string[] = kind === 'bidang' ? [...SECTORS] : [...JENIS_GROUPS];
  const labelOf = (s: string) => (kind === 'bidang' ? (SECTOR_LABELS[s as (typeof SECTORS)[number]] ?? s) : isJenisGroup(s) ? JENIS_GROUP_LABELS[s] : s);
  const regions = readRegionNames(db);
  const cell = new Map(inside.map((r) => [`${r.area}\u0000${r.sector}`, r]));
  const areaCodes = [...byCount.areaTotals.keys()].sort();
  const rows: LqRow[] = [];
  const areas: LqArea[] = areaCodes.map((code) => {
    const name = regions.get(code)?.name ?? code;
    let dominant: string | null = null;
    let dominantN = 0;
    const acc = { workers: 0, omzet: 0, count: 0 };
    const first = rows.length;
    for (const s of sectorOrder) {
      const c = cell.get(`${code}\u0000${s}`);
      const row: LqRow = {
        code,
        name,
        sector: s,
        sector_label: labelOf(s),
        count: c?.n ?? 0,
        lq: lqOf(byCount.lq, code, s),
        workers: c?.workers ?? 0,
        lq_workers: lqOf(byWorkers.lq, code, s),
        omzet_tahunan: c?.omzet ?? 0,
      };
      rows.push(row);
      acc.count += row.count;
      acc.workers += row.workers;
      acc.omzet += row.omzet_tahunan;
      if (row.count > dominantN) [dominant, dominantN] = [s, row.count];
    }
    const areaRows = rows.slice(first);
    return {
      code,
      name,
      parent_name: regions.get(code)?.parent_name ?? null,
      count: acc.count,
      workers: acc.workers,
      omzet_tahunan: acc.omzet,
      dominant_sector: dominant,
      dominant_label: dominant ? labelOf(dominant) : null,
      basis: areaRows.filter((r) => r.lq !== null && r.lq > 1).map((r) => r.sector),
      basis_workers: areaRows.filter((r) => r.lq_workers !== null && r.lq_workers > 1).map((r) => r.sector),
    };
  });
  const sectors = sectorOrder.map((s) => {
    const inS = inside.filter((r) => r.sector === s);
    return {
      code: s,
      label: labelOf(s),
      count: inS.reduce((t, r) => t + r.n, 0),
      workers: inS.reduce((t, r) => t + r.workers, 0),
      omzet_tahunan: inS.reduce((t, r) => t + r.omzet, 0),
    };
  });
  const minCount = opts.sentraMinCount ?? 10;
  const minLq = opts.sentraMinLq ?? 2;
  return {
    by: opts.by,
    sector_kind: kind,
    sectors,
    areas,
    rows,
    total: { count: byCount.total, workers: byWorkers.total, omzet_tahunan: sectors.reduce((t, s) => t + s.omzet_tahunan, 0) },
    excluded,
    workers_missing: inside.reduce((t, r) => t + r.workers_missing, 0),
    sentra: findSentra(cube.classes, regions, minCount, minLq),
    sentra_rule: { min_count: minCount, min_lq: minLq },
  };
}

/** The LQ of a cell; null when the sector is absent from the region or the quotient is undefined. */
function lqOf(lq: Map<string, Map<string, number | null>>, area: string, sector: string): number | null {
  const v = lq.get(area)?.get(sector);
  return v === undefined ? null : v;
}

const sentraMemo = new WeakMap<readonly ClassCell[], Map<string, SentraCandidate[]>>();

/** Jenis usaha (dictionary labels) concentrated in a kelurahan: count ≥ minCount and LQ ≥ minLq (memoised per cube). */
function findSentra(
  classes: readonly ClassCell[],
  regions: Map<string, { name: string; parent_name: string | null }>,
  minCount: number,
  minLq: number,
): SentraCandidate[] {
  const memo = sentraMemo.get(classes) ?? new Map<string, SentraCandidate[]>();
  sentraMemo.set(classes, memo);
  const key = `${minCount}|${minLq}`;
  const hit = memo.get(key);
  if (hit) return hit;
  const found = computeSentra(classes, regions, minCount, minLq);
  memo.set(key, found);
  return found;
}

function computeSentra(
  classes: readonly ClassCell[],
  regions: Map<string, { name: string; parent_name: string | null }>,
  minCount: number,
  minLq: number,
): SentraCandidate[] {
  const cell = new Map<string, { kel: string; label: string; grp: string; n: number }>();
  const kelTotal = new Map<string, number>();
  const labelTotal = new Map<string, number>();
  let total = 0;
  for (const c of classes) {
    if (c.kel === '') continue;
    kelTotal.set(c.kel, (kelTotal.get(c.kel) ?? 0) + c.n);
    total += c.n;
    if (c.label === null) continue;
    labelTotal.set(c.label, (labelTotal.get(c.label) ?? 0) + c.n);
    const key = `${c.kel}\u0000${c.label}`;
    const x = cell.get(key) ?? { kel: c.kel, label: c.label, grp: c.group, n: 0 };
    x.n += c.n;
    cell.set(key, x);
  }
  const out: SentraCandidate[] = [];
  for (const r of cell.values()) {
    if (r.n < minCount) continue;
    const ej = kelTotal.get(r.kel) ?? 0;
    const Ei = labelTotal.get(r.label) ?? 0;
    const lq = ej > 0 && Ei > 0 ? r.n / ej / (Ei / total) : 0;
    if (lq < minLq) continue;
    const region = regions.get(r.kel);
    out.push({
      kelurahan_code: r.kel,
      kelurahan_name: region?.name ?? r.kel,
      kecamatan_name: region?.parent_name ?? null,
      jenis_label: r.label,
      group: r.grp,
      group_label: isJenisGroup(r.grp) ? JENIS_GROUP_LABELS[r.grp] : r.grp,
      count: r.n,
      lq,
      share: r.n / ej,
    });
  }
  return out.sort((a, b) => b.lq - a.lq || b.count - a.count || a.kelurahan_code.localeCompare(b.kelurahan_code));
}
