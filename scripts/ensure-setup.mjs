/**
 * Makes a fresh machine ready, using only Node built-ins (it runs before node_modules exists):
 * the npm packages (better-sqlite3 is built from source for Node's ABI), and on request the Debian
 * tools the tests compare against or drive (Chromium, scikit-learn, R).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} gagal (kode ${r.status ?? r.signal}).`);
}

/** Checks the Node version against package.json's engines range (20.19+ or 22). */
export function checkNode() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (!((major === 20 && minor >= 19) || major === 22)) {
    throw new Error(`Peta Potensi memerlukan Node.js 20.19+ atau 22 (terpasang: ${process.versions.node}).`);
  }
}

/** Installs npm packages when node_modules is missing or older than package-lock.json. */
export function ensureNodeModules() {
  const stamp = join(root, 'node_modules', '.package-lock.json');
  const lock = join(root, 'package-lock.json');
  if (existsSync(stamp) && (!existsSync(lock) || statSync(stamp).mtimeMs >= statSync(lock).mtimeMs)) return;
  process.stderr.write('Memasang paket npm (sekali saja; better-sqlite3 dibangun dari sumber, ±1-2 menit)…\n');
  // The Electron binary is fetched separately (and optionally): many office networks, and our build
  // machines, cannot download it, and the app then runs in browser mode.
  // `npm install`, not `npm ci`: npm 11 writes lock files without the other platforms' optional
  // packages (rollup's, esbuild's) and then refuses its own lock in `npm ci`. `install` keeps the
  // locked versions and fills those in. package.json's `allowScripts` lists the install scripts npm
  // may run (better-sqlite3's build, esbuild's binary); Electron's download is done by tryInstallElectron.
  run('npm', ['install', '--no-audit', '--no-fund'], { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' });
}

const TOOLS = [
  { name: 'Chromium (uji end-to-end)', pkg: 'chromium', present: () => existsSync('/usr/bin/chromium') },
  {
    name: 'scikit-learn (pembanding klaster)',
    pkg: 'python3-sklearn',
    present: () => spawnSync('/usr/bin/python3', ['-c', 'import sklearn'], { stdio: 'ignore' }).status === 0,
  },
  { name: 'R (pembanding statistik)', pkg: 'r-base-core', present: () => existsSync('/usr/bin/Rscript') },
];

/** Installs the Debian tools the test suite needs, when missing (as root via apt-get). */
export function ensureTestTools() {
  const missing = TOOLS.filter((t) => !t.present());
  if (missing.length === 0) return;
  const pkgs = missing.map((t) => t.pkg);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    throw new Error(`Uji memerlukan ${missing.map((t) => t.name).join(', ')}. Pasang dengan: sudo apt-get install -y ${pkgs.join(' ')}`);
  }
  process.stderr.write(`Memasang ${pkgs.join(', ')} dengan apt-get…\n`);
  run('apt-get', ['update', '-q']);
  run('apt-get', ['install', '-y', '-q', '--no-install-recommends', ...pkgs], { DEBIAN_FRONTEND: 'noninteractive' });
}

/** Tries to fetch the Electron binary; failure only means the browser mode is used. */
export function tryInstallElectron() {
  const installer = join(root, 'node_modules', 'electron', 'install.js');
  if (!existsSync(installer) || existsSync(join(root, 'node_modules', 'electron', 'dist'))) return;
  const r = spawnSync(process.execPath, [installer], { cwd: join(root, 'node_modules', 'electron'), stdio: 'ignore', timeout: 120_000 });
  if (r.status !== 0) process.stderr.write('Electron tidak dapat diunduh di jaringan ini; aplikasi berjalan dalam mode peramban.\n');
}
