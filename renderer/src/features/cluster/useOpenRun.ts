import { useCallback, useState } from 'react';
import type { ClusterRunDetail } from '../../../../shared/api/contract-cluster';
import type { ApiError } from '../../../../shared/api/result';
import { useApi } from '../../api/ApiContext';

export interface OpenRun {
  /** The run on screen (just computed or reopened from the project), or null. */
  run: ClusterRunDetail | null;
  error: ApiError | null;
  loading: boolean;
  show: (run: ClusterRunDetail) => void;
  open: (runId: number) => Promise<boolean>;
  renameCluster: (cluster: number, label: string) => Promise<boolean>;
  renameRun: (name: string) => Promise<boolean>;
  remove: (runId: number) => Promise<boolean>;
  clearError: () => void;
}

/**
 * The run shown on the Klaster screen and what can be done to stored runs: reopen (`cluster:get`),
 * rename the run or one of its clusters (`cluster:rename`, stored in the project at once), delete.
 * `onStoredChange` is called after anything that changes the list of saved runs.
 */
export function useOpenRun(onStoredChange: () => void): OpenRun {
  const api = useApi();
  const [run, setRun] = useState<ClusterRunDetail | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(false);

  const open = useCallback(async (runId: number) => {
    setLoading(true);
    setError(null);
    const result = await api.invoke('cluster:get', { runId });
    setLoading(false);
    if (!result.ok) {
      setError(result.error);
      return false;
    }
    setRun(result.data);
    return true;
  }, [api]);

  const rename = useCallback(async (request: { runId: number; name?: string; labels?: Array<{ cluster: number; label: string }> }) => {
    setError(null);
    const result = await api.invoke('cluster:rename', request);
    if (!result.ok) {
      setError(result.error);
      return false;
    }
    setRun(result.data);
    onStoredChange();
    return true;
  }, [api, onStoredChange]);

  const renameCluster = useCallback(
    (cluster: number, label: string) => (run ? rename({ runId: run.run_id, labels: [{ cluster, label }] }) : Promise.resolve(false)),
    [rename, run],
  );
  const renameRun = useCallback((name: string) => (run ? rename({ runId: run.run_id, name }) : Promise.resolve(false)), [rename, run]);

  const remove = useCallback(async (runId: number) => {
    setError(null);
    const result = await api.invoke('cluster:delete', { runId });
    if (!result.ok) {
      setError(result.error);
      return false;
    }
    setRun((current) => (current?.run_id === runId ? null : current));
    onStoredChange();
    return true;
  }, [api, onStoredChange]);

  const show = useCallback((next: ClusterRunDetail) => {
    setError(null);
    setRun(next);
  }, []);
  const clearError = useCallback(() => setError(null), []);
  return { run, error, loading, show, open, renameCluster, renameRun, remove, clearError };
}
