import { SECTORS, SECTOR_LABELS, type Sector } from '../domain/business';
import { sortedFinite, summariseSorted, type BoxSummary } from './quantiles';
import { compareAreasByCode } from '../stats/area-order';

/** The record values profiles describe, one entry per clustered row (NaN / -1 = missing). */
export interface ProfileInput {
  labels: Int32Array;
  k: number;
  omzet_tahunan: Float64Array;
  aset: Float64Array;
  modal: Float64Array;
  tenaga_kerja: Float64Array;
  /** 1 online or both, 0 offline, NaN unknown. */
  online: Float64Array;
  /** 1 has an NIB/SKU, 0 not. */
  nib: Float64Array;
  /** Index into SECTORS, -1 unknown. */
  sector: Int32Array;
  /** Index into `areas.kelurahan` / `areas.kecamatan`, -1 unknown. */
  kelurahan: Int32Array;
  kecamatan: Int32Array;
  areas: { kelurahan: AreaName[]; kecamatan: AreaName[] };
}

export interface AreaName {
  code: string;
  name: string;
}

/** A money or count variable of a cluster: box-plot figures (Rupiah rounded to whole Rupiah) and how many were missing. */
export interface VariableSummary extends BoxSummary {
  missing: number;
}

export interface SectorShare {
  sector: Sector | null;
  label: string;
  count: number;
  share: number;
}

/** Where a cluster is most concentrated, relative to its overall share (lift 2 = twice as common). */
export interface Concentration extends AreaName {
  count: number;
  share_of_cluster: number;
  share_of_kelurahan: number;
  lift: number;
}

/** Everything the profile card of one cluster shows. */
export interface ClusterProfile {
  cluster: number;
  size: number;
  share: number;
  omzet_tahunan: VariableSummary | null;
  aset: VariableSummary | null;
  modal: VariableSummary | null;
  tenaga_kerja: VariableSummary | null;
  /** Among businesses whose marketing is known; null if none known. */
  share_online: number | null;
  share_nib: number;
  sectors: SectorShare[];
  top_kelurahan: Concentration | null;
}

/** Cluster counts per kecamatan: `counts[row][cluster]`. */
export interface AreaTable {
  areas: AreaName[];
  counts: number[][];
  totals: number[];
}

/** Profiles of each cluster from the record values of its members. */
export function profileClusters(input: ProfileInput): ClusterProfile[] {
  const { labels, k } = input;
  const n = labels.length;
  const members: number[][] = Array.from({ length: k }, () => []);
  for (let i = 0; i < n; i++) members[labels[i]].push(i);
  const kelTotals = new Float64Array(input.areas.kelurahan.length);
  for (let i = 0; i < n; i++) if (input.kelurahan[i] >= 0) kelTotals[input.kelurahan[i]] += 1;
  return members.map((rows, cluster) => ({
    cluster,
    size: rows.length,
    share: n === 0 ? 0 : rows.length / n,
    omzet_tahunan: summarise(input.omzet_tahunan, rows, true),
    aset: summarise(input.aset, rows, true),
    modal: summarise(input.modal, rows, true),
    tenaga_kerja: summarise(input.tenaga_kerja, rows, false),
    share_online: meanKnown(input.online, rows),
    share_nib: meanKnown(input.nib, rows) ?? 0,
    sectors: sectorMix(input.sector, rows),
    top_kelurahan: concentration(input, rows, kelTotals, n),
  }));
}

function summarise(values: Float64Array, rows: number[], rupiah: boolean): VariableSummary | null {
  const picked = new Float64Array(rows.length);
  rows.forEach((r, i) => (picked[i] = values[r]));
  const sorted = sortedFinite(picked);
  const s = summariseSorted(sorted);
  if (!s) return null;
  const round = (v: number) => (rupiah ? Math.round(v) : v);
  return {
    n: s.n, missing: rows.length - s.n, min: round(s.min), q1: round(s.q1), median: round(s.median), q3: round(s.q3),
    max: round(s.max), whisker_low: round(s.whisker_low), whisker_high: round(s.whisker_high), mean: round(s.mean),
  };
}

function meanKnown(values: Float64Array, rows: number[]): number | null {
  let count = 0;
  let sum = 0;
  for (const r of rows) {
    if (Number.isNaN(values[r])) continue;
    count++;
    sum += values[r];
  }
  return count === 0 ? null : sum / count;
}

function sectorMix(sector: Int32Array, rows: number[]): SectorShare[] {
  const counts = new Array<number>(SECTORS.length + 1).fill(0);
  for (const r of rows) counts[sector[r] >= 0 ? sector[r] : SECTORS.length]++;
  return counts
    .map((count, idx) => {
      const s = idx < SECTORS.length ? SECTORS[idx] : null;
      return { sector: s, label: s ? SECTOR_LABELS[s] : 'Tidak diketahui', count, share: rows.length ? count / rows.length : 0 };
    })
    .filter((s) => s.count > 0)
    .sort((a, b) => b.count - a.count);
}

/**
 * The kelurahan where the cluster is most over-represented (highest lift), among kelurahan holding at
 * least max(5, 2% of the cluster) of its members so tiny areas do not win by chance; otherwise the
 * kelurahan with the most members.
 */
function concentration(input: ProfileInput, rows: number[], kelTotals: Float64Array, n: number): Concentration | null {
  if (rows.length === 0) return null;
  const counts = new Map<number, number>();
  for (const r of rows) if (input.kelurahan[r] >= 0) counts.set(input.kelurahan[r], (counts.get(input.kelurahan[r]) ?? 0) + 1);
  if (counts.size === 0) return null;
  const overall = rows.length / n;
  const minCount = Math.max(5, 0.02 * rows.length);
  const describe = (kel: number, count: number): Concentration => {
    const shareOfKel = count / kelTotals[kel];
    return { ...input.areas.kelurahan[kel], count, share_of_cluster: count / rows.length, share_of_kelurahan: shareOfKel, lift: shareOfKel / overall };
  };
  const all = [...counts].map(([kel, count]) => describe(kel, count));
  const eligible = all.filter((c) => c.count >= minCount);
  const pool = eligible.length > 0 ? eligible : all;
  return pool.reduce((a, b) =>
    (eligible.length > 0 ? b.lift > a.lift || (b.lift === a.lift && b.count > a.count) : b.count > a.count) ? b : a,
  );
}

/** The cluster × kecamatan table (rows = kecamatan present, by code; unknown area last as code ''). */
export function tabulateKecamatan(input: ProfileInput): AreaTable {
  const { labels, k } = input;
  const names = input.areas.kecamatan;
  const counts = Array.from({ length: names.length + 1 }, () => new Array<number>(k).fill(0));
  for (let i = 0; i < labels.length; i++) counts[input.kecamatan[i] >= 0 ? input.kecamatan[i] : names.length][labels[i]]++;
  const rows = [...names, { code: '', name: 'Tanpa kecamatan' }]
    .map((area, idx) => ({ area, counts: counts[idx] }))
    .filter((r) => r.counts.some((c) => c > 0))
    .sort((a, b) => compareAreasByCode(a.area, b.area));
  const totals = new Array<number>(k).fill(0);
  for (const r of rows) r.counts.forEach((c, j) => (totals[j] += c));
  return { areas: rows.map((r) => r.area), counts: rows.map((r) => r.counts), totals };
}
