import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { AppInfo, ProjectInfo } from '../../../shared/api/contract-projects';
import type { ApiError, Result } from '../../../shared/api/result';
import { useApi } from '../api/ApiContext';

interface ProjectState {
  /** Null until `app:info` has answered. */
  mode: AppInfo['mode'] | null;
  version: string | null;
  /** Set when the very first call failed (services unreachable, session token refused). */
  startupError: ApiError | null;
  project: ProjectInfo | null;
  /** The survey round the analysis screens work on; the newest round by default. */
  roundId: number | null;
  setRoundId: (roundId: number) => void;
  /** Adopts the project a create/open call returned (on success) and passes the result on. */
  adoptProject: (result: Result<ProjectInfo>) => Result<ProjectInfo>;
  /** Re-reads the open project (after an import or a deleted round). */
  refreshProject: () => Promise<void>;
}

const ProjectContext = createContext<ProjectState | null>(null);

function pickRound(project: ProjectInfo | null, current: number | null): number | null {
  if (!project || project.rounds.length === 0) return null;
  if (current !== null && project.rounds.some((r) => r.id === current)) return current;
  return project.rounds.reduce((newest, r) => (r.id > newest.id ? r : newest)).id;
}

/** Holds the open project for the whole UI; the services remain the source of truth. */
export function ProjectProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const [mode, setMode] = useState<AppInfo['mode'] | null>(null);
  const [version, setVersion] = useState<string | null>(null);
  const [startupError, setStartupError] = useState<ApiError | null>(null);
  const [open, setOpen] = useState<{ project: ProjectInfo | null; roundId: number | null }>({ project: null, roundId: null });

  // Keeps the chosen round when the same project is re-read; a different project starts at its newest round.
  const applyProject = useCallback((next: ProjectInfo | null) => {
    setOpen((previous) => {
      const same = next !== null && previous.project !== null && next.path === previous.project.path;
      return { project: next, roundId: pickRound(next, same ? previous.roundId : null) };
    });
  }, []);

  const setRoundId = useCallback((roundId: number) => setOpen((previous) => ({ ...previous, roundId })), []);

  useEffect(() => {
    void api.invoke('app:info', {}).then((result) => {
      if (!result.ok) {
        setStartupError(result.error);
        return;
      }
      setMode(result.data.mode);
      setVersion(result.data.version);
      applyProject(result.data.project);
    });
  }, [api, applyProject]);

  const adoptProject = useCallback((result: Result<ProjectInfo>) => {
    if (result.ok) applyProject(result.data);
    return result;
  }, [applyProject]);

  const refreshProject = useCallback(async () => {
    const result = await api.invoke('projects:current', {});
    if (result.ok) applyProject(result.data);
  }, [api, applyProject]);

  const value = useMemo<ProjectState>(
    () => ({ mode, version, startupError, project: open.project, roundId: open.roundId, setRoundId, adoptProject, refreshProject }),
    [mode, version, startupError, open, setRoundId, adoptProject, refreshProject],
  );
  return <ProjectContext.Provider value={value}>{children}</ProjectContext.Provider>;
}

/** The open project, the chosen round and the actions that change them. */
export function useProject(): ProjectState {
  const state = useContext(ProjectContext);
  if (!state) throw new Error('useProject dipakai di luar ProjectProvider');
  return state;
}
