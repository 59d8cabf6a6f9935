import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectFile } from '../../services/import';
import { writeStoredZip } from '../../services/import/zip-entries';
import { createServiceApi, type ServiceApi } from '../../services/handlers';
import type { Db } from '../../services/db/open';
import type { InspectRequest } from '../../services/import/inspect-file';
import { watchEventLoop } from '../helpers/event-loop';
import { importError, newProject, nikOf, tempDir, toCsv, writeFile } from './import-helpers';
import { handMadeWorkbook, inlineRow, officeWorkbook, streamedSurveyWorkbook, valuesWorkbook, wideWorkbook, widenedLaterWorkbook } from './workbook-fixtures';

/*
 * `datasets:inspect` runs in the read-only worker (services/jobs/read-tasks.ts): the same answer as
 * inspectFile on the calling thread, errors included, while the service thread keeps turning.
 */

let tmp: ReturnType<typeof tempDir>;
let api: ServiceApi;
let db: Db;
const files: Record<string, string> = {};

beforeAll(async () => {
  tmp = tempDir();
  const project = newProject(tmp.dir);
  project.db.close();
  api = createServiceApi('browser');
  api.session.open(project.path, false);
  db = api.session.require().db;
  const csv = toCsv([
    ['REKAP PENDATAAN'],
    ['NO', 'NAMA', 'NIK', 'NO HP/WA', 'KECAMATAN', 'OMSET PERTAHUN (Rp)'],
    ['1', 'Ani', nikOf(1, true), '081234567890', 'BUGULKIDUL', '1,5 jt'],
    ['2', 'Budi', '3.57501E+15', '', 'Atlantis', 'banyak'],
  ], ';');
  const fixtures: Record<string, Uint8Array | string> = {
    'pratinjau.csv': csv,
    'aneh.csv': toCsv([['X1', 'X2', 'X3'], ['Ani', '3575014501900001', 'Gadingrejo']], ';'),
    'kantor.xlsx': await officeWorkbook(),
    'melebar.xlsx': await widenedLaterWorkbook(),
    'nilai.xlsx': await valuesWorkbook(),
    'survei.xlsx': await streamedSurveyWorkbook(1_500),
    'tangan.xlsx': await handMadeWorkbook(`<sheetData>${inlineRow(1, ['Nama Pelaku Usaha', 'Kecamatan'])}${inlineRow(2, ['Ani', 'Gadingrejo'])}</sheetData>`),
  };
  for (const [name, content] of Object.entries(fixtures)) files[name] = writeFile(tmp.dir, name, content);
}, 60_000);

afterAll(() => {
  api.close();
  tmp.cleanup();
});

/** The answer of the API (through the worker), as data or as the error's code and message. */
async function viaApi(request: InspectRequest): Promise<unknown> {
  const r = await api.invoke('datasets:inspect', request);
  return r.ok ? { data: r.data } : { code: r.error.code, message: r.error.message };
}

/** inspectFile's answer on this thread, in the same form. */
async function onThisThread(request: InspectRequest): Promise<unknown> {
  try {
    return { data: await inspectFile(db, request) };
  } catch (err) {
    const e = err as { code?: string; message: string };
    return { code: e.code, message: e.message };
  }
}

const pathOf = (name: string): InspectRequest['source'] => ({ kind: 'path', path: files[name] });

describe('datasets:inspect in the read-only worker', () => {
  it('answers exactly as inspectFile on the calling thread, for CSV and XLSX files and the choices of the wizard', async () => {
    const requests: InspectRequest[] = [
      { source: pathOf('pratinjau.csv') },
      { source: pathOf('pratinjau.csv'), headerRow: 1, mapping: { nama_usaha: 1, kecamatan: 4 } },
      { source: pathOf('aneh.csv') },
      { source: pathOf('kantor.xlsx') },
      { source: pathOf('kantor.xlsx'), sheet: 'Data 2022' },
      { source: pathOf('kantor.xlsx'), sheet: 'data 2022', headerRow: 2, mapping: { nama_pelaku: 1, nik: 2, kelurahan: 4 }, turnoverPeriod: 'bulan' },
      { source: pathOf('melebar.xlsx'), sheet: 'Gabung' },
      { source: pathOf('nilai.xlsx') },
      { source: pathOf('survei.xlsx'), sheet: 'Data Survei' },
      { source: pathOf('tangan.xlsx') },
      { source: { kind: 'upload', name: 'unggah.xlsx', base64: readFileSync(files['kantor.xlsx']).toString('base64') }, sheet: 'Data 2022' },
    ];
    for (const request of requests) {
      const inWorker = await viaApi(request);
      expect(inWorker, JSON.stringify(request.sheet)).toStrictEqual(await onThisThread(request));
      expect(inWorker).toHaveProperty('data');
    }
    // Not a comparison of empty previews.
    const survey = (await viaApi({ source: pathOf('survei.xlsx'), sheet: 'Data Survei' })) as { data: { preview: unknown[]; headers: string[] } };
    expect(survey.data.preview).toHaveLength(20);
    expect(survey.data.headers).toHaveLength(24);
  }, 60_000);

  it('keeps the service thread turning while a wide workbook is read; on this thread it stands still', async () => {
    const path = writeFile(tmp.dir, 'lebar.xlsx', await wideWorkbook(600, 500));
    const request: InspectRequest = { source: { kind: 'path', path } };
    // The worker is started and its modules loaded first, as after the wizard's first file.
    await viaApi(request);
    const here = await watchEventLoop(() => inspectFile(db, request));
    const inWorker = await watchEventLoop(() => api.invoke('datasets:inspect', request));
    expect(inWorker.result).toStrictEqual({ ok: true, data: here.result });
    // 500 rows of 500 columns read by exceljs: hundreds of ms in one block on this thread.
    expect(here.longestGapMs).toBeGreaterThan(100);
    expect(inWorker.turns).toBeGreaterThanOrEqual(5);
    expect(inWorker.longestGapMs).toBeLessThan(here.longestGapMs / 2);
  }, 120_000);
});

describe('files datasets:inspect refuses, in the worker as on the calling thread', () => {
  const refusal = (name: string) => `Berkas "${name}" tidak dapat dibaca sebagai lembar kerja Excel (.xlsx). Proyek tidak diubah.`;

  /** Each file's error through the API equals the calling thread's, and is the expected one. */
  async function expectRefused(name: string, content: Uint8Array | string, code: string, message: string, sheet?: string): Promise<void> {
    const request: InspectRequest = { source: { kind: 'path', path: writeFile(tmp.dir, name, content) }, sheet };
    const inWorker = await viaApi(request);
    expect(inWorker).toStrictEqual(await onThisThread(request));
    expect(inWorker).toStrictEqual({ code, message });
  }

  it('a file that is not a workbook, or not one exceljs can read', async () => {
    await expectRefused('arsip.xlsx', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]), 'BAD_FILE', refusal('arsip.xlsx'));
    const docx = await writeStoredZip([{ name: 'word/document.xml', data: Buffer.from('<w:document xmlns:w="urn:x"/>') }]);
    await expectRefused('surat.xlsx', docx, 'BAD_FILE', 'Berkas "surat.xlsx" tidak berisi lembar kerja. Proyek tidak diubah.');
    await expectRefused('kosong.xlsx', new Uint8Array(0), 'BAD_FILE', 'Berkas "kosong.xlsx" tidak dapat diimpor: berkasnya kosong (0 bita). Proyek tidak diubah.');
    await expectRefused('laporan.pdf', Buffer.from('%PDF-1.7\n...'), 'BAD_FILE', 'Berkas "laporan.pdf" tidak dapat diimpor: ini berkas PDF, bukan tabel. Gunakan berkas Excel (.xlsx) atau CSV. Proyek tidak diubah.');
  });

  it('a workbook cut off, or damaged inside', async () => {
    const whole = await streamedSurveyWorkbook(300);
    await expectRefused('terpotong.xlsx', whole.subarray(0, Math.floor(whole.length * 0.6)), 'BAD_FILE', refusal('terpotong.xlsx'));
    const damaged = Buffer.from(whole);
    // Scrambles the middle of the file: the compressed sheet data.
    for (let i = Math.floor(damaged.length * 0.3); i < damaged.length * 0.5; i += 7) damaged[i] ^= 0x5a;
    await expectRefused('rusak.xlsx', damaged, 'BAD_FILE', refusal('rusak.xlsx'), 'Data Survei');
    // The preview of another sheet reads nothing of the damaged one (it used to read all of them); the
    // import reads the whole workbook and refuses it.
    const other = await viaApi({ source: { kind: 'path', path: writeFile(tmp.dir, 'rusak.xlsx', damaged) }, sheet: 'Petunjuk' });
    expect(other).toHaveProperty('data.sheet', 'Petunjuk');
    expect((await importError(db, writeFile(tmp.dir, 'rusak.xlsx', damaged), { sheet: 'Petunjuk' })).message).toBe(refusal('rusak.xlsx'));
  });

  it('a workbook with a password (an encrypted package, as Excel saves it) or an encrypted zip', async () => {
    // Excel stores a password-protected workbook in an OLE compound file, like the old .xls.
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), Buffer.from('E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0')]);
    await expectRefused('rahasia.xlsx', ole, 'BAD_FILE', 'Berkas "rahasia.xlsx" tidak dapat diimpor: ini berkas Excel lama (.xls). Buka di Excel lalu simpan sebagai .xlsx atau CSV. Proyek tidak diubah.');
    // A zip whose entries are marked encrypted (a zip tool's password).
    const zip = Buffer.from(await officeWorkbook());
    for (let p = 0; p + 4 <= zip.length; p++) {
      const sig = zip.readUInt32LE(p);
      if (sig === 0x04034b50) zip.writeUInt16LE(zip.readUInt16LE(p + 6) | 1, p + 6);
      if (sig === 0x02014b50) zip.writeUInt16LE(zip.readUInt16LE(p + 8) | 1, p + 8);
    }
    await expectRefused('terkunci.xlsx', zip, 'BAD_FILE', refusal('terkunci.xlsx'));
  });

  it('a sheet that is not in the workbook, with the sheets there are', async () => {
    await expectRefused('kantor-2.xlsx', await officeWorkbook(), 'BAD_FILE', 'Lembar "Data 2023" tidak ada di berkas ini. Lembar yang ada: "Petunjuk", "Data 2022", "Rekap".', 'Data 2023');
  });
});
