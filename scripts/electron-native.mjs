/**
 * For `npm start` with Electron during development: builds better-sqlite3 for Electron's ABI into
 * build/electron-native/ (a copy of the package), leaving node_modules' Node build untouched. The
 * services pass that file as better-sqlite3's `nativeBinding` when running inside Electron.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './ensure-setup.mjs';

export function buildElectronNative() {
  const outFile = join(root, 'build', 'electron-native', 'better_sqlite3.node');
  if (existsSync(outFile)) return outFile;
  const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
  const work = join(root, 'build', 'electron-native', 'better-sqlite3');
  mkdirSync(work, { recursive: true });
  cpSync(join(root, 'node_modules', 'better-sqlite3'), work, { recursive: true, filter: (f) => !f.includes(`${join('better-sqlite3', 'build')}`) });
  const gyp = join(root, 'node_modules', '.bin', 'node-gyp');
  const r = spawnSync(gyp, ['rebuild', '--release', '--runtime=electron', `--target=${electronVersion}`, '--dist-url=https://electronjs.org/headers'], {
    cwd: work,
    stdio: 'inherit',
    env: { ...process.env, npm_config_nodedir: '', NPM_CONFIG_NODEDIR: '' },
  });
  if (r.status !== 0) throw new Error('Gagal membangun better-sqlite3 untuk Electron.');
  copyFileSync(join(work, 'build', 'Release', 'better_sqlite3.node'), outFile);
  return outFile;
}
