import { app, BrowserWindow, dialog } from 'electron';
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

let mainWindow: BrowserWindow | null = null;
const api = createServiceApi('electron', {
  // The services ask, the shell shows the system dialog attached to the window.
  async choosePath(req) {
    const filters = req.extensions?.length ? [{ name: req.extensions.join(', ').toUpperCase(), extensions: req.extensions }] : [];
    if (req.kind === 'save') {
      const r = await dialog.showSaveDialog(mainWindow!, { title: req.title, defaultPath: req.defaultPath, filters });
      return r.canceled || !r.filePath ? null : r.filePath;
    }
    const r = await dialog.showOpenDialog(mainWindow!, { title: req.title, defaultPath: req.defaultPath, filters, properties: ['openFile'] });
    return r.canceled ? null : (r.filePaths[0] ?? null);
  },
});

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
