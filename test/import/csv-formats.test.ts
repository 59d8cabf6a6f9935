import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { businessesOf, importFile, newProject, originalRowOf, tempDir, tidyRow, TIDY_HEADER, toCsv, writeFile } from './import-helpers';

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => {
  tmp = tempDir();
});
afterAll(() => tmp.cleanup());

const rows = [TIDY_HEADER, tidyRow(1), tidyRow(2, { 'Nama Usaha': 'Toko "Maju", Jaya' }), tidyRow(3)];

describe('CSV formats office spreadsheets are saved in', () => {
  it.each([
    ['semicolon (Excel with Indonesian settings)', ';'],
    ['comma', ','],
    ['tab', '\t'],
  ])('reads a %s-delimited file', async (_name, delimiter) => {
    const { db } = newProject(tmp.dir);
    const path = writeFile(tmp.dir, `delim-${delimiter === '\t' ? 'tab' : delimiter}.csv`, toCsv(rows, delimiter));
    const s = await importFile(db, path);
    expect(s.businesses_imported).toBe(3);
    const b = businessesOf(db, s.round_id);
    expect(b.map((x) => x.nama_usaha)).toEqual(['Usaha 1', 'Toko "Maju", Jaya', 'Usaha 3']);
    expect(b[0]).toMatchObject({ kecamatan_code: '35.75.01', kelurahan_code: '35.75.01.1001', omzet_nilai: 1_001_000, omzet_periode: 'bulan' });
    expect(db.prepare('SELECT delimiter FROM imports WHERE round_id = ?').pluck().get(s.round_id)).toBe(delimiter);
  });

  it('reads "1,5 jt" in a semicolon file as money, not as a column break', async () => {
    const { db } = newProject(tmp.dir);
    const path = writeFile(tmp.dir, 'jt.csv', toCsv([TIDY_HEADER, tidyRow(1, { 'Omzet per Bulan (Rp)': '1,5 jt' }), tidyRow(2)], ';'));
    const s = await importFile(db, path);
    expect(businessesOf(db, s.round_id)[0].omzet_nilai).toBe(1_500_000);
  });

  it('reads UTF-8 with a byte-order mark without a stray character in the first header', async () => {
    const { db } = newProject(tmp.dir);
    const path = writeFile(tmp.dir, 'bom.csv', `\uFEFF${toCsv(rows)}`);
    const s = await importFile(db, path);
    expect(s.businesses_imported).toBe(3);
    expect(businessesOf(db, s.round_id)[0].nama_pelaku).toBe('Pelaku 1');
    expect(db.prepare('SELECT encoding FROM imports').pluck().get()).toBe('utf-8-bom');
  });

  it('reads Windows-1252 text (Excel on Windows) with its accented letters intact', async () => {
    const { db } = newProject(tmp.dir);
    const text = toCsv([TIDY_HEADER, tidyRow(1, { 'Nama Usaha': 'Café Ñoña' }), tidyRow(2)], ';', '\r\n');
    const bytes = Uint8Array.from([...text].map((ch) => ch.charCodeAt(0)));
    const path = writeFile(tmp.dir, 'cp1252.csv', bytes);
    const s = await importFile(db, path);
    expect(businessesOf(db, s.round_id)[0].nama_usaha).toBe('Café Ñoña');
    expect(db.prepare('SELECT encoding FROM imports').pluck().get()).toBe('windows-1252');
  });

  it('reads UTF-16 text with a byte-order mark (Excel\'s "Unicode text", tab-delimited)', async () => {
    const { db } = newProject(tmp.dir);
    const text = `\uFEFF${toCsv([TIDY_HEADER, tidyRow(1, { 'Nama Usaha': 'Kedai Kopi Ñusantara' }), tidyRow(2)], '\t', '\r\n')}`;
    const s = await importFile(db, writeFile(tmp.dir, 'unicode.txt', Buffer.from(text, 'utf16le')));
    expect(businessesOf(db, s.round_id).map((b) => b.nama_usaha)).toEqual(['Kedai Kopi Ñusantara', 'Usaha 2']);
    expect(db.prepare('SELECT encoding, delimiter FROM imports').get()).toEqual({ encoding: 'utf-16le', delimiter: '\t' });
  });

  it('reads CRLF line endings without carriage returns in the last column', async () => {
    const { db } = newProject(tmp.dir);
    const path = writeFile(tmp.dir, 'crlf.csv', toCsv(rows, ',', '\r\n'));
    const s = await importFile(db, path);
    const b = businessesOf(db, s.round_id);
    expect(b).toHaveLength(3);
    expect(b.every((x) => x.sumber === 'data_dinas')).toBe(true);
  });

  it('keeps a quoted field with line breaks as one cell of one row', async () => {
    const { db } = newProject(tmp.dir);
    const path = writeFile(tmp.dir, 'quoted.csv', toCsv([TIDY_HEADER, tidyRow(1, { 'Alamat KTP': 'Jl. Melati No. 1\nGang Buntu\r\nBelakang Masjid' }), tidyRow(2)], ',', '\r\n'));
    const s = await importFile(db, path);
    expect(s.businesses_imported).toBe(2);
    const b = businessesOf(db, s.round_id);
    expect(b[0].alamat).toBe('Jl. Melati No. 1 Gang Buntu Belakang Masjid');
    expect(originalRowOf(db, b[0])['Alamat KTP']).toBe('Jl. Melati No. 1\nGang Buntu\r\nBelakang Masjid');
    expect(b[1].nama_pelaku).toBe('Pelaku 2');
  });

  it('imports an upload (the browser mode sends the bytes as base64) like a file on disk', async () => {
    const { db } = newProject(tmp.dir);
    const jobs = await import('../../services/jobs/job-registry');
    const { runImport } = await import('../../services/import');
    const registry = new jobs.JobRegistry(() => undefined);
    const base64 = Buffer.from(toCsv(rows, ';')).toString('base64');
    const s = await registry.run(undefined, (job) => runImport(db, { source: { kind: 'upload', name: 'unggahan.csv', base64 } }, job));
    expect(s.businesses_imported).toBe(3);
    expect(db.prepare('SELECT file_name FROM imports').pluck().get()).toBe('unggahan.csv');
  });
});

describe('where the import runs', () => {
  it('imports into an in-memory database on the calling thread (no file for a worker to open)', async () => {
    const { openProjectDb } = await import('../../services/db/open');
    const { initialiseProject } = await import('../../services/project/project-meta');
    const { db } = openProjectDb(':memory:', { create: true });
    initialiseProject(db, 'Memori', false);
    const s = await importFile(db, writeFile(tmp.dir, 'memori.csv', toCsv(rows, ';')));
    expect(s.businesses_imported).toBe(3);
    expect(businessesOf(db, s.round_id)[2].nama_pelaku).toBe('Pelaku 3');
  });
});
