import { resolve } from 'node:path';
import { AppError } from '../../shared/api/result';
import { openProjectDb, type Db } from '../db/open';
import { closeReadWorkers } from '../jobs/run-read-in-worker';
import { describeProject, initialiseProject } from './project-meta';
import { rememberRecentProject } from './app-home';
import type { ProjectInfo } from '../../shared/api/contract-projects';

export interface OpenProject {
  path: string;
  db: Db;
  schemaVersion: number;
  backupPath: string | null;
}

/**
 * The one open project of a running app (one write connection, as the house style asks). Electron,
 * the browser mode and the CLI each hold one Session.
 */
export class Session {
  private current: OpenProject | null = null;

  /** The open project, or a NO_PROJECT failure. */
  require(): OpenProject {
    if (!this.current) throw new AppError('NO_PROJECT', 'Belum ada proyek yang dibuka. Buat atau buka proyek di Beranda.');
    return this.current;
  }

  get project(): OpenProject | null {
    return this.current;
  }

  /** Opens an existing project file, replacing the one open. */
  open(path: string, remember = true): ProjectInfo {
    const abs = resolve(path);
    const opened = openProjectDb(abs);
    this.close();
    this.current = { path: abs, db: opened.db, schemaVersion: opened.schemaVersion, backupPath: opened.backupPath };
    const info = this.describe();
    if (remember) rememberRecentProject(abs, info.name);
    return info;
  }

  /** Creates a new project file (refusing to overwrite one) and opens it. */
  create(path: string, name: string, synthetic = false, remember = true): ProjectInfo {
    const abs = resolve(path);
    const opened = openProjectDb(abs, { create: true });
    const hasRounds = opened.db.prepare("SELECT 1 FROM project_meta WHERE key = 'name'").get();
    if (hasRounds) {
      opened.db.close();
      throw new AppError('CONFLICT', `Sudah ada proyek di ${abs}. Pilih nama berkas lain atau buka proyek itu.`);
    }
    initialiseProject(opened.db, name, synthetic);
    this.close();
    this.current = { path: abs, db: opened.db, schemaVersion: opened.schemaVersion, backupPath: null };
    if (remember) rememberRecentProject(abs, name);
    return this.describe();
  }

  /** The open project's description for the UI. */
  describe(): ProjectInfo {
    const p = this.require();
    return describeProject(p.db, p.path, p.schemaVersion);
  }

  /** Closes the open project, if any, and ends the read workers kept for it. */
  close(): void {
    if (this.current) closeReadWorkers(this.current.path);
    this.current?.db.close();
    this.current = null;
  }
}
