import { ipcMain, type BrowserWindow } from 'electron';
import { contract } from '../shared/api/contract';
import type { ServiceApi } from '../services/handlers';

/**
 * One IPC channel per API method (`api:<channel>`), each answering with the Result envelope; events go to
 * the window as `event:<name>`. Requests are validated by the services' dispatcher, as for HTTP.
 */
export function registerIpc(api: ServiceApi, getWindow: () => BrowserWindow | null): void {
  for (const channel of Object.keys(contract)) {
    ipcMain.handle(`api:${channel}`, (_event, request: unknown) => api.invoke(channel, request));
  }
  api.on('job:progress', (p) => getWindow()?.webContents.send('event:job:progress', p));
}
