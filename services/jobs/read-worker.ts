import { getHeapStatistics } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { AppError } from '../../shared/api/result';
import { openProjectDb, type Db } from '../db/open';
import { isReadTask, runReadTask } from './read-tasks';
import { transferablesOf } from './transferables';

/** One read asked of the worker: a task of the registry (read-tasks.ts) on a project file. */
export interface ReadRequest {
  id: number;
  dbPath: string;
  task: string;
  args: unknown;
}

/**
 * The worker's answer to request `id`. `error` is an AppError, to be thrown again as it was;
 * `failed` anything else (its message and stack, for the log); `needs-write` a task that tried to
 * write (the classification changed after the caller checked it), to be redone where it can write.
 */
export type ReadReply =
  | { id: number; type: 'done'; result: unknown }
  | { id: number; type: 'error'; code: string; message: string; details?: unknown }
  | { id: number; type: 'failed'; message: string; stack?: string }
  | { id: number; type: 'needs-write' };

/** An answer as posted: with the bytes this worker's heap holds after the read (garbage included). */
export type ReadMessage = ReadReply & { heapBytes: number };

/** SQLite's refusal to write on a read-only connection (better-sqlite3's SqliteError, code SQLITE_READONLY*). */
function isReadOnlyRefusal(err: unknown): boolean {
  const code = err instanceof Error ? (err as Error & { code?: unknown }).code : undefined;
  return typeof code === 'string' && code.startsWith('SQLITE_READONLY');
}

function replyToFailure(id: number, err: unknown): ReadReply {
  if (err instanceof AppError) return { id, type: 'error', code: err.code, message: err.message, ...(err.details === undefined ? {} : { details: err.details }) };
  if (isReadOnlyRefusal(err)) return { id, type: 'needs-write' };
  const e = err instanceof Error ? err : new Error(String(err));
  return { id, type: 'failed', message: e.message, stack: e.stack };
}

/**
 * Runs one read on its own read-only connection, inside one read transaction (one snapshot, as the
 * single synchronous call on the app's thread would see), and closes the connection again: between
 * reads the worker holds no file open, so it may wait for the next read of the project.
 */
async function runRead(req: ReadRequest): Promise<{ reply: ReadReply; transfer: ArrayBuffer[] }> {
  if (!isReadTask(req.task)) return { reply: { id: req.id, type: 'failed', message: `Unknown read task: ${req.task}` }, transfer: [] };
  const task = req.task;
  let db: Db;
  try {
    db = openProjectDb(req.dbPath, { readonly: true }).db;
  } catch (err) {
    return { reply: replyToFailure(req.id, err), transfer: [] };
  }
  try {
    // What db.transaction() does, held across the awaits of a task that reads a file first (its
    // snapshot begins with its first read of the project).
    db.exec('BEGIN');
    const result = await runReadTask(db, task, req.args as never);
    db.exec('COMMIT');
    return { reply: { id: req.id, type: 'done', result }, transfer: transferablesOf(result) };
  } catch (err) {
    if (db.inTransaction) db.exec('ROLLBACK');
    return { reply: replyToFailure(req.id, err), transfer: [] };
  } finally {
    db.close();
  }
}

// Requests come one at a time (the caller sends the next only after the answer), each run to its end.
parentPort?.on('message', (req: ReadRequest) => {
  void runRead(req).then(({ reply, transfer }) => {
    const message: ReadMessage = { ...reply, heapBytes: getHeapStatistics().used_heap_size };
    parentPort?.postMessage(message, transfer);
  });
});
