import type { ImportOptions, ImportSummary } from '../../shared/api/contract-import';
import type { ErrorCode } from '../../shared/api/result';
import type { Region } from '../../shared/domain/regions';
import type { ImportPlan } from './plan';
import type { PreparedBatch } from './row-preparer';

/** What the import worker is started with. */
export interface ImportWorkerInput {
  /** The project file; the worker opens its own connection to it (WAL lets the app keep reading). */
  dbPath: string;
  options: ImportOptions;
  /** An upload's bytes (browser mode), transferred; a path source is read by the worker itself. */
  bytes: ArrayBuffer | null;
  fileName: string | null;
  /** One Int32: set to 1 to cancel; the worker checks it between batches and rolls back. */
  cancel: SharedArrayBuffer;
}

/** Messages from the worker to the thread that started it. */
export type ImportWorkerMessage =
  | { type: 'progress'; phase: string; done: number; total: number | null }
  | { type: 'done'; summary: ImportSummary }
  | { type: 'error'; code: ErrorCode; message: string; details?: unknown };

/** What the row-preparing worker is started with (pipelined import of a large CSV). */
export interface PrepareWorkerInput {
  /** The whole file, transferred; the worker decodes it itself. */
  bytes: ArrayBuffer;
  fileName: string;
  delimiter: string;
  plan: ImportPlan;
  regions: Region[];
  regionScope: string | null;
  currentYear: number;
  /** One Int32: batches posted but not yet stored (flow control, so memory stays bounded). */
  inFlight: SharedArrayBuffer;
}

/** Messages from the row-preparing worker. */
export type PrepareWorkerMessage =
  | { type: 'batch'; batch: PreparedBatch; row: number; fraction: number }
  | { type: 'end'; row: number; encoding: string }
  | { type: 'error'; code: ErrorCode; message: string };
