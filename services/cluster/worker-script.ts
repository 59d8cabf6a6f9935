import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/** A compiled worker file, or (for the `.ts` source) a bootstrap that registers tsx and imports it. */
type WorkerScript = { kind: 'file'; url: URL } | { kind: 'eval'; code: string };

let cached: WorkerScript | null | undefined;

/**
 * The clustering worker's script: PETA_CLUSTER_WORKER, a compiled `cluster-worker.js/.cjs/.mjs` next to
 * this module, or the `.ts` source through tsx (CLI, tests, browser mode). Node 20 resolves a worker's
 * entry before `--import` hooks apply, so for the source a small bootstrap registers tsx's ESM hooks
 * itself and then imports the worker (the same approach as the import worker). Null when none exists.
 */
function resolveScript(): WorkerScript | null {
  const fromEnv = process.env.PETA_CLUSTER_WORKER;
  if (fromEnv && existsSync(fromEnv)) return { kind: 'file', url: pathToFileURL(fromEnv) };
  let here: string;
  try {
    here = import.meta.url;
  } catch {
    return null;
  }
  if (!here || !here.startsWith('file:')) return null;
  for (const name of ['cluster-worker.js', 'cluster-worker.cjs', 'cluster-worker.mjs']) {
    const url = new URL(`./${name}`, here);
    if (existsSync(fileURLToPath(url))) return { kind: 'file', url };
  }
  const ts = new URL('./cluster-worker.ts', here);
  if (!existsSync(fileURLToPath(ts))) return null;
  try {
    const api = join(dirname(createRequire(here).resolve('tsx/package.json')), 'dist', 'esm', 'api', 'index.mjs');
    if (!existsSync(api)) return null;
    const code = `import(${JSON.stringify(pathToFileURL(api).href)}).then((m) => { m.register(); return import(${JSON.stringify(ts.href)}); });`;
    return { kind: 'eval', code };
  } catch {
    return null;
  }
}

/** True when clustering can run in worker threads here (otherwise it runs on the calling thread). */
export function clusterWorkerAvailable(): boolean {
  if (cached === undefined) cached = resolveScript();
  return cached !== null;
}

/** Starts one clustering worker thread. */
export function startClusterWorker(options: Pick<WorkerOptions, 'workerData'>): Worker {
  if (!clusterWorkerAvailable() || !cached) throw new Error('cluster worker unavailable');
  return cached.kind === 'file'
    ? new Worker(cached.url, { workerData: options.workerData })
    : new Worker(cached.code, { eval: true, workerData: options.workerData });
}
