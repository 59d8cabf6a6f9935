import { createHash } from 'node:crypto';
import type { Db } from '../db/open';
import type { ColumnMapping } from '../../shared/domain/fields';
import { isFieldKey } from '../../shared/parse/header-synonyms';
import { foldWords } from '../../shared/parse/normalise-text';

/** The key of a header row: its normalised headers hashed, so `Omzet / Bulan` and `OMZET/BULAN` agree. */
export function hashHeaders(headers: readonly string[]): string {
  const normalised = headers.map((h) => foldWords(h));
  // Blank columns at the right edge (named `Kolom N` by uniqueHeaders) do not make a different header row.
  while (normalised.length > 0 && (normalised[normalised.length - 1] === '' || normalised[normalised.length - 1] === `kolom ${normalised.length}`)) normalised.pop();
  return createHash('sha256').update(JSON.stringify(normalised)).digest('hex');
}

/** The mapping remembered for this header row, if a user confirmed one before. */
export function findSavedMapping(db: Db, headers: readonly string[]): ColumnMapping | null {
  const row = db.prepare('SELECT mapping_json FROM saved_mappings WHERE headers_hash = ?').get(hashHeaders(headers)) as
    | { mapping_json: string }
    | undefined;
  if (!row) return null;
  const parsed = JSON.parse(row.mapping_json) as Record<string, unknown>;
  const mapping: ColumnMapping = {};
  for (const [key, col] of Object.entries(parsed)) {
    if (isFieldKey(key) && typeof col === 'number' && Number.isInteger(col) && col >= 0 && col < headers.length) mapping[key] = col;
  }
  return Object.keys(mapping).length > 0 ? mapping : null;
}

/** Remembers a mapping for the next file with the same headers. */
export function saveMapping(db: Db, headers: readonly string[], mapping: ColumnMapping): void {
  db.prepare(
    `INSERT INTO saved_mappings (headers_hash, headers_json, mapping_json, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT(headers_hash) DO UPDATE SET mapping_json = excluded.mapping_json, updated_at = excluded.updated_at`,
  ).run(hashHeaders(headers), JSON.stringify(headers), JSON.stringify(mapping), new Date().toISOString());
}
