import { mkdirSync, readFileSync, writeFileSync, existsSync, renameSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { RecentProject } from '../../shared/api/contract-projects';

/**
 * The folder holding the recent-projects list and the generated demo project. PETA_HOME overrides it
 * (tests and the e2e harness use a fresh temp folder); Electron passes its userData folder.
 */
export function resolveAppHome(): string {
  const dir = process.env.PETA_HOME ?? join(homedir(), '.peta-potensi');
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** The default folder for exported tables and records (served for download in browser mode). */
export function resolveExportsDir(home = resolveAppHome()): string {
  const dir = join(home, 'exports');
  mkdirSync(dir, { recursive: true });
  return dir;
}

const RECENT_LIMIT = 10;

/** Recent projects, newest first, with whether each file still exists. */
export function listRecentProjects(home = resolveAppHome()): RecentProject[] {
  const file = join(home, 'recent.json');
  if (!existsSync(file)) return [];
  try {
    const items = JSON.parse(readFileSync(file, 'utf8')) as Array<Omit<RecentProject, 'exists'>>;
    return items.map((r) => ({ ...r, exists: existsSync(r.path) }));
  } catch {
    return []; // a damaged list is not worth failing over; it is rewritten on the next open
  }
}

/** Puts a project at the top of the recent list (atomically rewritten). */
export function rememberRecentProject(path: string, name: string, home = resolveAppHome()): void {
  const rest = listRecentProjects(home).filter((r) => r.path !== path);
  const items = [{ path, name, opened_at: new Date().toISOString() }, ...rest.map(({ exists: _e, ...r }) => r)];
  const file = join(home, 'recent.json');
  writeFileSync(`${file}.tmp`, JSON.stringify(items.slice(0, RECENT_LIMIT), null, 2));
  renameSync(`${file}.tmp`, file);
}
