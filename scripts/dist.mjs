/**
 * `npm run dist`: builds the renderer and the Electron bundle, then the installers with electron-builder
 * (Windows NSIS + portable, Linux AppImage + deb). electron-builder rebuilds better-sqlite3 for
 * Electron inside node_modules; afterwards we rebuild it for Node again so `npm test` and the CLI keep
 * working — the two builds must never be mixed up.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { root } from './ensure-setup.mjs';
import { buildMain } from './build-main.mjs';

function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} gagal`);
}

// npm exports user config as npm_config_*; a `nodedir` there makes node-gyp build against Node's
// headers while labelling the result for Electron. Clear it for the Electron build.
const electronEnv = { npm_config_nodedir: '', NPM_CONFIG_NODEDIR: '' };
try {
  run(join(root, 'node_modules', '.bin', 'vite'), ['build', '--config', 'renderer/vite.config.ts']);
  await buildMain();
  run(join(root, 'node_modules', '.bin', 'electron-builder'), ['--config', 'electron-builder.yml', ...process.argv.slice(2)], electronEnv);
} finally {
  run('npm', ['rebuild', 'better-sqlite3']);
}
