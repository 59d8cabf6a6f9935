import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KOTA_PASURUAN_REGIONS } from '../../shared/domain/regions';
import { createRowConverter } from '../../shared/parse/convert-row';
import { RegionMatcher } from '../../shared/parse/match-region';
import { planImport } from '../../services/import/plan';
import { RowPreparer } from '../../services/import/row-preparer';
import { RowStore } from '../../services/import/row-store';
import { newProject, nikOf, tempDir } from './import-helpers';

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => {
  tmp = tempDir();
});
afterAll(() => tmp.cleanup());

describe('RowStore', () => {
  it('never drops a row whose repeat hash merely collides with a different row', () => {
    const { db } = newProject(tmp.dir);
    const head = [
      ['Nama', 'NIK', 'Kecamatan'],
      ['Ani', nikOf(1, true), 'Gadingrejo'],
      ['Budi', nikOf(2), 'Purworejo'],
      ['Budi', nikOf(2), 'Purworejo'],
      ['Citra', nikOf(3, true), 'Gadingrejo'],
    ];
    const plan = planImport(db, head, 'uji.csv', {});
    const convert = createRowConverter({ headers: plan.headers, mapping: plan.mapping, matcher: new RegionMatcher(KOTA_PASURUAN_REGIONS, '35.75'), currentYear: 2025 });
    const batch = new RowPreparer(plan, convert).prepare(head);
    // Force every row onto one hash: only the real repeat (Budi twice) may be skipped.
    batch.hashes = batch.hashes.map(() => 12345);
    db.exec('BEGIN');
    const roundId = Number(db.prepare("INSERT INTO rounds (name, created_at) VALUES ('r', 'x')").run().lastInsertRowid);
    const importId = Number(
      db.prepare("INSERT INTO imports (round_id, file_name, file_sha256, header_row, headers_json, mapping_json, summary_json, created_at) VALUES (?, 'f', 'x', 0, '[]', '{}', '{}', 'x')").run(roundId).lastInsertRowid,
    );
    const store = new RowStore(db, roundId, importId, plan);
    store.accept(batch);
    const counts = store.finish();
    db.exec('COMMIT');
    expect(counts).toMatchObject({ businesses_imported: 3, skipped: { baris_ganda: 1 }, rows_read: 4 });
    expect(db.prepare('SELECT nama_pelaku FROM businesses ORDER BY source_row').pluck().all()).toEqual(['Ani', 'Budi', 'Citra']);
  });
});
