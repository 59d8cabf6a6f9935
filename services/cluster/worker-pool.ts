import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { Executor } from '../../shared/cluster/engine';
import type { Matrix } from '../../shared/cluster/matrix';
import type { ClusterTask, TaskOutcome } from '../../shared/cluster/tasks';
import type { ClusterWorkerData, ClusterWorkerReply } from './cluster-worker';
import { startClusterWorker } from './worker-script';

/** Thrown into pending tasks when the pool is closed (cancel) before they finished. */
export class PoolClosed extends Error {
  constructor() {
    super('Kumpulan pekerja klaster ditutup.');
    this.name = 'PoolClosed';
  }
}

/** Worker threads to use: PETA_CLUSTER_WORKERS, else the cores available (at most 4). */
export function defaultWorkerCount(): number {
  const fromEnv = Number(process.env.PETA_CLUSTER_WORKERS);
  if (Number.isInteger(fromEnv) && fromEnv >= 1) return Math.min(fromEnv, 16);
  return Math.max(1, Math.min(availableParallelism(), 4));
}

/**
 * A pool of clustering worker threads sharing one copy of the matrix (SharedArrayBuffer). Tasks queue
 * and go to the next idle worker; `close()` terminates every thread at once (this is how a job is
 * cancelled mid-restart) and rejects what was pending.
 */
export class ClusterPool implements Executor {
  readonly parallelism: number;
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: Array<{ id: number; task: ClusterTask }> = [];
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private nextId = 1;
  private closed = false;

  constructor(matrix: Matrix, size = defaultWorkerCount()) {
    const buffer = new SharedArrayBuffer(matrix.data.byteLength);
    new Float64Array(buffer).set(matrix.data);
    const workerData: ClusterWorkerData = { buffer, rows: matrix.rows, cols: matrix.cols };
    this.parallelism = size;
    for (let i = 0; i < size; i++) {
      const w = startClusterWorker({ workerData });
      w.on('message', (reply: ClusterWorkerReply) => this.onReply(w, reply));
      w.on('error', (err) => this.failAll(err));
      w.on('exit', (code) => {
        if (!this.closed) this.failAll(new Error(`Pekerja klaster berhenti tak terduga (kode ${code}).`));
      });
      this.workers.push(w);
      this.idle.push(w);
    }
  }

  run<T extends ClusterTask>(task: T): Promise<TaskOutcome<T>> {
    if (this.closed) return Promise.reject(new PoolClosed());
    const id = this.nextId++;
    return new Promise<TaskOutcome<T>>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.queue.push({ id, task });
      this.dispatch();
    });
  }

  /** Terminates every worker; pending tasks reject with PoolClosed. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const p of this.pending.values()) p.reject(new PoolClosed());
    this.pending.clear();
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const w = this.idle.pop() as Worker;
      w.postMessage(this.queue.shift());
    }
  }

  private onReply(w: Worker, reply: ClusterWorkerReply): void {
    const p = this.pending.get(reply.id);
    this.pending.delete(reply.id);
    this.idle.push(w);
    if (p) {
      if (reply.ok) p.resolve(reply.result);
      // A RangeError is a data problem (too few rows or distinct values), reported as such.
      else p.reject(reply.name === 'RangeError' ? new RangeError(reply.message) : new Error(reply.message));
    }
    this.dispatch();
  }

  private failAll(err: Error): void {
    if (this.closed) return;
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
    void this.close();
  }
}
