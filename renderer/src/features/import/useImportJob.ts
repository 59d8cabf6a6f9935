import { useCallback, useRef, useState } from 'react';
import type { ImportOptions, ImportSummary } from '../../../../shared/api/contract-import';
import type { JobProgress } from '../../../../shared/api/events';
import type { ApiError } from '../../../../shared/api/result';
import { useApi } from '../../api/ApiContext';

export interface ImportJob {
  running: boolean;
  cancelling: boolean;
  /** The latest `job:progress` of the running import (null before the first one). */
  progress: JobProgress | null;
  error: ApiError | null;
  /** Runs the import; resolves to its summary, or null when it failed or was cancelled (see `error`). */
  start: (options: Omit<ImportOptions, 'jobId'>) => Promise<ImportSummary | null>;
  cancel: () => Promise<void>;
  clearError: () => void;
}

/** Pause between cancel requests while the services do not know the job yet (ms). */
const CANCEL_RETRY_MS = 200;

/** A job id the services have not seen: the import's progress events and its cancel carry it. */
function newJobId(): string {
  return `impor-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * `datasets:import` with a client-chosen job id: progress arrives as `job:progress` events for that id
 * while the call is pending; `jobs:cancel` stops it and the services roll the project back.
 */
export function useImportJob(): ImportJob {
  const api = useApi();
  const jobId = useRef<string | null>(null);
  const [running, setRunning] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const start = useCallback(
    async (options: Omit<ImportOptions, 'jobId'>) => {
      const id = newJobId();
      jobId.current = id;
      setRunning(true);
      setCancelling(false);
      setProgress(null);
      setError(null);
      // Subscribed before the call, so the first events are not missed.
      const off = api.on('job:progress', (p) => {
        if (p.jobId === id) setProgress(p);
      });
      try {
        const result = await api.invoke('datasets:import', { ...options, jobId: id });
        if (!result.ok) {
          setError(result.error);
          return null;
        }
        return result.data;
      } finally {
        off();
        jobId.current = null;
        setRunning(false);
        setCancelling(false);
      }
    },
    [api],
  );

  const cancel = useCallback(async () => {
    const id = jobId.current;
    if (id === null) return;
    setCancelling(true);
    // A cancel can overtake the import request itself (a large upload is still arriving, so the
    // services do not know the job yet): ask again until they do, or until the import has ended.
    while (jobId.current === id) {
      const result = await api.invoke('jobs:cancel', { jobId: id });
      if (!result.ok) {
        setError(result.error);
        return;
      }
      if (result.data.cancelled) return;
      await new Promise((resolve) => window.setTimeout(resolve, CANCEL_RETRY_MS));
    }
  }, [api]);

  const clearError = useCallback(() => setError(null), []);
  return { running, cancelling, progress, error, start, cancel, clearError };
}
