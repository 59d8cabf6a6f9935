import type { FieldKey, ColumnMapping } from '../domain/fields';
import { ISSUE_CATALOGUE, type IssueCode, type IssueSeverity } from './issue-codes';

/** One problem of one row: code, the field and source column it concerns, and a message for people. */
export interface RowIssue {
  code: IssueCode;
  severity: IssueSeverity;
  field: FieldKey | null;
  column: string | null;
  message: string;
}

/** Collects a row's issues with messages `Baris 12, kolom "OMSET PERTAHUN": …`. */
export class IssueSink {
  readonly issues: RowIssue[] = [];
  constructor(
    private readonly headers: readonly string[],
    private readonly mapping: ColumnMapping,
    readonly rowNumber: number,
  ) {}

  add(code: IssueCode, field: FieldKey | null, text: string): void {
    const col = field === null ? undefined : this.mapping[field];
    const column = col === undefined ? null : (this.headers[col] ?? null);
    const where = column === null ? `Baris ${this.rowNumber}` : `Baris ${this.rowNumber}, kolom "${column}"`;
    this.issues.push({ code, severity: ISSUE_CATALOGUE[code].severity, field, column, message: `${where}: ${text}` });
  }
}

/** Rupiah as Indonesians write it, for messages (`Rp 1.500.000`). */
export function formatRupiah(value: number): string {
  const sign = value < 0 ? '-' : '';
  return `${sign}Rp ${Math.abs(value).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`;
}

