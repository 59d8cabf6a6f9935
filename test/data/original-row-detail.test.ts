import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServiceApi, type ServiceApi } from '../../services/handlers';
import type { BusinessDetail } from '../../shared/api/contract-data';
import { importFile, newProject, nikOf, tempDir, toCsv, writeFile } from '../import/import-helpers';

let tmp: ReturnType<typeof tempDir>;
let api: ServiceApi;
beforeAll(() => {
  tmp = tempDir();
  api = createServiceApi('browser');
});
afterAll(() => {
  api.close();
  tmp.cleanup();
});

const HEADER = ['NO', 'Nama Pelaku', 'NIK', 'No. Identitas', 'Kontak', 'Kecamatan', 'Keterangan'];
const NIK = nikOf(1, true);
const CELLS = ['7', 'Ani', NIK, '3575014501900001', '+62 812-3456-7890', 'Gadingrejo', 'sudah ikut pelatihan'];

async function detailOf(id: number): Promise<BusinessDetail> {
  const res = await api.invoke('businesses:get', { id });
  if (!res.ok) throw new Error(res.error.message);
  return res.data as BusinessDetail;
}

describe('the original row in the detail panel (businesses:get)', () => {
  it('is the same, masked, for a row stored as an array (new imports) and as {header: cell} (older projects)', async () => {
    const { db, path } = newProject(tmp.dir);
    const s = await importFile(db, writeFile(tmp.dir, 'asli.csv', toCsv([HEADER, CELLS])));
    const imported = db.prepare('SELECT id, import_id, original_json FROM businesses WHERE round_id = ?').get(s.round_id) as {
      id: number; import_id: number; original_json: string;
    };
    expect(JSON.parse(imported.original_json)).toEqual(CELLS);

    // As a project imported before the array form has them: the same business, its original written as
    // {header: cell} by SQL, once with its import (as every imported row had) and once without one.
    const objectForm = `{${HEADER.map((h, c) => `${JSON.stringify(h)}:${JSON.stringify(CELLS[c])}`).join(',')}}`;
    const copy = db.prepare(`INSERT INTO businesses (round_id, import_id, source_row, nama_pelaku, nik, telepon, kecamatan_code, original_json)
      SELECT round_id, ?, source_row, nama_pelaku, nik, telepon, kecamatan_code, ? FROM businesses WHERE id = ?`);
    const oldWithImport = Number(copy.run(imported.import_id, objectForm, imported.id).lastInsertRowid);
    const oldWithoutImport = Number(copy.run(null, objectForm, imported.id).lastInsertRowid);
    db.close();
    api.session.open(path, false);

    const fromArray = await detailOf(imported.id);
    // Same keys, in the same order, with the same masking.
    expect(Object.keys(fromArray.original)).toEqual(HEADER);
    expect(fromArray.original['Nama Pelaku']).toBe('Ani');
    expect(fromArray.original['Keterangan']).toBe('sudah ikut pelatihan');
    expect(JSON.stringify(fromArray.original)).not.toMatch(new RegExp(`${NIK}|3575014501900001|3456-7890`));
    for (const id of [oldWithImport, oldWithoutImport]) {
      expect(Object.entries((await detailOf(id)).original)).toEqual(Object.entries(fromArray.original));
    }
    api.session.close();
  });
});
