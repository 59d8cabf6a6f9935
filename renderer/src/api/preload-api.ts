/**
 * What the Electron preload exposes as `window.petaApi` (contextBridge): only invoke and on.
 * Values cross the bridge as structured clones, so they are typed loosely here and narrowed by the
 * typed client in client.ts.
 */
export interface PetaPreloadApi {
  invoke(channel: string, request: unknown): Promise<unknown>;
  on(event: string, listener: (payload: unknown) => void): () => void;
}

declare global {
  interface Window {
    petaApi?: PetaPreloadApi;
  }
}
