import { useCallback, useEffect, useRef, useState } from 'react';
import type { Channel, RequestOf, ResponseOf } from '../../../shared/api/contract';
import type { ApiError } from '../../../shared/api/result';
import { useApi } from './ApiContext';

export interface QueryState<T> {
  data: T | null;
  error: ApiError | null;
  loading: boolean;
  reload: () => void;
}

/**
 * Calls a channel whenever its request changes (compared by value) and keeps the latest answer.
 * Answers to superseded requests are dropped, so a slow old reply never overwrites a newer one.
 * Pass `null` as the request to skip the call (e.g. no round chosen yet).
 */
export function useApiQuery<C extends Channel>(channel: C, request: RequestOf<C> | null): QueryState<ResponseOf<C>> {
  const api = useApi();
  const [state, setState] = useState<{ data: ResponseOf<C> | null; error: ApiError | null; loading: boolean }>({
    data: null,
    error: null,
    loading: request !== null,
  });
  const [reloadCount, setReloadCount] = useState(0);
  const latest = useRef(0);
  const key = request === null ? null : JSON.stringify(request);

  useEffect(() => {
    if (key === null) {
      setState({ data: null, error: null, loading: false });
      return;
    }
    const ticket = ++latest.current;
    setState((previous) => ({ ...previous, loading: true }));
    void api.invoke(channel, JSON.parse(key) as RequestOf<C>).then((result) => {
      if (ticket !== latest.current) return;
      if (result.ok) setState({ data: result.data, error: null, loading: false });
      else setState({ data: null, error: result.error, loading: false });
    });
  }, [api, channel, key, reloadCount]);

  const reload = useCallback(() => setReloadCount((n) => n + 1), []);
  return { ...state, reload };
}
