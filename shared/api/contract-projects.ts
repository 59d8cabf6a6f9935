import { z } from 'zod';
import { defineChannel, responseOf } from './channel';

/** What the UI needs to know about the open project file. */
export interface ProjectInfo {
  path: string;
  name: string;
  /** True for the built-in synthetic demo: every screen marks it as such. */
  synthetic: boolean;
  schema_version: number;
  rounds: RoundInfo[];
}

/** A survey round ("Pendataan 2022") inside a project. */
export interface RoundInfo {
  id: number;
  name: string;
  year: number | null;
  created_at: string;
  business_count: number;
}

export interface RecentProject {
  path: string;
  name: string;
  opened_at: string;
  exists: boolean;
}

export interface AppInfo {
  version: string;
  mode: 'electron' | 'browser' | 'cli';
  project: ProjectInfo | null;
  /**
   * Where exports go by default. In browser mode a file written here can be downloaded from
   * `/api/files/<file name>?token=…` (only this folder is served).
   */
  exports_dir: string;
}

const projectPath = z.string().min(1).max(4096);

/** Channels for the project file: create, open, the demo, recent files. */
export const projectChannels = {
  /** Version, transport mode and the open project, if any. */
  'app:info': defineChannel(z.object({}).strict(), responseOf<AppInfo>()),
  /** Creates a new, empty project file at `path` and opens it. */
  'projects:create': defineChannel(
    z.object({ path: projectPath, name: z.string().min(1).max(200) }).strict(),
    responseOf<ProjectInfo>(),
  ),
  /** Opens an existing project file (backing it up and upgrading it if it is from an older version). */
  'projects:open': defineChannel(z.object({ path: projectPath }).strict(), responseOf<ProjectInfo>()),
  /** Opens the built-in synthetic demo project, generating it on first use. */
  'projects:openDemo': defineChannel(z.object({}).strict(), responseOf<ProjectInfo>()),
  /** The recently opened project files, newest first. */
  'projects:recent': defineChannel(z.object({}).strict(), responseOf<RecentProject[]>()),
  /** The open project, or null. */
  'projects:current': defineChannel(z.object({}).strict(), responseOf<ProjectInfo | null>()),
  /**
   * Asks the computer's file dialog for a path (desktop app only; the browser mode types paths and
   * uploads/downloads files). `null` when the user cancelled.
   */
  'dialog:choosePath': defineChannel(
    z
      .object({
        kind: z.enum(['open', 'save']),
        title: z.string().max(200).optional(),
        defaultPath: z.string().max(4096).optional(),
        extensions: z.array(z.string().regex(/^[a-z0-9]{1,8}$/)).max(10).optional(),
      })
      .strict(),
    responseOf<{ path: string | null }>(),
  ),
  /** Deletes a survey round with everything computed from it. */
  'rounds:delete': defineChannel(z.object({ roundId: z.number().int().positive() }).strict(), responseOf<ProjectInfo>()),
} as const;
