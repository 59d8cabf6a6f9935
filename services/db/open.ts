import Database from 'better-sqlite3';
import { existsSync, statSync } from 'node:fs';
import { AppError } from '../../shared/api/result';
import { loadMigrations, type Migration } from './migrations';

export type Db = Database.Database;

/** SQLite application_id that marks a Peta Potensi project file ("PPT1"). */
export const APPLICATION_ID = 0x50505431;

export interface OpenOptions {
  /** Create the file if it does not exist (otherwise a missing file is an error). */
  create?: boolean;
  /** Migrations to apply; the shipped ones by default (tests pass a prefix to build old files). */
  migrations?: Migration[];
  /** Open without writing (no migration, no WAL change). */
  readonly?: boolean;
}

export interface OpenedProject {
  db: Db;
  /** The backup written before an upgrade, if one was needed. */
  backupPath: string | null;
  schemaVersion: number;
}

/**
 * Opens (or creates) a project file: WAL, foreign keys on, then forward-only migrations. A file whose
 * applied migrations are not a prefix of the known ones is refused; an older file is backed up first.
 */
export function openProjectDb(path: string, options: OpenOptions = {}): OpenedProject {
  const exists = existsSync(path);
  if (!exists && !options.create) throw new AppError('NOT_FOUND', `Berkas proyek tidak ditemukan: ${path}`);
  if (exists && statSync(path).isDirectory()) throw new AppError('BAD_FILE', `Bukan berkas proyek: ${path} adalah folder.`);
  let db: Db;
  try {
    db = new Database(path, { readonly: options.readonly ?? false, nativeBinding: nativeBindingPath() });
  } catch (err) {
    throw new AppError('BAD_FILE', `Berkas proyek tidak dapat dibuka: ${(err as Error).message}`);
  }
  try {
    const appId = db.pragma('application_id', { simple: true }) as number;
    const tableCount = (db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number }).n;
    if (appId !== APPLICATION_ID && tableCount > 0) {
      throw new AppError('BAD_FILE', 'Berkas ini adalah basis data SQLite, tetapi bukan proyek Peta Potensi.');
    }
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('busy_timeout = 10000');
    }
    db.pragma('foreign_keys = ON');
    const migrations = options.migrations ?? loadMigrations();
    const { backupPath, version } = options.readonly
      ? { backupPath: null, version: currentVersion(db) }
      : migrate(db, path, migrations, exists && tableCount > 0);
    return { db, backupPath, schemaVersion: version };
  } catch (err) {
    db.close();
    if (err instanceof AppError) throw err;
    const msg = (err as Error).message;
    if (/not a database|file is encrypted|malformed/i.test(msg)) {
      throw new AppError('BAD_FILE', 'Berkas ini bukan berkas proyek Peta Potensi (bukan basis data SQLite yang sah).');
    }
    throw err;
  }
}

/**
 * Under Electron the native module must be built for Electron's ABI; that build lives apart
 * (build/electron-native) so it never clashes with the Node build the tests and CLI use.
 */
function nativeBindingPath(): string | undefined {
  return process.versions.electron ? process.env.PETA_ELECTRON_NATIVE_BINDING || undefined : undefined;
}

function currentVersion(db: Db): number {
  const has = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
  if (!has) return 0;
  return (db.prepare('SELECT coalesce(max(version), 0) AS v FROM schema_migrations').get() as { v: number }).v;
}

function migrate(db: Db, path: string, known: Migration[], existing: boolean): { backupPath: string | null; version: number } {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, checksum TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const applied = db.prepare('SELECT version, name, checksum FROM schema_migrations ORDER BY version').all() as Array<
    Pick<Migration, 'version' | 'name' | 'checksum'>
  >;
  applied.forEach((m, i) => {
    const k = known[i];
    if (!k || k.version !== m.version || k.checksum !== m.checksum) {
      throw new AppError(
        'MIGRATION',
        k
          ? `Skema proyek tidak cocok dengan versi aplikasi ini (migrasi ${m.name} berbeda). Proyek tidak diubah.`
          : `Proyek ini dibuat dengan versi Peta Potensi yang lebih baru (migrasi ${m.name}). Perbarui aplikasi; proyek tidak diubah.`,
        { version: m.version, name: m.name },
      );
    }
  });
  const pending = known.slice(applied.length);
  let backupPath: string | null = null;
  if (pending.length > 0 && existing && applied.length > 0) {
    backupPath = `${path}.v${applied.length}-${new Date().toISOString().replace(/[:.]/g, '-')}.bak`;
    db.prepare('VACUUM INTO ?').run(backupPath);
  }
  const record = db.prepare('INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)');
  for (const m of pending) {
    db.transaction(() => {
      db.exec(m.sql);
      record.run(m.version, m.name, m.checksum, new Date().toISOString());
    })();
  }
  if (applied.length === 0 && pending.length > 0) db.pragma(`application_id = ${APPLICATION_ID}`);
  return { backupPath, version: applied.length + pending.length };
}
