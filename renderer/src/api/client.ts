import type { ApiClient, Channel, RequestOf, ResponseOf } from '../../../shared/api/contract';
import type { ApiEvents, EventName } from '../../../shared/api/events';
import type { ApiError, Result } from '../../../shared/api/result';
import type { PetaPreloadApi } from './preload-api';

/** Shown when the services cannot be reached at all (server stopped, IPC broken). */
export const UNREACHABLE_MESSAGE = 'Tidak dapat menghubungi layanan Peta Potensi.';
const TOKEN_KEY = 'peta.token';

function failInternal<T>(message: string): Result<T> {
  return { ok: false, error: { code: 'INTERNAL', message } };
}

/** Narrows an unknown reply to the Result envelope; anything else counts as unreachable. */
function toResult<T>(value: unknown): Result<T> {
  if (typeof value === 'object' && value !== null && 'ok' in value) {
    const v = value as { ok: unknown; data?: unknown; error?: unknown };
    if (v.ok === true) return { ok: true, data: v.data as T };
    if (v.ok === false && typeof v.error === 'object' && v.error !== null) {
      return { ok: false, error: v.error as ApiError };
    }
  }
  return failInternal(UNREACHABLE_MESSAGE);
}

/** The Electron transport: the preload's invoke/on over IPC. */
export function createElectronClient(bridge: PetaPreloadApi): ApiClient {
  return {
    async invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<Result<ResponseOf<C>>> {
      try {
        return toResult<ResponseOf<C>>(await bridge.invoke(channel, request));
      } catch {
        return failInternal(UNREACHABLE_MESSAGE);
      }
    },
    on<E extends EventName>(event: E, listener: (payload: ApiEvents[E]) => void): () => void {
      return bridge.on(event, (payload) => listener(payload as ApiEvents[E]));
    },
  };
}

/**
 * Reads the session token of the browser mode: from `?token=` on first load (then removed from the
 * address bar so it does not linger in history), afterwards from sessionStorage.
 */
export function readBrowserToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    window.sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return window.sessionStorage.getItem(TOKEN_KEY) ?? '';
}

/**
 * The browser transport: `POST /api/<channel>` with a JSON body and the `X-Peta-Token` header; events
 * from one shared EventSource at `/api/events`, where each SSE event name is the API event name.
 */
export function createHttpClient(token: string): ApiClient {
  let source: EventSource | null = null;
  let listeners = 0;

  return {
    async invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<Result<ResponseOf<C>>> {
      let response: Response;
      try {
        response = await fetch(`/api/${channel}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Peta-Token': token },
          body: JSON.stringify(request),
        });
      } catch {
        return failInternal(UNREACHABLE_MESSAGE);
      }
      try {
        return toResult<ResponseOf<C>>(await response.json());
      } catch {
        return failInternal(UNREACHABLE_MESSAGE);
      }
    },
    on<E extends EventName>(event: E, listener: (payload: ApiEvents[E]) => void): () => void {
      source ??= new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
      const current = source;
      listeners += 1;
      const handle = (message: MessageEvent<string>) => {
        try {
          listener(JSON.parse(message.data) as ApiEvents[E]);
        } catch {
          // A malformed event is dropped: progress is advisory, the job's result arrives by invoke.
        }
      };
      current.addEventListener(event, handle as EventListener);
      return () => {
        current.removeEventListener(event, handle as EventListener);
        listeners -= 1;
        if (listeners === 0 && source === current) {
          current.close();
          source = null;
        }
      };
    },
  };
}

/** Picks the transport: Electron when the preload exposed `window.petaApi`, HTTP otherwise. */
export function createApiClient(): ApiClient {
  if (window.petaApi) return createElectronClient(window.petaApi);
  return createHttpClient(readBrowserToken());
}
