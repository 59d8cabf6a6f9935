import type { Db } from '../db/open';

/** Column order of an area cell row (the dimensions first, then the sums and counts). */
export const AREA_FIELDS = [
  'kecamatan_code', 'kelurahan_code', 'bidang_usaha', 'status', 'duplicate_state', 'sumber', 'alasan_hilang', 'n', 'modal', 'aset',
  'omzet_bulanan', 'omzet_tahunan', 'tenaga_kerja', 'workers', 'tenaga_kerja_l', 'tenaga_kerja_p', 'm_omzet', 'm_aset', 'm_modal',
  'm_tenaga_kerja', 'm_workers', 'm_lp', 'nib', 'online', 'online_known', 'mitra', 'mitra_known',
] as const;

/** Column order of a class cell row. */
export const CLASS_FIELDS = [
  'kecamatan_code', 'kelurahan_code', 'bidang_usaha', 'jenis_group', 'jenis_label', 'size_class', 'n', 'workers', 'm_workers', 'omzet_tahunan',
] as const;

export type CellRow = Array<string | number | null>;

/**
 * Replaces a round's cell blocks: all of them (`kecamatan` undefined) or those of the listed
 * kecamatan ('' = businesses without one). Rows are grouped into one block per kecamatan.
 */
export function writeCellBlocks(db: Db, roundId: number, area: readonly CellRow[], classes: readonly CellRow[], kecamatan?: readonly string[]): void {
  const blocks = new Map<string, { area: CellRow[]; classes: CellRow[] }>();
  const blockOf = (kec: string | number | null | undefined) => {
    const k = typeof kec === 'string' ? kec : '';
    let b = blocks.get(k);
    if (!b) blocks.set(k, (b = { area: [], classes: [] }));
    return b;
  };
  for (const r of area) blockOf(r[0]).area.push(r);
  for (const r of classes) blockOf(r[0]).classes.push(r);
  const insert = db.prepare('INSERT INTO stats_cell_blocks (round_id, kecamatan_code, area_json, class_json) VALUES (?, ?, ?, ?)');
  db.transaction(() => {
    if (kecamatan === undefined) db.prepare('DELETE FROM stats_cell_blocks WHERE round_id = ?').run(roundId);
    else {
      const del = db.prepare('DELETE FROM stats_cell_blocks WHERE round_id = ? AND kecamatan_code = ?');
      for (const k of kecamatan) del.run(roundId, k);
    }
    for (const [k, b] of blocks) insert.run(roundId, k, JSON.stringify(b.area), JSON.stringify(b.classes));
    db.prepare('DELETE FROM stats_stale_areas WHERE round_id = ?').run(roundId);
    if (kecamatan === undefined) db.prepare('UPDATE classification_runs SET cells_stale = 0 WHERE round_id = ?').run(roundId);
  })();
}

/** A round's cell rows, every block concatenated. */
export function readCellBlocks(db: Db, roundId: number): { area: CellRow[]; classes: CellRow[] } {
  const area: CellRow[] = [];
  const classes: CellRow[] = [];
  const rows = db.prepare('SELECT area_json, class_json FROM stats_cell_blocks WHERE round_id = ?').raw(true).all(roundId) as Array<[string, string]>;
  for (const [a, c] of rows) {
    for (const r of JSON.parse(a) as CellRow[]) area.push(r);
    for (const r of JSON.parse(c) as CellRow[]) classes.push(r);
  }
  return { area, classes };
}
