import type { z } from 'zod';
import { projectChannels } from './contract-projects';
import { dataChannels } from './contract-data';
import { importChannels } from './contract-import';
import { statsChannels } from './contract-stats';
import { clusterChannels } from './contract-cluster';
import type { Result } from './result';

/**
 * The one source of truth for the API: channel -> { request schema, response type }. Electron IPC,
 * the loopback HTTP transport, the CLI and the renderer's client are all typed from this map.
 */
export const contract = {
  ...projectChannels,
  ...dataChannels,
  ...importChannels,
  ...statsChannels,
  ...clusterChannels,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type RequestOf<C extends Channel> = z.input<Contract[C]['request']>;
export type ParsedRequestOf<C extends Channel> = z.output<Contract[C]['request']>;
export type ResponseOf<C extends Channel> = Contract[C]['response'];

/** The typed client both transports implement for the renderer. */
export interface ApiClient {
  invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<Result<ResponseOf<C>>>;
  on<E extends import('./events').EventName>(
    event: E,
    listener: (payload: import('./events').ApiEvents[E]) => void,
  ): () => void;
}

/** True when a string names a channel of the contract. */
export function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
