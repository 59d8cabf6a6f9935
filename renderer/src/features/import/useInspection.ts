import { useCallback, useRef, useState } from 'react';
import type { RequestOf } from '../../../../shared/api/contract';
import type { InspectResult } from '../../../../shared/api/contract-import';
import type { ApiError, Result } from '../../../../shared/api/result';
import { useApi } from '../../api/ApiContext';

export type InspectRequest = RequestOf<'datasets:inspect'>;

export interface Inspection {
  result: InspectResult | null;
  error: ApiError | null;
  loading: boolean;
  /** Inspects the file with these options; resolves to null when a newer call superseded this one. */
  inspect: (request: InspectRequest) => Promise<Result<InspectResult> | null>;
  clear: () => void;
  /** Forgets the last error (when the user moves to another step). */
  dismissError: () => void;
}

/**
 * `datasets:inspect` called on demand (choosing a file, a sheet, a header row, a mapping). Not
 * `useApiQuery`: the request holds the whole uploaded file, which should not be serialised on every
 * render to compare requests. A late answer to an older call is dropped.
 */
export function useInspection(): Inspection {
  const api = useApi();
  const latest = useRef(0);
  const [state, setState] = useState<{ result: InspectResult | null; error: ApiError | null; loading: boolean }>({
    result: null,
    error: null,
    loading: false,
  });

  const inspect = useCallback(
    async (request: InspectRequest) => {
      const ticket = ++latest.current;
      setState((s) => ({ ...s, error: null, loading: true }));
      const result = await api.invoke('datasets:inspect', request);
      if (ticket !== latest.current) return null;
      if (result.ok) setState({ result: result.data, error: null, loading: false });
      else setState((s) => ({ ...s, error: result.error, loading: false }));
      return result;
    },
    [api],
  );

  const clear = useCallback(() => {
    latest.current += 1;
    setState({ result: null, error: null, loading: false });
  }, []);

  const dismissError = useCallback(() => setState((s) => (s.error ? { ...s, error: null } : s)), []);

  return { ...state, inspect, clear, dismissError };
}
