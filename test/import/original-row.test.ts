import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KOTA_PASURUAN_REGIONS } from '../../shared/domain/regions';
import { createRowConverter } from '../../shared/parse/convert-row';
import { RegionMatcher } from '../../shared/parse/match-region';
import { decodeOriginalRow, originalCellTexts } from '../../services/import/original-row';
import { planImport } from '../../services/import/plan';
import { RowPreparer } from '../../services/import/row-preparer';
import { RowStore } from '../../services/import/row-store';
import { newProject, nikOf, tempDir } from './import-helpers';

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => {
  tmp = tempDir();
});
afterAll(() => tmp.cleanup());

/** The object form as imports before the array form wrote it: `{header: cell}`, every cell, in column order. */
function oldObjectForm(headers: string[], texts: string[]): string {
  return `{${texts.map((t, c) => `${JSON.stringify(headers[c] ?? `Kolom ${c + 1}`)}:${JSON.stringify(t)}`).join(',')}}`;
}

describe('the two stored forms of an original row', () => {
  const headers = ['NO', 'Nama', 'Kolom 3', 'Kecamatan'];
  const texts = ['7', 'Ani', '', 'Gadingrejo', 'catatan di luar tabel', ''];

  it('read back as the same object, with the same keys in the same order', () => {
    const fromArray = decodeOriginalRow(JSON.stringify(texts), headers);
    const fromObject = decodeOriginalRow(oldObjectForm(headers, texts), headers);
    expect(Object.entries(fromArray)).toEqual(Object.entries(fromObject));
    expect(Object.keys(fromArray)).toEqual(['NO', 'Nama', 'Kolom 3', 'Kecamatan', 'Kolom 5', 'Kolom 6']);
  });

  it('give the same cell texts, so repeat keys compare like with like', () => {
    expect(originalCellTexts(JSON.stringify(texts), headers)).toEqual(texts);
    expect(originalCellTexts(oldObjectForm(headers, texts), headers)).toEqual(texts);
  });

  it('name every cell `Kolom N` when the business has no import to take headers from', () => {
    expect(decodeOriginalRow('["Ani","Gadingrejo"]', null)).toEqual({ 'Kolom 1': 'Ani', 'Kolom 2': 'Gadingrejo' });
  });

  it('keeps a cell whose header is `__proto__` as an ordinary key, in both forms', () => {
    const odd = ['Nama', '__proto__'];
    const fromArray = decodeOriginalRow('["Ani","x"]', odd);
    expect(Object.entries(fromArray)).toEqual([['Nama', 'Ani'], ['__proto__', 'x']]);
    expect(Object.entries(decodeOriginalRow(oldObjectForm(odd, ['Ani', 'x']), odd))).toEqual(Object.entries(fromArray));
  });
});

describe('exact repeats against rows already stored', () => {
  it('skips a repeat of a row written to the database many rows earlier, and keeps rows that merely collide', () => {
    const { db } = newProject(tmp.dir);
    const header = ['NO', 'Nama', 'NIK', 'Kecamatan'];
    // Row 2 has a cell beyond the header's width; its repeat (row 43) has a different running number and
    // a trailing blank cell. 40 other rows in between: row 2 is in the database by then, not pending.
    const filler = Array.from({ length: 40 }, (_, i) => [String(i + 2), `Pelaku ${i}`, nikOf(i + 10), 'Purworejo']);
    const plan = planImport(db, [header, ...filler.slice(0, 12)], 'uji.csv', {});
    expect(plan.headers).toEqual(header);
    expect(plan.rowNumberColumns).toEqual([0]);
    const convert = createRowConverter({ headers: plan.headers, mapping: plan.mapping, matcher: new RegionMatcher(KOTA_PASURUAN_REGIONS, '35.75'), currentYear: 2025 });
    const preparer = new RowPreparer(plan, convert);
    const rows = [header, ['1', 'Ani', nikOf(1, true), 'Gadingrejo', 'catatan'], ...filler, ['99', 'Ani', nikOf(1, true), 'Gadingrejo', 'catatan', ' ']];
    const batch = preparer.prepare(rows);
    expect(JSON.parse(batch.params[28] as string)).toEqual(['1', 'Ani', nikOf(1, true), 'Gadingrejo', 'catatan']);
    // Every row on one hash: each arrival is confirmed against the first row's stored original.
    batch.hashes = batch.hashes.map(() => 777);
    db.exec('BEGIN');
    const roundId = Number(db.prepare("INSERT INTO rounds (name, created_at) VALUES ('r', 'x')").run().lastInsertRowid);
    const importId = Number(
      db.prepare("INSERT INTO imports (round_id, file_name, file_sha256, header_row, headers_json, mapping_json, summary_json, created_at) VALUES (?, 'f', 'x', 0, ?, '{}', '{}', 'x')")
        .run(roundId, JSON.stringify(plan.headers)).lastInsertRowid,
    );
    const store = new RowStore(db, roundId, importId, plan);
    store.accept(batch);
    const counts = store.finish();
    db.exec('COMMIT');
    expect(counts).toMatchObject({ businesses_imported: 41, skipped: { baris_ganda: 1 } });
    expect(db.prepare('SELECT count(*) FROM businesses WHERE nama_pelaku = ?').pluck().get('Ani')).toBe(1);
    db.close();
  });
});
