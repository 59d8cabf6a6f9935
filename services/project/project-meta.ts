import type { Db } from '../db/open';
import type { ProjectInfo, RoundInfo } from '../../shared/api/contract-projects';
import { KOTA_PASURUAN_REGIONS, type Region } from '../../shared/domain/regions';

/** Reads one project_meta value. */
export function getMeta(db: Db, key: string): string | null {
  const row = db.prepare('SELECT value FROM project_meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value ?? null;
}

/** Writes one project_meta value. */
export function setMeta(db: Db, key: string, value: string): void {
  db.prepare('INSERT INTO project_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
}

/** Inserts regions, replacing names of codes already present. */
export function upsertRegions(db: Db, regions: readonly Region[], source: string): number {
  const stmt = db.prepare(`INSERT INTO regions (code, name, level, parent_code, source) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT(code) DO UPDATE SET name = excluded.name, level = excluded.level, parent_code = excluded.parent_code, source = excluded.source`);
  db.transaction(() => {
    for (const r of regions) stmt.run(r.code, r.name, r.level, r.parent_code, source);
  })();
  return regions.length;
}

/** Fills a new project: its name, creation time and the built-in Kota Pasuruan regions. */
export function initialiseProject(db: Db, name: string, synthetic: boolean): void {
  db.transaction(() => {
    setMeta(db, 'name', name);
    setMeta(db, 'created_at', new Date().toISOString());
    setMeta(db, 'synthetic', synthetic ? '1' : '0');
    upsertRegions(db, KOTA_PASURUAN_REGIONS, 'builtin');
  })();
}

/** The rounds of a project with their business counts. */
export function listRounds(db: Db): RoundInfo[] {
  return db
    .prepare(`SELECT r.id, r.name, r.year, r.created_at,
      (SELECT count(*) FROM businesses b WHERE b.round_id = r.id) AS business_count
      FROM rounds r ORDER BY r.id`)
    .all() as RoundInfo[];
}

/** The ProjectInfo the UI shows. */
export function describeProject(db: Db, path: string, schemaVersion: number): ProjectInfo {
  return {
    path,
    name: getMeta(db, 'name') ?? path,
    synthetic: getMeta(db, 'synthetic') === '1',
    schema_version: schemaVersion,
    rounds: listRounds(db),
  };
}
