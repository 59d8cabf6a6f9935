import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type Transferable } from 'node:worker_threads';

/** A compiled worker file, or (for the `.ts` source) a bootstrap that registers tsx and imports it. */
type WorkerScript = { kind: 'file'; url: URL } | { kind: 'eval'; code: string };

const resolved = new Map<string, WorkerScript | null>();

/**
 * The script of a worker of this folder (`import-worker`, `prepare-worker`): a compiled `.js`/`.cjs`/`.mjs`
 * next to this module or in the folder named by PETA_WORKER_DIR, or the `.ts` source run through tsx (CLI,
 * tests, browser mode). Null when neither exists (e.g. a bundle without worker entries): callers then do the
 * work on their own thread.
 */
function resolveWorkerScript(name: string): WorkerScript | null {
  const dirs: string[] = [];
  if (process.env.PETA_WORKER_DIR) dirs.push(pathToFileURL(`${process.env.PETA_WORKER_DIR}/`).href);
  let here = '';
  try {
    here = import.meta.url ?? '';
  } catch {
    here = '';
  }
  if (here.startsWith('file:')) dirs.push(here);
  for (const base of dirs) {
    for (const ext of ['.js', '.cjs', '.mjs']) {
      const url = new URL(`./${name}${ext}`, base);
      if (existsSync(fileURLToPath(url))) return { kind: 'file', url };
    }
  }
  if (!here.startsWith('file:')) return null;
  const ts = new URL(`./${name}.ts`, here);
  if (!existsSync(fileURLToPath(ts))) return null;
  try {
    // Node 20 resolves a worker's entry before `--import` hooks apply, so the bootstrap registers tsx's
    // ESM hooks itself and then imports the TypeScript worker.
    const api = join(dirname(createRequire(here).resolve('tsx/package.json')), 'dist', 'esm', 'api', 'index.mjs');
    if (!existsSync(api)) return null;
    return { kind: 'eval', code: `import(${JSON.stringify(pathToFileURL(api).href)}).then((m) => { m.register(); return import(${JSON.stringify(ts.href)}); });` };
  } catch {
    return null;
  }
}

function scriptOf(name: string): WorkerScript | null {
  if (!resolved.has(name)) resolved.set(name, resolveWorkerScript(name));
  return resolved.get(name) ?? null;
}

/** True when the named worker can be started here. */
export function workerAvailable(name: string): boolean {
  return scriptOf(name) !== null;
}

/**
 * Starts the named worker with its data (transferring the given buffers). `maxHeapMb` caps its old
 * generation: V8 otherwise lets a busy worker's garbage grow for a long time before a full collection.
 */
export function startWorker(name: string, workerData: unknown, transferList: Transferable[] = [], maxHeapMb?: number): Worker {
  const script = scriptOf(name);
  if (!script) throw new Error(`worker ${name} unavailable`);
  const resourceLimits = maxHeapMb === undefined ? undefined : { maxOldGenerationSizeMb: maxHeapMb };
  return script.kind === 'file'
    ? new Worker(script.url, { workerData, transferList, resourceLimits })
    : new Worker(script.code, { eval: true, workerData, transferList, resourceLimits });
}
