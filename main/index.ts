import { app, BrowserWindow } from 'electron';
import { join } from 'node:path';
import { createServiceApi } from '../services/handlers';
import { logError } from '../services/log';
import { registerIpc } from './ipc';
import { createMainWindow } from './window';

/**
 * Electron entry: a thin adapter. The services are the same plain Node modules the CLI and the browser
 * mode use; this file only wires lifecycle, the window and IPC.
 */
process.env.PETA_MIGRATIONS_DIR ??= join(__dirname, 'migrations');
process.env.PETA_WORKERS_DIR ??= join(__dirname, 'workers');
process.env.PETA_HOME ??= app.getPath('userData');

const api = createServiceApi('electron');
let mainWindow: BrowserWindow | null = null;

app.enableSandbox();
if (!app.requestSingleInstanceLock()) app.quit();

app.whenReady().then(async () => {
  registerIpc(api, () => mainWindow);
  const projectArg = process.argv.indexOf('--project');
  const opened = projectArg > 0 ? await api.call('projects:open', { path: process.argv[projectArg + 1] }) : await api.call('projects:openDemo', {});
  if (!opened.ok) logError('opening the start project', new Error(opened.error.message));
  mainWindow = createMainWindow(join(__dirname, '..', 'renderer'), join(__dirname, 'preload.cjs'));
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}).catch((err) => logError('startup', err));

app.on('web-contents-created', (_e, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault());
});
app.on('window-all-closed', () => {
  api.close();
  app.quit();
});
