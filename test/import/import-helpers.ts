import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openProjectDb, type Db } from '../../services/db/open';
import { initialiseProject } from '../../services/project/project-meta';
import { runImport } from '../../services/import';
import { JobRegistry } from '../../services/jobs/job-registry';
import type { ImportOptions, ImportSummary } from '../../shared/api/contract-import';
import type { JobProgress } from '../../shared/api/events';
import { AppError } from '../../shared/api/result';
import { decodeOriginalRow } from '../../services/import/original-row';

/** A temp folder for one test file, removed afterwards. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'peta-import-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

let counter = 0;

/** A new project file (built-in Kota Pasuruan regions), as the app creates it. */
export function newProject(dir: string): { db: Db; path: string } {
  const path = join(dir, `proyek-${++counter}.sqlite`);
  const { db } = openProjectDb(path, { create: true });
  initialiseProject(db, 'Uji impor', false);
  return { db, path };
}

/** Writes a file (text as UTF-8 unless bytes are given) and returns its path. */
export function writeFile(dir: string, name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** Runs an import through the job registry, as the handlers do; progress events are collected. */
export async function importFile(
  db: Db,
  path: string,
  options: Partial<ImportOptions> = {},
  onProgress?: (p: JobProgress, cancel: () => void) => void,
): Promise<ImportSummary> {
  const jobs: JobRegistry = new JobRegistry((p) => onProgress?.(p, () => jobs.cancel(p.jobId)), 0);
  return jobs.run(undefined, (job) => runImport(db, { source: { kind: 'path', path }, ...options }, job));
}

/** The AppError an import fails with (the test fails if it succeeds). */
export async function importError(db: Db, path: string, options: Partial<ImportOptions> = {}): Promise<AppError> {
  try {
    await importFile(db, path, options);
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('Impor seharusnya gagal, tetapi berhasil.');
}

/** Every row of every table (sorted): two equal snapshots mean the project's data did not change. */
export function snapshotTables(db: Db): Record<string, unknown[]> {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  const out: Record<string, unknown[]> = {};
  // Sorted in JS: some tables of other features are WITHOUT ROWID.
  for (const t of tables) out[t] = (db.prepare(`SELECT * FROM "${t}"`).raw().all() as unknown[][]).map((r) => JSON.stringify(r)).sort();
  out['(schema)'] = db.prepare('SELECT type, name, sql FROM sqlite_master ORDER BY name').raw().all();
  return out;
}

export interface StoredBusiness {
  import_id: number | null;
  source_row: number;
  nama_pelaku: string | null;
  nama_usaha: string | null;
  nik: string | null;
  no_kk: string | null;
  telepon: string | null;
  alamat: string | null;
  rt: string | null;
  rw: string | null;
  kecamatan_code: string | null;
  kelurahan_code: string | null;
  bidang_usaha: string | null;
  nib: string | null;
  omzet_nilai: number | null;
  omzet_periode: string | null;
  omzet_tahunan: number | null;
  omzet_bulanan: number | null;
  aset: number | null;
  modal: number | null;
  pemasaran: string | null;
  tenaga_kerja: number | null;
  tenaga_kerja_l: number | null;
  tenaga_kerja_p: number | null;
  status: string;
  alasan_hilang: string | null;
  sumber: string;
  duplicate_state: string | null;
  original_json: string;
  extra_json: string | null;
}

/** The businesses of a round in sheet order. */
export function businessesOf(db: Db, roundId: number): StoredBusiness[] {
  return db.prepare('SELECT * FROM businesses WHERE round_id = ? ORDER BY source_row').all(roundId) as StoredBusiness[];
}

/** A business's stored original row as `{header: cell}` (unmasked), keyed by its import's headers. */
export function originalRowOf(db: Db, b: StoredBusiness): Record<string, string> {
  const headers = db.prepare('SELECT headers_json FROM imports WHERE id = ?').pluck().get(b.import_id) as string | undefined;
  return decodeOriginalRow(b.original_json, headers === undefined ? null : (JSON.parse(headers) as string[]));
}

/** The issues of a round as `code|column|message`. */
export function issuesOf(db: Db, roundId: number): Array<{ source_row: number; code: string; column_name: string | null; severity: string; message: string }> {
  return db
    .prepare(`SELECT b.source_row, i.code, i.column_name, i.severity, i.message FROM business_issues i JOIN businesses b ON b.id = i.business_id
      WHERE b.round_id = ? ORDER BY b.source_row, i.id`)
    .all(roundId) as Array<{ source_row: number; code: string; column_name: string | null; severity: string; message: string }>;
}

/** Valid invented NIKs/KKs (Kota Pasuruan structure), distinct per n. */
export function nikOf(n: number, female = false): string {
  const day = String((n % 28) + 1 + (female ? 40 : 0)).padStart(2, '0');
  return `357501${day}0585${String(n + 1).padStart(4, '0')}`;
}

/** The tidy template header of the foundation (FIELD_LABELS), the columns the demo CSV uses. */
export const TIDY_HEADER = [
  'Nama Pelaku Usaha', 'Nama Usaha', 'NIK', 'Nomor KK', 'Alamat KTP', 'RT', 'RW', 'Kelurahan', 'Kecamatan', 'Bidang Usaha',
  'Jenis Usaha', 'Telepon/HP', 'SKU/NIB', 'Omzet per Bulan (Rp)', 'Aset Usaha (Rp)', 'Modal (Rp)', 'Pemasaran',
  'Tenaga Kerja L', 'Tenaga Kerja P', 'Status Verifikasi', 'Alasan Hilang', 'Sumber Data',
];

/** One tidy row for business n (values chosen to be valid). */
export function tidyRow(n: number, overrides: Partial<Record<string, string>> = {}): string[] {
  const base: Record<string, string> = {
    'Nama Pelaku Usaha': `Pelaku ${n}`,
    'Nama Usaha': `Usaha ${n}`,
    NIK: nikOf(n),
    'Nomor KK': `3575012007160${String(n + 100).padStart(3, '0')}`,
    'Alamat KTP': `Jl. Melati No. ${n}`,
    RT: '001',
    RW: '002',
    Kelurahan: 'Karangketug',
    Kecamatan: 'Gadingrejo',
    'Bidang Usaha': 'Perdagangan',
    'Jenis Usaha': 'warung',
    'Telepon/HP': `08123456${String(n).padStart(4, '0')}`,
    'SKU/NIB': `91206607${String(n).padStart(5, '0')}`,
    'Omzet per Bulan (Rp)': String(1_000_000 + n * 1000),
    'Aset Usaha (Rp)': '5000000',
    'Modal (Rp)': '2000000',
    Pemasaran: 'Offline',
    'Tenaga Kerja L': '1',
    'Tenaga Kerja P': '0',
    'Status Verifikasi': 'valid',
    'Alasan Hilang': '',
    'Sumber Data': 'data_dinas',
    ...overrides,
  };
  return TIDY_HEADER.map((h) => base[h] ?? '');
}

/** CSV text from rows (cells quoted when they need it). */
export function toCsv(rows: string[][], delimiter = ',', newline = '\n'): string {
  const quote = (c: string) => (c.includes(delimiter) || c.includes('"') || c.includes('\n') || c.includes('\r') ? `"${c.replace(/"/g, '""')}"` : c);
  return rows.map((r) => r.map(quote).join(delimiter)).join(newline) + newline;
}
