import { useCallback, useEffect, useRef, useState } from 'react';
import type { Channel, RequestOf, ResponseOf } from '../../../shared/api/contract';
import type { JobProgress } from '../../../shared/api/events';
import type { ApiError } from '../../../shared/api/result';
import { useApi } from './ApiContext';

/** The channels whose request takes a client-chosen `jobId` (progress events, cancel). */
export type JobChannel = { [C in Channel]: 'jobId' extends keyof RequestOf<C> ? C : never }[Channel];

export interface Job<C extends JobChannel> {
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

/** A job id the services have not seen: the job's progress events and its cancel carry it. */
function newJobId(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * A channel call run as a job with a client-chosen id: `job:progress` events for that id arrive while
 * the call is pending, and `jobs:cancel` stops it (the call then fails with code CANCELLED and the
 * services keep nothing). With `abandonOnUnmount`, leaving the screen cancels a running job and drops
 * its answer (nobody would see it); without, the job runs on and `start` still resolves to its answer.
 */
export function useJob<C extends JobChannel>(channel: C, { idPrefix, abandonOnUnmount = false }: {
  /** Starts each job id, e.g. `impor`, so the services' logs say what the job was. */
  idPrefix: string;
  abandonOnUnmount?: boolean;
}): Job<C> {
  const api = useApi();
  const jobId = useRef<string | null>(null);
  const mounted = useRef(true);
  const [running, setRunning] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      const id = jobId.current;
      if (abandonOnUnmount && id !== null) void api.invoke('jobs:cancel', { jobId: id });
    };
  }, [api, abandonOnUnmount]);

  const start = useCallback(
    async (request: Omit<RequestOf<C>, 'jobId'>) => {
      const id = newJobId(idPrefix);
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
        if (abandonOnUnmount && !mounted.current) return null;
        if (!result.ok) {
          if (mounted.current) setError(result.error);
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
    [api, channel, idPrefix, abandonOnUnmount],
  );

  const cancel = useCallback(async () => {
    const id = jobId.current;
    if (id === null) return;
    setCancelling(true);
    // A cancel can overtake the request itself (e.g. a large upload is still arriving, so the services
    // do not know the job yet): ask again until they do, or until the job has ended.
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
