import { parentPort, workerData } from 'node:worker_threads';
import type { BusinessFilter } from '../../shared/api/contract-data';
import { AppError } from '../../shared/api/result';
import type { FeatureSpec } from '../../shared/cluster/features';
import { openProjectDb, type Db } from '../db/open';
import { logError } from '../log';
import { prepareInput, type MissingSettings, type PreparedInput } from './prepare-input';

/** What the preparation worker is given and what it answers. */
export interface PrepareInputWorkerInput {
  dbPath: string;
  filter: BusinessFilter;
  features: FeatureSpec[];
  missing: MissingSettings;
}
export type PrepareInputWorkerMessage =
  | { type: 'done'; prepared: PreparedInput }
  | { type: 'error'; code: string; message: string };

/**
 * The ArrayBuffers under the typed arrays of a value, each once (the same column can sit in several
 * places: a profile column is also a feature column). Only buffers a view covers whole: a slice of
 * Node's shared Buffer pool must not be moved (and cannot be, from Node 21).
 */
function transferablesOf(value: unknown): ArrayBuffer[] {
  const found = new Set<ArrayBuffer>();
  const seen = new Set<object>();
  const visit = (v: unknown): void => {
    if (v === null || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    if (ArrayBuffer.isView(v)) {
      if (v.buffer instanceof ArrayBuffer && v.byteOffset === 0 && v.byteLength === v.buffer.byteLength && v.byteLength > 0) found.add(v.buffer);
      return;
    }
    if (v instanceof Map) v.forEach(visit);
    else if (Array.isArray(v)) v.forEach(visit);
    else Object.values(v).forEach(visit);
  };
  visit(value);
  return [...found];
}

/**
 * Loads and prepares a clustering's input on its own read-only connection, inside one read
 * transaction (one snapshot, as the single synchronous call on the app's thread would see), and posts
 * it back with its typed arrays moved, not copied. The caller has brought the round's classification
 * up to date first, so nothing here writes.
 */
function main(input: PrepareInputWorkerInput): void {
  const post = (m: PrepareInputWorkerMessage, transfer: ArrayBuffer[] = []) => parentPort?.postMessage(m, transfer);
  let db: Db;
  try {
    db = openProjectDb(input.dbPath, { readonly: true }).db;
  } catch (err) {
    post({ type: 'error', code: err instanceof AppError ? err.code : 'INTERNAL', message: (err as Error).message });
    return;
  }
  try {
    const prepared = db.transaction(() => prepareInput(db, input.filter, input.features, input.missing, { classify: false }))();
    post({ type: 'done', prepared }, transferablesOf(prepared));
  } catch (err) {
    if (!(err instanceof AppError)) logError('prepare-input worker', err);
    post({ type: 'error', code: err instanceof AppError ? err.code : 'INTERNAL', message: err instanceof AppError ? err.message : 'Data pengelompokan gagal disiapkan.' });
  } finally {
    db.close();
  }
}

main(workerData as PrepareInputWorkerInput);
