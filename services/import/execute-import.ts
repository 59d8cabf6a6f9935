import { createHash } from 'node:crypto';
import type { Db } from '../db/open';
import { AppError } from '../../shared/api/result';
import type { ImportOptions, ImportSummary } from '../../shared/api/contract-import';
import { createRowConverter, listKnownKabupaten } from '../../shared/parse/convert-row';
import { RowPreparer } from './row-preparer';
import { RowStore } from './row-store';
import { pipelineAvailable, storeFromPipeline } from './pipeline';
import { openTable, type TableSource } from './open-table';
import { buildRegionMatcher, loadRegions, planImport, type ImportPlan } from './plan';
import type { LoadedSource } from './read-source';
import { saveMapping } from './saved-mappings';

/** What the import core needs from whoever runs it (a worker thread or the caller's thread). */
export interface ImportControl {
  progress(phase: string, done: number, total: number | null): void;
  isCancelled(): boolean;
  /**
   * Whether a large CSV may be prepared on a second thread. Only where this connection is private (the
   * import worker): the transaction then stays open across awaits.
   */
  pipeline: boolean;
}

/** From this size (bytes) a CSV is parsed on a second thread while this one writes. */
const PIPELINE_MIN_BYTES = 4 * 1024 * 1024;
/** How much of a pipelined CSV is decoded here to find the header and plan the import. */
const PLAN_BYTES = 2 * 1024 * 1024;

export const PHASE_READ = 'Membaca berkas';
export const PHASE_ROWS = 'Mengimpor baris';
export const PHASE_SAVE = 'Menyimpan';
export const PHASE_INDEX = 'Menyusun indeks';

/** From this many rows on, and when the file brings more rows than the project holds, indexes are rebuilt. */
const BULK_ROWS = 20000;

/**
 * For a large import, drops the businesses table's indexes inside the transaction and returns their SQL
 * to recreate at the end: building an index once over sorted keys is several times faster than growing
 * it row by row. A rollback restores them with everything else.
 */
function deferIndexesForBulk(db: Db, estimatedRows: number): string[] {
  if (estimatedRows < BULK_ROWS) return [];
  const existing = (db.prepare('SELECT count(*) FROM businesses').pluck().get() as number) ?? 0;
  if (estimatedRows <= existing) return [];
  const indexes = db
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'businesses' AND sql IS NOT NULL")
    .all() as Array<{ name: string; sql: string }>;
  for (const ix of indexes) db.exec(`DROP INDEX "${ix.name.replace(/"/g, '""')}"`);
  return indexes.map((ix) => ix.sql);
}

function cancelled(): AppError {
  return new AppError('CANCELLED', 'Impor dibatalkan oleh pengguna. Proyek tidak diubah.');
}

/** The year in a round name (`Pendataan 2022` → 2022), if it has one. */
function yearOf(name: string): number | null {
  const m = /\b(19\d\d|20\d\d)\b/.exec(name);
  return m ? Number(m[1]) : null;
}

/**
 * Imports one file as a new survey round, all or nothing: everything is written in a single transaction
 * that is rolled back on any failure or cancel, so the project stays exactly as it was.
 */
export async function executeImport(db: Db, options: ImportOptions, source: LoadedSource, ctl: ImportControl): Promise<ImportSummary> {
  ctl.progress(PHASE_READ, 0, null);
  const fileSha = sha256(source.bytes);
  // The table keeps the decoded text (or the sheet's rows); the raw bytes are let go to save memory.
  let bytes: Uint8Array | null = source.bytes;
  source.bytes = new Uint8Array(0);
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const pipelined = ctl.pipeline && !isZip && bytes.length >= PIPELINE_MIN_BYTES && pipelineAvailable();
  const table = await openTable(bytes, source.fileName, options.sheet, pipelined ? PLAN_BYTES : undefined);
  if (!pipelined) bytes = null;
  if (ctl.isCancelled()) throw cancelled();
  const plan = planImport(db, table.head, source.fileName, options);
  const regions = loadRegions(db);
  const matcher = buildRegionMatcher(regions, plan, table.head.slice(plan.dataStart));
  const convert = createRowConverter({ headers: plan.headers, mapping: plan.mapping, matcher, currentYear: new Date().getFullYear(), knownKabupaten: listKnownKabupaten(regions) });
  if (ctl.isCancelled()) throw cancelled();

  const now = new Date().toISOString();
  const roundName = options.roundName?.trim() || `Impor ${source.fileName} (${now.slice(0, 10)})`;
  db.exec('BEGIN IMMEDIATE');
  let store: RowStore | null = null;
  try {
    const roundId = Number(db.prepare('INSERT INTO rounds (name, year, created_at) VALUES (?, ?, ?)').run(roundName, yearOf(roundName), now).lastInsertRowid);
    const importId = Number(
      db
        .prepare(`INSERT INTO imports (round_id, file_name, file_sha256, sheet, header_row, encoding, delimiter, headers_json, mapping_json, summary_json, created_at)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '{}', ?)`)
        .run(roundId, source.fileName, fileSha, table.sheet, plan.headerRow, table.encoding, table.delimiter, JSON.stringify(plan.headers), JSON.stringify(plan.mapping), now)
        .lastInsertRowid,
    );
    const deferred = deferIndexesForBulk(db, table.estimatedRows);
    store = new RowStore(db, roundId, importId, plan);
    if (pipelined && bytes && table.delimiter !== null) {
      // The second thread needs the kab/kota list (NIK check) and the places of the matcher's area only.
      const scope = matcher.scope;
      const needed = scope === null ? regions : regions.filter((r) => r.level <= 2 || r.code.startsWith(`${scope}.`));
      const input = { bytes, fileName: source.fileName, delimiter: table.delimiter, plan, regions: needed, regionScope: scope };
      bytes = null;
      const encoding = await storeFromPipeline(input, store, {
        isCancelled: () => ctl.isCancelled(),
        cancelled,
        progress: (done, fraction) => ctl.progress(PHASE_ROWS, done, estimateTotal(done, fraction)),
      });
      // The plan saw only the file's start; the encoding of the whole file is the one that counts.
      db.prepare('UPDATE imports SET encoding = ? WHERE id = ?').run(encoding, importId);
    } else writeRows(table, new RowPreparer(plan, convert), store, ctl);
    const counts = store.finish();
    if (deferred.length > 0) {
      ctl.progress(PHASE_INDEX, 0, deferred.length);
      deferred.forEach((sql, i) => {
        db.exec(sql);
        ctl.progress(PHASE_INDEX, i + 1, deferred.length);
      });
    }
    if (counts.businesses_imported === 0) {
      throw new AppError('BAD_FILE', `Berkas "${source.fileName}" tidak berisi satu pun baris usaha di bawah header (baris ${plan.headerRow + 1}). Proyek tidak diubah.`);
    }
    ctl.progress(PHASE_SAVE, 0, 1);
    const summary: ImportSummary = { round_id: roundId, ...counts, notes: plan.notes };
    db.prepare('UPDATE imports SET summary_json = ? WHERE id = ?').run(JSON.stringify(summary), importId);
    saveMapping(db, plan.headers, plan.mapping);
    if (ctl.isCancelled()) throw cancelled();
    db.exec('COMMIT');
    ctl.progress(PHASE_SAVE, 1, 1);
    return summary;
  } catch (err) {
    if (db.inTransaction) db.exec('ROLLBACK');
    if (err instanceof AppError) throw err;
    throw rowFailure(store?.currentRow ?? 0, err);
  }
}

function writeRows(table: TableSource, preparer: RowPreparer, store: RowStore, ctl: ImportControl): void {
  table.forEachChunk((rows, fraction) => {
    for (let i = 0; i < rows.length; i += 1000) {
      if (ctl.isCancelled()) throw cancelled();
      store.accept(preparer.prepare(rows.length <= 1000 ? rows : rows.slice(i, i + 1000)));
    }
    ctl.progress(PHASE_ROWS, preparer.currentRow, estimateTotal(preparer.currentRow, fraction));
  });
}

/** CSV reports how far it has read, not a row count: the total is estimated from that fraction. */
function estimateTotal(done: number, fraction: number): number {
  return fraction >= 1 ? done : Math.max(done, Math.round(done / Math.max(fraction, 1e-6)));
}

/** A failure while writing, with the sheet row it happened at; the transaction is rolled back. */
function rowFailure(row: number, err: unknown): AppError {
  const detail = err instanceof Error ? err.message : String(err);
  return new AppError('IMPORT_FAILED', `Impor gagal di baris ${row}: ${detail}. Proyek tidak diubah.`, { row });
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export type { ImportPlan };
