import type { Db } from '../db/open';
import type { Statement } from 'better-sqlite3';
import { ISSUE_CATALOGUE, type SkipReason } from '../../shared/parse/issue-codes';
import { originalCellTexts } from './original-row';
import type { ImportPlan } from './plan';
import {
  repeatKey, ROW_COLUMNS, PARAMS_PER_ROW, P_DUPLICATE_STATE, P_NIK, P_ORIGINAL, P_SOURCE_ROW,
  type Param, type PreparedBatch,
} from './row-preparer';

export interface StoreCounts {
  rows_read: number;
  businesses_imported: number;
  skipped: Record<string, number>;
  issues: Record<string, number>;
}

/** Rows per multi-row INSERT: fewer statement executions for the same work. */
const ROWS_PER_INSERT = 16;

type IssueTuple = [code: string, column: string | null, severity: string, message: string];

/** A row waiting for the next multi-row INSERT: its parameters are `params[at .. at + PARAMS_PER_ROW)`. */
interface PendingRow {
  seq: number;
  params: Param[];
  at: number;
  issues: IssueTuple[];
}

/**
 * Stores prepared rows in the caller's transaction, in sheet order: drops exact repeats (a hash hit is
 * confirmed against the earlier row's original cells), flags rows sharing a NIK as possible duplicates
 * (both of them), and inserts businesses several per statement, then their issues.
 */
export class RowStore {
  private readonly insertMany: Statement;
  private readonly insertOne: Statement;
  private readonly insertIssue: Statement;
  private readonly markPossible: Statement;
  private readonly readOriginal: Statement;
  /**
   * Rows are numbered in arrival order (seq). Per seq only small numbers are kept — the business id (0 while
   * pending), the sheet row, whether its NIK was flagged — so that hundreds of thousands of rows cost little
   * memory and garbage collection.
   */
  private readonly ids: number[] = [];
  private readonly sourceRows: number[] = [];
  private readonly flagged: boolean[] = [];
  private readonly pending: PendingRow[] = [];
  /** Repeat hash → seq of the first row with it. */
  private readonly seen = new Map<number, number>();
  /** Repeat keys of rows whose (30-bit) hash collided with a different row (a few per 100,000 rows). */
  private readonly collided = new Set<string>();
  private readonly byNik = new Map<string, number>();
  private readonly skipForRepeat: boolean[];
  private readonly counts: StoreCounts = { rows_read: 0, businesses_imported: 0, skipped: {}, issues: {} };
  private lastRow = 0;
  private readonly args: Param[] = new Array<Param>(ROWS_PER_INSERT * (PARAMS_PER_ROW + 2)).fill(null);

  constructor(
    db: Db,
    private readonly roundId: number,
    private readonly importId: number,
    private readonly plan: ImportPlan,
  ) {
    const columns = `round_id, import_id, ${ROW_COLUMNS.join(', ')}`;
    const one = `(${new Array(PARAMS_PER_ROW + 2).fill('?').join(', ')})`;
    this.insertMany = db.prepare(`INSERT INTO businesses (${columns}) VALUES ${new Array(ROWS_PER_INSERT).fill(one).join(', ')}`);
    this.insertOne = db.prepare(`INSERT INTO businesses (${columns}) VALUES ${one}`);
    this.insertIssue = db.prepare('INSERT INTO business_issues (business_id, code, column_name, severity, message) VALUES (?, ?, ?, ?, ?)');
    this.markPossible = db.prepare("UPDATE businesses SET duplicate_state = 'possible' WHERE id = ?");
    this.readOriginal = db.prepare('SELECT original_json FROM businesses WHERE id = ?').pluck();
    this.skipForRepeat = plan.headers.map((_, c) => plan.rowNumberColumns.includes(c));
  }

  /** The last sheet row handled (1-based), for error messages. */
  get currentRow(): number {
    return this.lastRow;
  }

  /** Stores the next prepared rows. */
  accept(batch: PreparedBatch): void {
    for (const [reason, n] of Object.entries(batch.skipped)) this.skip(reason as SkipReason, n ?? 0);
    let issueAt = 0;
    for (let r = 0; r < batch.count; r++) {
      const issues: IssueTuple[] = [];
      for (; issueAt < batch.issueRow.length && batch.issueRow[issueAt] === r; issueAt++) {
        issues.push([batch.issueCode[issueAt], batch.issueColumn[issueAt], batch.issueSeverity[issueAt], batch.issueMessage[issueAt]]);
      }
      const at = r * PARAMS_PER_ROW;
      this.lastRow = batch.params[at + P_SOURCE_ROW] as number;
      this.acceptRow(batch.params, at, batch.hashes[r], issues);
    }
  }

  /** Stores what is still pending and returns the counts. */
  finish(): StoreCounts {
    this.flush();
    const skipped = Object.values(this.counts.skipped).reduce((a, b) => a + b, 0);
    this.counts.rows_read = this.counts.businesses_imported + skipped;
    return this.counts;
  }

  private skip(reason: SkipReason, n: number): void {
    if (n > 0) this.counts.skipped[reason] = (this.counts.skipped[reason] ?? 0) + n;
  }

  private acceptRow(params: Param[], at: number, fullHash: number, issues: IssueTuple[]): void {
    // 30 bits keep the Map's keys small integers (no boxed numbers); the few extra hits are confirmed anyway.
    const hash = fullHash & 0x3fffffff;
    const earlier = this.seen.get(hash);
    if (earlier !== undefined) {
      const key = this.keyOf(params[at + P_ORIGINAL] as string);
      if (this.collided.has(key) || this.keyOf(this.originalOf(earlier)) === key) return this.skip('baris_ganda', 1);
      this.collided.add(key);
    }
    const seq = this.ids.length;
    const sourceRow = params[at + P_SOURCE_ROW] as number;
    this.ids.push(0);
    this.sourceRows.push(sourceRow);
    this.flagged.push(false);
    if (earlier === undefined) this.seen.set(hash, seq);
    const row: PendingRow = { seq, params, at, issues };

    const nik = params[at + P_NIK] as string | null;
    if (nik !== null) {
      const twin = this.byNik.get(nik);
      if (twin === undefined) this.byNik.set(nik, seq);
      else {
        params[at + P_DUPLICATE_STATE] = 'possible';
        issues.push(this.duplicateIssue(sourceRow, this.sourceRows[twin]));
        if (!this.flagged[twin]) {
          // The first row with the NIK is flagged too, once, so both sit in the review queue.
          this.flagged[twin] = true;
          const issue = this.duplicateIssue(this.sourceRows[twin], sourceRow);
          const twinId = this.ids[twin];
          const waiting = twinId === 0 ? this.pending.find((p) => p.seq === twin) : undefined;
          if (waiting) {
            waiting.params[waiting.at + P_DUPLICATE_STATE] = 'possible';
            waiting.issues.push(issue);
          } else {
            this.markPossible.run(twinId);
            this.storeIssue(twinId, issue);
          }
        }
      }
    }
    this.pending.push(row);
    if (this.pending.length >= ROWS_PER_INSERT) this.flush();
  }

  private flush(): void {
    const rows = this.pending.splice(0, this.pending.length);
    let i = 0;
    if (rows.length === ROWS_PER_INSERT) {
      // One reused argument array: binding copies the values, so it can be refilled for the next group.
      const args = this.args;
      let j = 0;
      for (const r of rows) {
        args[j++] = this.roundId;
        args[j++] = this.importId;
        for (let k = r.at; k < r.at + PARAMS_PER_ROW; k++) args[j++] = r.params[k];
      }
      try {
        // Rowids of one multi-row INSERT (no AUTOINCREMENT, one writer) are consecutive.
        const last = Number(this.insertMany.run(args).lastInsertRowid);
        rows.forEach((r, k) => (this.ids[r.seq] = last - (rows.length - 1 - k)));
        i = rows.length;
      } catch {
        // The failed statement was undone; the rows go in one by one so the error names its row.
        i = 0;
      }
    }
    for (; i < rows.length; i++) {
      const r = rows[i];
      try {
        this.ids[r.seq] = Number(this.insertOne.run(this.roundId, this.importId, ...r.params.slice(r.at, r.at + PARAMS_PER_ROW)).lastInsertRowid);
      } catch (err) {
        this.lastRow = r.params[r.at + P_SOURCE_ROW] as number;
        throw err;
      }
    }
    for (const r of rows) {
      this.counts.businesses_imported++;
      for (const issue of r.issues) this.storeIssue(this.ids[r.seq], issue);
    }
  }

  private storeIssue(businessId: number, [code, column, severity, message]: IssueTuple): void {
    this.insertIssue.run(businessId, code, column, severity, message);
    this.counts.issues[code] = (this.counts.issues[code] ?? 0) + 1;
  }

  /**
   * A row's original JSON: from memory while pending, from the database once stored. Only rows of this
   * import are compared, so both sides are in the form this import writes (the array of cell texts).
   */
  private originalOf(seq: number): string {
    const id = this.ids[seq];
    if (id !== 0) return this.readOriginal.get(id) as string;
    const row = this.pending.find((p) => p.seq === seq);
    return row ? (row.params[row.at + P_ORIGINAL] as string) : '[]';
  }

  /**
   * The repeat key of an original row (the same key the preparer hashed). Either stored form is turned
   * into cell texts in column order first (original-row.ts), so the key never depends on the form.
   */
  private keyOf(originalJson: string): string {
    return repeatKey(originalCellTexts(originalJson, this.plan.headers), this.skipForRepeat);
  }

  private duplicateIssue(rowNumber: number, otherRow: number): IssueTuple {
    const col = this.plan.mapping.nik;
    const column = col === undefined ? null : this.plan.headers[col];
    const where = column === null ? `Baris ${rowNumber}` : `Baris ${rowNumber}, kolom "${column}"`;
    return [
      'kemungkinan_duplikat',
      column,
      ISSUE_CATALOGUE.kemungkinan_duplikat.severity,
      `${where}: NIK sama dengan baris ${otherRow}, tetapi isian lainnya berbeda; kemungkinan data dobel, perlu ditinjau.`,
    ];
  }
}
