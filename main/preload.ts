import { contextBridge, ipcRenderer } from 'electron';
import { contract } from '../shared/api/contract';

const channels = new Set(Object.keys(contract));
const events = new Set(['job:progress']);

/**
 * The page's only door to the app: `invoke` for the contract's channels and `on` for its events.
 * Nothing else of Electron or Node is exposed.
 */
contextBridge.exposeInMainWorld('petaApi', {
  invoke: (channel: string, request: unknown) => {
    if (!channels.has(channel)) return Promise.resolve({ ok: false, error: { code: 'NOT_FOUND', message: `Kanal tidak dikenal: ${channel}` } });
    return ipcRenderer.invoke(`api:${channel}`, request);
  },
  on: (event: string, listener: (payload: unknown) => void) => {
    if (!events.has(event)) return () => undefined;
    const wrapped = (_e: unknown, payload: unknown) => listener(payload);
    ipcRenderer.on(`event:${event}`, wrapped);
    return () => ipcRenderer.removeListener(`event:${event}`, wrapped);
  },
});
