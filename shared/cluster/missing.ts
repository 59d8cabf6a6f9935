import type { ResolvedFeature } from './features';
import { gatherF64, gatherI32, indicesWhere, range } from './arrays';
import { quantileSorted, sortedFinite } from './quantiles';
import type { RawColumn } from './transforms';

/** drop = leave out a row with any missing selected value; impute = fill it in by group. */
export const MISSING_MODES = ['drop', 'impute'] as const;
export type MissingMode = (typeof MISSING_MODES)[number];
/** The group whose median (or most frequent level) fills a missing value. */
export const IMPUTE_GROUPS = ['bidang_usaha', 'kecamatan', 'none'] as const;
export type ImputeGroup = (typeof IMPUTE_GROUPS)[number];

/** How missing values were handled, with counts, as the screen and the stored run report them. */
export interface MissingReport {
  mode: MissingMode;
  group: ImputeGroup;
  rows_in: number;
  rows_used: number;
  /** Rows left out (mode 'drop'), and per feature how many rows lacked it. */
  dropped: number;
  missing_by_feature: Record<string, number>;
  /** Values filled in (mode 'impute'), per feature. */
  imputed: Record<string, number>;
}

/** The fill-in values learnt at fit time, so another round is imputed the same way. */
export interface ImputationModel {
  group: ImputeGroup;
  /** Per feature: value per group name, and the value for rows whose group is unknown or unseen. */
  values: Record<string, { byGroup: Record<string, number | string>; overall: number | string | null }>;
}

/** Group of each row: code index into `names`, -1 unknown. */
export interface RowGroups {
  codes: Int32Array;
  names: string[];
}

/**
 * Drops rows with any missing selected value, or fills each missing value with the median (numbers)
 * or most frequent level (categories) of its group — bidang usaha or kecamatan — falling back to the
 * whole data's when the group has none. Returns the kept row indices and the completed columns.
 */
export function handleMissing(
  features: readonly ResolvedFeature[], raws: readonly RawColumn[], groups: RowGroups, mode: MissingMode, group: ImputeGroup,
): { keep: Int32Array; raws: RawColumn[]; report: MissingReport; imputation: ImputationModel | null } {
  const n = groups.codes.length;
  const missingBy: Record<string, number> = {};
  const rowMissing = new Uint8Array(n);
  features.forEach((f, idx) => {
    const raw = raws[idx];
    let count = 0;
    for (let i = 0; i < n; i++) {
      if (isMissing(raw, i)) {
        count++;
        rowMissing[i] = 1;
      }
    }
    missingBy[f.key] = count;
  });
  const report: MissingReport = { mode, group, rows_in: n, rows_used: n, dropped: 0, missing_by_feature: missingBy, imputed: {} };
  if (mode === 'drop') {
    const keep = indicesWhere(n, (i) => rowMissing[i] === 0);
    report.rows_used = keep.length;
    report.dropped = n - keep.length;
    return { keep, raws: raws.map((r) => subsetColumn(r, keep)), report, imputation: null };
  }
  const imputation: ImputationModel = { group, values: {} };
  const names = group === 'none' ? [] : groups.names;
  const buckets: number[][] = names.map(() => []);
  if (group !== 'none') for (let i = 0; i < n; i++) if (groups.codes[i] >= 0) buckets[groups.codes[i]].push(i);
  const everyone = Array.from({ length: n }, (_, i) => i);
  features.forEach((f, idx) => (imputation.values[f.key] = learnFill(raws[idx], names, buckets, everyone)));
  const filled = applyImputation(features, raws, groups, imputation);
  features.forEach((f) => (report.imputed[f.key] = missingBy[f.key]));
  return { keep: range(n), raws: filled, report, imputation };
}

/** Fills missing values with a learnt model (values for unseen groups fall back to the overall). */
export function applyImputation(
  features: readonly ResolvedFeature[], raws: readonly RawColumn[], groups: RowGroups, model: ImputationModel,
): RawColumn[] {
  return features.map((f, idx) => {
    const raw = raws[idx];
    const fill = model.values[f.key];
    const valueFor = (i: number) => {
      const g = model.group === 'none' ? -1 : groups.codes[i];
      const name = g >= 0 ? groups.names[g] : null;
      return name !== null && name in fill.byGroup ? fill.byGroup[name] : fill.overall;
    };
    if (raw.type === 'numeric') {
      const values = Float64Array.from(raw.values);
      for (let i = 0; i < values.length; i++) {
        if (!Number.isNaN(values[i])) continue;
        const v = valueFor(i);
        values[i] = typeof v === 'number' ? v : NaN;
      }
      return { type: 'numeric', values };
    }
    const levels = [...raw.levels];
    const codes = Int32Array.from(raw.codes);
    for (let i = 0; i < codes.length; i++) {
      if (codes[i] >= 0) continue;
      const v = valueFor(i);
      if (typeof v !== 'string') continue;
      let c = levels.indexOf(v);
      if (c < 0) c = levels.push(v) - 1;
      codes[i] = c;
    }
    return { type: 'category', codes, levels };
  });
}

function learnFill(raw: RawColumn, names: string[], buckets: number[][], everyone: number[]): ImputationModel['values'][string] {
  const byGroup: Record<string, number | string> = {};
  const fillOf = (rows: number[]): number | string | null => {
    if (raw.type === 'numeric') {
      const sorted = sortedFinite(rows.map((i) => raw.values[i]));
      return sorted.length ? quantileSorted(sorted, 0.5) : null;
    }
    const counts = new Map<number, number>();
    for (const i of rows) if (raw.codes[i] >= 0) counts.set(raw.codes[i], (counts.get(raw.codes[i]) ?? 0) + 1);
    if (counts.size === 0) return null;
    const [code] = [...counts].sort((a, b) => b[1] - a[1] || raw.levels[a[0]].localeCompare(raw.levels[b[0]]))[0];
    return raw.levels[code];
  };
  names.forEach((name, g) => {
    const v = fillOf(buckets[g]);
    if (v !== null) byGroup[name] = v;
  });
  return { byGroup, overall: fillOf(everyone) };
}

function isMissing(raw: RawColumn, i: number): boolean {
  return raw.type === 'numeric' ? Number.isNaN(raw.values[i]) : raw.codes[i] < 0;
}

/** The column restricted to the given rows. */
export function subsetColumn(raw: RawColumn, rows: Int32Array): RawColumn {
  if (raw.type === 'numeric') return { type: 'numeric', values: gatherF64(raw.values, rows) };
  return { type: 'category', codes: gatherI32(raw.codes, rows), levels: raw.levels };
}
