import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A forward-only migration file `NNNN_name.sql` with the checksum of its exact text. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
  checksum: string;
}

/**
 * Where the .sql files live. Running from source they sit next to this module; the Electron bundle
 * copies them next to itself and sets PETA_MIGRATIONS_DIR.
 */
function resolveMigrationsDir(): string {
  if (process.env.PETA_MIGRATIONS_DIR) return process.env.PETA_MIGRATIONS_DIR;
  return join(dirname(fileURLToPath(import.meta.url)), 'migrations');
}

/** Reads the known migrations in version order. Never edit a shipped file: its checksum is recorded. */
export function loadMigrations(dir = resolveMigrationsDir()): Migration[] {
  const files = readdirSync(dir).filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f)).sort();
  return files.map((file, i) => {
    const version = Number(file.slice(0, 4));
    if (version !== i + 1) throw new Error(`Migrasi tidak berurutan: ${file}`);
    const sql = readFileSync(join(dir, file), 'utf8');
    return { version, name: file.replace(/\.sql$/, ''), sql, checksum: createHash('sha256').update(sql).digest('hex') };
  });
}
