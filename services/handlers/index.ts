import { contract, isChannel, type Channel, type ResponseOf } from '../../shared/api/contract';
import type { ApiEvents, EventName } from '../../shared/api/events';
import { AppError, fail, succeed, type Result } from '../../shared/api/result';
import { JobRegistry } from '../jobs/job-registry';
import { Session } from '../project/session';
import { logError } from '../log';
import { clusterHandlers } from './cluster-handlers';
import { dataHandlers } from './data-handlers';
import { importHandlers } from './import-handlers';
import { projectHandlers } from './project-handlers';
import { statsHandlers } from './stats-handlers';
import type { DesktopHost, HandlerContext, Handlers } from './types';

/** Every channel's handler; typed against the contract, so a missing one does not compile. */
export const handlers: Handlers = {
  ...projectHandlers,
  ...dataHandlers,
  ...importHandlers,
  ...statsHandlers,
  ...clusterHandlers,
};

type Listener<E extends EventName> = (payload: ApiEvents[E]) => void;

/** The API as one object: each transport (IPC, HTTP, CLI) only moves requests and results. */
export interface ServiceApi {
  invoke(channel: string, request: unknown): Promise<Result<unknown>>;
  call<C extends Channel>(channel: C, request: unknown): Promise<Result<ResponseOf<C>>>;
  on<E extends EventName>(event: E, listener: Listener<E>): () => void;
  session: Session;
  close(): void;
}

/** Creates the services for one running app: one session, one job registry, one event bus. */
export function createServiceApi(mode: HandlerContext['mode'], host?: DesktopHost): ServiceApi {
  const listeners = new Map<EventName, Set<Listener<EventName>>>();
  const emit = <E extends EventName>(event: E, payload: ApiEvents[E]) => {
    for (const l of listeners.get(event) ?? []) l(payload);
  };
  const session = new Session();
  const jobs = new JobRegistry((p) => emit('job:progress', p));
  const ctx: HandlerContext = { session, jobs, emit, mode, host };

  const invoke = async (channel: string, request: unknown): Promise<Result<unknown>> => {
    if (!isChannel(channel)) return fail('NOT_FOUND', `Kanal API tidak dikenal: ${channel}`);
    const parsed = contract[channel].request.safeParse(request ?? {});
    if (!parsed.success) {
      const details = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
      return fail('VALIDATION', `Permintaan tidak sah untuk ${channel}: ${details.map((d) => `${d.path || '(isi)'} ${d.message}`).join('; ')}`, details);
    }
    try {
      const handler = handlers[channel] as (req: unknown, c: HandlerContext) => unknown;
      return succeed(await handler(parsed.data, ctx));
    } catch (err) {
      if (err instanceof AppError) return fail(err.code, err.message, err.details);
      logError(`handler ${channel} failed`, err);
      return fail('INTERNAL', 'Terjadi kesalahan internal. Rincian teknis dicatat di log aplikasi.');
    }
  };

  return {
    invoke,
    call: (channel, request) => invoke(channel, request) as never,
    on: (event, listener) => {
      const set = listeners.get(event) ?? new Set();
      set.add(listener as Listener<EventName>);
      listeners.set(event, set);
      return () => set.delete(listener as Listener<EventName>);
    },
    session,
    close: () => session.close(),
  };
}
