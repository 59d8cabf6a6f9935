import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openProjectDb } from '../../services/db/open';
import { loadMigrations } from '../../services/db/migrations';
import { AppError } from '../../shared/api/result';
import { insertBusinesses, makeProject, makeTempDir } from '../helpers/temp-project';

let tmp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  tmp = makeTempDir();
});
afterEach(() => tmp.cleanup());

function expectAppError(fn: () => unknown, code: string): AppError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe(code);
    return err as AppError;
  }
  throw new Error('expected an AppError');
}

describe('project file migrations', () => {
  it('creates a new project at the latest schema with every migration recorded and checksummed', () => {
    const { db } = openProjectDb(join(tmp.dir, 'baru.sqlite'), { create: true });
    const known = loadMigrations();
    const applied = db.prepare('SELECT version, checksum FROM schema_migrations ORDER BY version').all();
    expect(applied).toEqual(known.map((m) => ({ version: m.version, checksum: m.checksum })));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('upgrades a file made with the first schema to the shipped schema, keeping its data', () => {
    const path = join(tmp.dir, 'lama.sqlite');
    const first = loadMigrations().slice(0, 1);
    const old = openProjectDb(path, { create: true, migrations: first });
    old.db.prepare("INSERT INTO project_meta (key, value) VALUES ('name', 'Lama')").run();
    old.db.prepare("INSERT INTO rounds (name, created_at) VALUES ('Pendataan 2021', '2021-10-01')").run();
    old.db.close();
    const upgraded = openProjectDb(path);
    expect(upgraded.schemaVersion).toBe(loadMigrations().length);
    expect(upgraded.db.prepare('SELECT name FROM rounds').all()).toEqual([{ name: 'Pendataan 2021' }]);
    upgraded.db.close();
  });

  it('backs the file up before applying a new migration, and the backup still opens at the old version', () => {
    const dir = join(tmp.dir, 'migrations');
    mkdirSync(dir);
    const shipped = loadMigrations();
    for (const m of shipped) writeFileSync(join(dir, `${m.name}.sql`), m.sql);
    const path = join(tmp.dir, 'proyek.sqlite');
    const { db, roundId } = (() => {
      const opened = openProjectDb(path, { create: true, migrations: loadMigrations(dir) });
      const id = Number(opened.db.prepare("INSERT INTO rounds (name, created_at) VALUES ('R1', 'x')").run().lastInsertRowid);
      return { db: opened.db, roundId: id };
    })();
    db.close();
    const next = String(shipped.length + 1).padStart(4, '0');
    writeFileSync(join(dir, `${next}_add_note.sql`), 'ALTER TABLE rounds ADD COLUMN note TEXT;');
    const upgraded = openProjectDb(path, { migrations: loadMigrations(dir) });
    expect(upgraded.backupPath).not.toBeNull();
    expect(upgraded.db.prepare('SELECT id, note FROM rounds').get()).toEqual({ id: roundId, note: null });
    upgraded.db.close();
    const backup = new Database(upgraded.backupPath!, { readonly: true });
    expect((backup.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number }).v).toBe(shipped.length);
    backup.close();
  });

  it('refuses a file whose applied migrations this version does not know, and leaves it untouched', () => {
    const path = join(tmp.dir, 'masa-depan.sqlite');
    const { db } = openProjectDb(path, { create: true });
    db.prepare("INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (999, '0999_future', 'abc', 'x')").run();
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const before = readFileSync(path);
    const err = expectAppError(() => openProjectDb(path), 'MIGRATION');
    expect(err.message).toMatch(/versi Peta Potensi yang lebih baru/);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(readdirSync(tmp.dir).filter((f) => f.endsWith('.bak'))).toEqual([]);
  });

  it('refuses a file whose recorded migration checksum differs from the shipped one', () => {
    const path = join(tmp.dir, 'diubah.sqlite');
    const { db } = openProjectDb(path, { create: true });
    db.prepare("UPDATE schema_migrations SET checksum = 'edited' WHERE version = 1").run();
    db.close();
    expectAppError(() => openProjectDb(path), 'MIGRATION');
  });

  it('refuses a SQLite database that is not a Peta Potensi project', () => {
    const path = join(tmp.dir, 'lain.sqlite');
    const other = new Database(path);
    other.exec('CREATE TABLE t (x)');
    other.close();
    expectAppError(() => openProjectDb(path), 'BAD_FILE');
  });

  it('refuses a file that is not a database at all', () => {
    const path = join(tmp.dir, 'catatan.sqlite');
    writeFileSync(path, 'ini bukan basis data, hanya teks biasa yang cukup panjang untuk dibaca sebagai header');
    expectAppError(() => openProjectDb(path), 'BAD_FILE');
  });

  it('enforces that a lost business has a reason and a valid one has none', () => {
    const { db, roundId } = makeProject(tmp.dir);
    expect(() => insertBusinesses(db, roundId, [{ kec: '35.75.01', kel: '35.75.01.1001', status: 'hilang', reason: null }])).toThrow(/CHECK/);
    expect(() => insertBusinesses(db, roundId, [{ kec: '35.75.01', kel: '35.75.01.1001', status: 'hilang', reason: 'meninggal' }])).not.toThrow();
    db.close();
  });

  it('derives yearly and monthly turnover from the stored figure and its period', () => {
    const { db, roundId } = makeProject(tmp.dir);
    const [a, b] = insertBusinesses(db, roundId, [
      { kec: '35.75.01', kel: '35.75.01.1001', omzet: 1_000_000, periode: 'bulan' },
      { kec: '35.75.01', kel: '35.75.01.1001', omzet: 1_000_000, periode: 'tahun' },
    ]);
    const get = db.prepare('SELECT omzet_tahunan, omzet_bulanan FROM businesses WHERE id = ?');
    expect(get.get(a)).toEqual({ omzet_tahunan: 12_000_000, omzet_bulanan: 1_000_000 });
    expect(get.get(b)).toEqual({ omzet_tahunan: 1_000_000, omzet_bulanan: 83_333 });
    db.close();
  });
});
