/** How a column is formatted: Rupiah (integer), count, percent (a 0..1 fraction), decimal or text. */
export type CellKind = 'text' | 'int' | 'rupiah' | 'percent' | 'decimal';

export interface SheetColumn {
  header: string;
  kind: CellKind;
  /** A header spanning this and the following columns of the same group (e.g. "JUMLAH TENAGA KERJA" over L and P). */
  group?: string;
  width?: number;
}

export type Cell = string | number | null;

/** A table ready to be written as an XLSX sheet or a CSV section. */
export interface SheetModel {
  /** Sheet name, at most 31 characters (Excel's limit). */
  name: string;
  title: string[];
  columns: SheetColumn[];
  rows: Cell[][];
  /** The total row, written in bold. */
  total?: Cell[];
  notes: string[];
}

/** One table of a sheet (a sheet may hold several, one under the other). */
export interface SheetBlock extends Omit<SheetModel, 'name'> {
  /** Excel formats by column index overriding the column's kind (e.g. indices to 3 decimals). */
  formats?: Record<number, string>;
  /** A format per row, for a key-value table whose value column mixes counts, indices and text. */
  rowFormats?: Array<string | null>;
}

/** Lines every exported table ends with: the source line and the classification rule set used. */
export function footerLines(ruleDescription: string): string[] {
  return ['Sumber: data diolah', `Aturan klasifikasi: ${ruleDescription}`];
}
