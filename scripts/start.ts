/**
 * `npm start`: the desktop app when Electron is installed, otherwise the browser mode (the same UI and
 * API on 127.0.0.1 behind a per-run token). Options: --browser (force browser mode), --port N,
 * --project FILE (open it instead of the demo), --no-build (use the existing renderer build).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createServiceApi } from '../services/handlers';
import { startBrowserServer } from '../services/http/server';
import { buildRendererIfStale, repoRoot } from './renderer-build';

const { values } = parseArgs({
  options: { browser: { type: 'boolean' }, port: { type: 'string' }, project: { type: 'string' }, 'no-build': { type: 'boolean' } },
});

/** The Electron binary's path, or null when the package or its binary is missing (as on our build machines). */
function findElectron(): string | null {
  try {
    const bin = createRequire(import.meta.url)('electron') as unknown;
    return typeof bin === 'string' && existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}

async function startBrowserMode(): Promise<void> {
  const api = createServiceApi('browser');
  if (values.project) {
    const r = await api.call('projects:open', { path: values.project });
    if (!r.ok) throw new Error(r.error.message);
  } else {
    process.stderr.write('Menyiapkan proyek demo (data sintetis)…\n');
    const r = await api.call('projects:openDemo', {});
    if (!r.ok) throw new Error(r.error.message);
  }
  const srv = await startBrowserServer(api, { port: values.port ? Number(values.port) : 0, staticRoot: join(repoRoot, 'dist', 'renderer') });
  process.stdout.write(`Peta Potensi: ${srv.url}\n`);
  const stop = () => {
    srv.close().finally(() => {
      api.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

async function main(): Promise<void> {
  if (!values['no-build']) await buildRendererIfStale();
  const electron = values.browser ? null : findElectron();
  if (!electron) {
    if (!values.browser) process.stderr.write('Electron tidak tersedia di komputer ini; menjalankan mode peramban.\n');
    return startBrowserMode();
  }
  const { buildMain } = await import('./build-main.mjs');
  const { buildElectronNative } = await import('./electron-native.mjs');
  await buildMain();
  const nativeBinding = buildElectronNative();
  const child = spawn(electron, [join(repoRoot, 'dist', 'main', 'index.cjs'), ...(values.project ? ['--project', values.project] : [])], {
    stdio: 'inherit',
    env: { ...process.env, PETA_ELECTRON_NATIVE_BINDING: nativeBinding },
  });
  child.on('exit', (code) => process.exit(code ?? 0));
}

main().catch((err) => {
  process.stderr.write(`Galat: ${(err as Error).message}\n`);
  process.exit(1);
});
