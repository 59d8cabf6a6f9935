import { BrowserWindow, shell } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The main window with Electron's secure defaults spelled out: context isolation, sandbox, no Node in
 * the page, navigation and new windows denied (links to the web open in the system browser).
 */
export function createMainWindow(rendererDir: string, preloadPath: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 1366,
    height: 800,
    title: 'Peta Potensi',
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  const indexUrl = pathToFileURL(join(rendererDir, 'index.html')).toString();
  win.webContents.on('will-navigate', (event, url) => {
    if (!url.startsWith(indexUrl)) event.preventDefault();
  });
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (url.startsWith('https://')) void shell.openExternal(url);
    return { action: 'deny' };
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(indexUrl);
  return win;
}
