import { createContext, useContext, type ReactNode } from 'react';
import type { ApiClient } from '../../../shared/api/contract';

const ApiContext = createContext<ApiClient | null>(null);

/** Makes the typed API client available to every screen. */
export function ApiProvider({ client, children }: { client: ApiClient; children: ReactNode }) {
  return <ApiContext.Provider value={client}>{children}</ApiContext.Provider>;
}

/** The typed API client of the running app. */
export function useApi(): ApiClient {
  const client = useContext(ApiContext);
  if (!client) throw new Error('useApi dipakai di luar ApiProvider');
  return client;
}
