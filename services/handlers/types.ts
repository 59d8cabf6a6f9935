import type { Channel, Contract, ParsedRequestOf, ResponseOf } from '../../shared/api/contract';
import type { ApiEvents, EventName } from '../../shared/api/events';
import type { JobRegistry } from '../jobs/job-registry';
import type { Session } from '../project/session';

/** What only the desktop shell can do for the services (Electron's dialogs); absent elsewhere. */
export interface DesktopHost {
  choosePath(request: ParsedRequestOf<'dialog:choosePath'>): Promise<string | null>;
}

/** What every handler receives besides its validated request. */
export interface HandlerContext {
  host?: DesktopHost;
  session: Session;
  jobs: JobRegistry;
  emit<E extends EventName>(event: E, payload: ApiEvents[E]): void;
  mode: 'electron' | 'browser' | 'cli';
}

export type Handler<C extends Channel> = (req: ParsedRequestOf<C>, ctx: HandlerContext) => Promise<ResponseOf<C>> | ResponseOf<C>;

/** Handlers for a slice of the contract: a missing or misspelled handler is a compile error. */
export type HandlersFor<M extends Partial<Contract>> = { [C in keyof M & Channel]: Handler<C> };

/** The full handler map. */
export type Handlers = HandlersFor<Contract>;
