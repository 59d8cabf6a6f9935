import { useCallback, useEffect, useRef, useState } from 'react';
import type { RequestOf, ResponseOf } from '../../../../shared/api/contract';
import type { JobProgress } from '../../../../shared/api/events';
import type { ApiError } from '../../../../shared/api/result';
import { useApi } from '../../api/ApiContext';

/** The clustering channels that run as jobs (progress events, cancel). */
export type ClusterJobChannel = 'cluster:sweep' | 'cluster:run';

export interface ClusterJob<C extends ClusterJobChannel> {
  running: boolean;
  cancelling: boolean;
  /** The latest `job:progress` of the running job (null before the first). */
  progress: JobProgress | null;
  error: ApiError | null;
  /** Runs the job; resolves to its answer, or null when it failed or was cancelled (see `error`). */
  start: (request: Omit<RequestOf<C>, 'jobId'>) => Promise<ResponseOf<C> | null>;
  cancel: () => Promise<void>;
  clearError: () => void;
}

/** Pause between cancel requests while the services do not know the job yet (ms). */
const CANCEL_RETRY_MS = 200;

function newJobId(channel: ClusterJobChannel): string {
  const kind = channel === 'cluster:sweep' ? 'pilih-k' : 'klaster';
  return `${kind}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * A clustering job with a client-chosen id (as the Impor screen does it): `job:progress` events for
 * that id while the call is pending, and `jobs:cancel`, which the services answer by stopping the
 * worker threads; the call then fails with code CANCELLED and nothing is stored.
 */
export function useClusterJob<C extends ClusterJobChannel>(channel: C): ClusterJob<C> {
  const api = useApi();
  const jobId = useRef<string | null>(null);
  const mounted = useRef(true);
  const [running, setRunning] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  // Leaving the screen cancels a running job: nobody would see its answer.
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      const id = jobId.current;
      if (id !== null) void api.invoke('jobs:cancel', { jobId: id });
    };
  }, [api]);

  const start = useCallback(
    async (request: Omit<RequestOf<C>, 'jobId'>) => {
      const id = newJobId(channel);
      jobId.current = id;
      setRunning(true);
      setCancelling(false);
      setProgress(null);
      setError(null);
      // Subscribed before the call, so the first events are not missed.
      const off = api.on('job:progress', (p) => {
        if (p.jobId === id && mounted.current) setProgress(p);
      });
      try {
        const result = await api.invoke(channel, { ...request, jobId: id } as RequestOf<C>);
        if (!mounted.current) return null;
        if (!result.ok) {
          setError(result.error);
          return null;
        }
        return result.data;
      } finally {
        off();
        if (jobId.current === id) jobId.current = null;
        if (mounted.current) {
          setRunning(false);
          setCancelling(false);
        }
      }
    },
    [api, channel],
  );

  const cancel = useCallback(async () => {
    const id = jobId.current;
    if (id === null) return;
    setCancelling(true);
    // The cancel can overtake the request itself: ask again until the services know the job or it has ended.
    while (jobId.current === id) {
      const result = await api.invoke('jobs:cancel', { jobId: id });
      if (!result.ok) {
        if (mounted.current) setError(result.error);
        return;
      }
      if (result.data.cancelled) return;
      await new Promise((resolve) => window.setTimeout(resolve, CANCEL_RETRY_MS));
    }
  }, [api]);

  const clearError = useCallback(() => setError(null), []);
  return { running, cancelling, progress, error, start, cancel, clearError };
}
