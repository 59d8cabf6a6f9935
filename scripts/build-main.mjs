/**
 * Bundles the Electron adapter (main, preload, service workers) with esbuild into dist/main, and copies
 * the SQL migrations beside it. Dependencies stay external: electron-builder ships node_modules, with
 * better-sqlite3 rebuilt for Electron's ABI.
 */
import { build } from 'esbuild';
import { cpSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const external = ['electron', ...Object.keys(pkg.dependencies ?? {})];

function findWorkers(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return findWorkers(p);
    return /-worker\.ts$/.test(name) ? [p] : [];
  });
}

export async function buildMain() {
  const out = join(root, 'dist', 'main');
  mkdirSync(out, { recursive: true });
  const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning' };
  await build({ ...common, entryPoints: [join(root, 'main', 'index.ts')], outfile: join(out, 'index.cjs'), external });
  // The sandboxed preload cannot require anything but electron: bundle all of it.
  await build({ ...common, entryPoints: [join(root, 'main', 'preload.ts')], outfile: join(out, 'preload.cjs'), external: ['electron'] });
  for (const worker of findWorkers(join(root, 'services'))) {
    const name = relative(join(root, 'services'), worker).replace(/[\\/]/g, '-').replace(/\.ts$/, '.cjs');
    await build({ ...common, entryPoints: [worker], outfile: join(out, 'workers', name), external });
  }
  cpSync(join(root, 'services', 'db', 'migrations'), join(out, 'migrations'), { recursive: true, filter: (f) => !f.endsWith('.ts') });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  buildMain().then(() => process.stdout.write('dist/main siap\n'));
}
