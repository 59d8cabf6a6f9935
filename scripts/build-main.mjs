/**
 * Bundles the Electron adapter (main, preload, service workers) with esbuild into dist/main, and copies
 * the SQL migrations beside it. Dependencies stay external: electron-builder ships node_modules, with
 * better-sqlite3 rebuilt for Electron's ABI.
 */
import { build } from 'esbuild';
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const external = ['electron', ...Object.keys(pkg.dependencies ?? {})];

/** Worker entry points; found at run time by name in PETA_WORKERS_DIR (services/jobs/worker-script.ts). */
const WORKERS = [
  'services/import/import-worker.ts',
  'services/import/prepare-worker.ts',
  'services/cluster/cluster-worker.ts',
  'services/stats/classify-worker.ts',
  'services/jobs/read-worker.ts',
];

export async function buildMain() {
  const out = join(root, 'dist', 'main');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  // import.meta is empty in CommonJS; the services only read it when PETA_MIGRATIONS_DIR /
  // PETA_WORKERS_DIR are unset, and main/index.ts sets both.
  const common = {
    bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning',
    logOverride: { 'empty-import-meta': 'silent' },
  };
  await build({ ...common, entryPoints: [join(root, 'main', 'index.ts')], outfile: join(out, 'index.cjs'), external });
  // The sandboxed preload cannot require anything but electron: bundle all of it.
  await build({ ...common, entryPoints: [join(root, 'main', 'preload.ts')], outfile: join(out, 'preload.cjs'), external: ['electron'] });
  for (const worker of WORKERS) {
    await build({ ...common, entryPoints: [join(root, worker)], outfile: join(out, 'workers', `${basename(worker, '.ts')}.cjs`), external });
  }
  cpSync(join(root, 'services', 'db', 'migrations'), join(out, 'migrations'), { recursive: true, filter: (f) => !f.endsWith('.ts') });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  buildMain().then(() => process.stdout.write('dist/main siap\n'));
}
