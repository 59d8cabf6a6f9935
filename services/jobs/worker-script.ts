import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/** A compiled worker file, or (for the `.ts` source) a bootstrap that registers tsx and imports it. */
export type WorkerScript = { kind: 'file'; url: URL } | { kind: 'eval'; code: string };

/**
 * Finds the script of worker `name` (e.g. `import-worker`) that lives beside the module at `moduleUrl`:
 * 1. the bundled `<name>.cjs` in PETA_WORKERS_DIR (the Electron build: scripts/build-main.mjs writes
 *    them there and main/index.ts sets the variable — the bundle has no import.meta.url);
 * 2. a compiled `.js`/`.cjs`/`.mjs` beside the module;
 * 3. the `.ts` source through tsx (CLI, tests, browser mode). Node 20 resolves a worker's entry before
 *    `--import` hooks apply, so a small bootstrap registers tsx's ESM hooks and then imports the worker.
 * Null when none exists: callers then do the work on their own thread.
 */
export function resolveWorkerScript(moduleUrl: string | undefined, name: string): WorkerScript | null {
  const bundleDir = process.env.PETA_WORKERS_DIR;
  if (bundleDir) {
    const file = join(bundleDir, `${name}.cjs`);
    if (existsSync(file)) return { kind: 'file', url: pathToFileURL(file) };
  }
  if (!moduleUrl || !moduleUrl.startsWith('file:')) return null;
  for (const ext of ['.js', '.cjs', '.mjs']) {
    const url = new URL(`./${name}${ext}`, moduleUrl);
    if (existsSync(fileURLToPath(url))) return { kind: 'file', url };
  }
  const ts = new URL(`./${name}.ts`, moduleUrl);
  if (!existsSync(fileURLToPath(ts))) return null;
  try {
    const api = join(dirname(createRequire(moduleUrl).resolve('tsx/package.json')), 'dist', 'esm', 'api', 'index.mjs');
    if (!existsSync(api)) return null;
    return { kind: 'eval', code: `import(${JSON.stringify(pathToFileURL(api).href)}).then((m) => { m.register(); return import(${JSON.stringify(ts.href)}); });` };
  } catch {
    return null;
  }
}

/** Starts a worker from a resolved script. */
export function startWorkerScript(script: WorkerScript, options: WorkerOptions): Worker {
  return script.kind === 'file' ? new Worker(script.url, options) : new Worker(script.code, { ...options, eval: true });
}

/** import.meta.url where it exists (ESM, tsx, vitest); undefined in the CommonJS Electron bundle. */
export function currentModuleUrl(read: () => string): string | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}
