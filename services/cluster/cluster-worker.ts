import { parentPort, workerData } from 'node:worker_threads';
import type { Matrix } from '../../shared/cluster/matrix';
import { executeTask, transferablesOf, type ClusterTask } from '../../shared/cluster/tasks';

/**
 * A clustering worker thread: holds a view of the matrix in shared memory (no copy per worker) and
 * runs the tasks it is sent, one at a time, answering with the task's id. Pure computation only: no
 * database, no files, so the thread can be terminated at any moment to cancel.
 */
export interface ClusterWorkerData {
  buffer: SharedArrayBuffer;
  rows: number;
  cols: number;
}

export type ClusterWorkerRequest = { id: number; task: ClusterTask };
export type ClusterWorkerReply = { id: number; ok: true; result: unknown } | { id: number; ok: false; name: string; message: string };

const input = workerData as ClusterWorkerData;
const matrix: Matrix = { data: new Float64Array(input.buffer), rows: input.rows, cols: input.cols };

parentPort?.on('message', (msg: ClusterWorkerRequest) => {
  try {
    const result = executeTask(matrix, msg.task);
    const reply: ClusterWorkerReply = { id: msg.id, ok: true, result };
    parentPort?.postMessage(reply, transferablesOf(result));
  } catch (err) {
    const reply: ClusterWorkerReply = { id: msg.id, ok: false, name: (err as Error).name, message: (err as Error).message };
    parentPort?.postMessage(reply);
  }
});
