import { FIELD_KEYS, type ColumnMapping, type FieldKey } from '../../../../shared/domain/fields';
import type { TurnoverPeriod } from '../../../../shared/domain/business';
import type { InspectResult, PreviewCell } from '../../../../shared/api/contract-import';

/** True when a string is one of our field keys. */
export function isFieldKey(key: string): key is FieldKey {
  return (FIELD_KEYS as readonly string[]).includes(key);
}

/** The inspector's suggestion (field -> column, string keys) as a typed mapping; unknown keys dropped. */
export function toColumnMapping(suggested: Record<string, number>): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (const [key, column] of Object.entries(suggested)) if (isFieldKey(key)) mapping[key] = column;
  return mapping;
}

/** The field each column is mapped to (null = not imported), for `columnCount` columns. */
export function fieldsByColumn(mapping: ColumnMapping, columnCount: number): Array<FieldKey | null> {
  const out: Array<FieldKey | null> = new Array<FieldKey | null>(columnCount).fill(null);
  for (const key of FIELD_KEYS) {
    const column = mapping[key];
    if (column !== undefined && column < columnCount) out[column] = key;
  }
  return out;
}

/**
 * Maps `column` to `field` (or to nothing). A field takes one column only, so the column it had before
 * becomes unmapped; the column's previous field is dropped.
 */
export function assignColumn(mapping: ColumnMapping, column: number, field: FieldKey | null): ColumnMapping {
  const next: ColumnMapping = {};
  for (const key of FIELD_KEYS) {
    const c = mapping[key];
    if (c !== undefined && c !== column && key !== field) next[key] = c;
  }
  if (field !== null) next[field] = column;
  return next;
}

/** The period the mapping gives the turnover: one turnover column's, 'both', or null without any. */
export function turnoverPeriodOf(mapping: ColumnMapping): TurnoverPeriod | 'both' | null {
  const monthly = mapping.omzet_bulanan !== undefined;
  const yearly = mapping.omzet_tahunan !== undefined;
  if (monthly && yearly) return 'both';
  if (monthly) return 'bulan';
  if (yearly) return 'tahun';
  return null;
}

/** Moves the single turnover column to the field of `period` (per month or per year). */
export function switchTurnoverPeriod(mapping: ColumnMapping, period: TurnoverPeriod): ColumnMapping {
  const current = turnoverPeriodOf(mapping);
  if (current === null || current === 'both' || current === period) return mapping;
  const column = current === 'bulan' ? mapping.omzet_bulanan : mapping.omzet_tahunan;
  if (column === undefined) return mapping;
  return assignColumn(mapping, column, period === 'bulan' ? 'omzet_bulanan' : 'omzet_tahunan');
}

/**
 * The preview cell of one column in one preview row. The inspector keys a row by field for mapped
 * columns; an unmapped column may be keyed by its header.
 */
export function previewCellOf(row: Record<string, PreviewCell>, field: FieldKey | null, header: string): PreviewCell | null {
  return (field !== null ? row[field] : undefined) ?? row[header] ?? null;
}

/** How many problems the preview shows, over all rows and columns. */
export function countPreviewIssues(preview: InspectResult['preview']): number {
  let n = 0;
  for (const row of preview) for (const cell of Object.values(row)) if (cell.issue) n += 1;
  return n;
}
