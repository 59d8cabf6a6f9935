import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { WorkerOptions } from 'node:worker_threads';

/**
 * Where to start a worker from, given its path under services/ without extension
 * (e.g. `import/import-worker`). From source (CLI, tests, browser mode) the `.ts` file runs through tsx;
 * in the Electron bundle (PETA_WORKERS_DIR set by main/index.ts) scripts/build-main.mjs bundled it to
 * `import-import-worker.cjs`. Resolved lazily: the bundle has no import.meta.url.
 */
export function resolveWorkerEntry(pathUnderServices: string): { entry: string; options: Pick<WorkerOptions, 'execArgv'> } {
  const dir = process.env.PETA_WORKERS_DIR;
  if (dir) {
    const bundled = join(dir, `${pathUnderServices.replace(/[\\/]/g, '-')}.cjs`);
    if (existsSync(bundled)) return { entry: bundled, options: {} };
  }
  const servicesDir = join(dirname(fileURLToPath(import.meta.url)), '..');
  return { entry: join(servicesDir, `${pathUnderServices}.ts`), options: { execArgv: ['--import', 'tsx'] } };
}
