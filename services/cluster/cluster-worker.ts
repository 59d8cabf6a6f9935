import { parentPort, workerData } from 'node:worker_threads';
import { jsBackend } from '../../shared/cluster/backend';
import type { Matrix } from '../../shared/cluster/matrix';
import { executeTask, transferablesOf, type ClusterTask } from '../../shared/cluster/tasks';
import { createWasmBackend } from './wasm/wasm-backend';

/**
 * A clustering worker thread: holds a view of the matrix in shared memory and runs the tasks it is
 * sent, one at a time, answering with the task's id. k-means restarts run on the WebAssembly SIMD
 * backend (its own copy of the matrix; same bits as JavaScript) when it can start. Pure computation
 * only: no database, no files, so the thread can be terminated at any moment to cancel.
 */
export interface ClusterWorkerData {
  buffer: SharedArrayBuffer;
  rows: number;
  cols: number;
}

export type ClusterWorkerRequest = { id: number; task: ClusterTask };
export type ClusterWorkerReply = { id: number; ok: true; result: unknown } | { id: number; ok: false; name: string; message: string };

const input = workerData as ClusterWorkerData;
const shared: Matrix = { data: new Float64Array(input.buffer), rows: input.rows, cols: input.cols };
// Tasks wait for the backend; they arrive in order and `then` callbacks run in that order.
const ready = createWasmBackend(shared);

parentPort?.on('message', (msg: ClusterWorkerRequest) => {
  void ready.then((wasm) => {
    try {
      const result = wasm ? executeTask(wasm.matrix, msg.task, wasm) : executeTask(shared, msg.task, jsBackend);
      const reply: ClusterWorkerReply = { id: msg.id, ok: true, result };
      parentPort?.postMessage(reply, transferablesOf(result));
    } catch (err) {
      const reply: ClusterWorkerReply = { id: msg.id, ok: false, name: (err as Error).name, message: (err as Error).message };
      parentPort?.postMessage(reply);
    }
  });
});
