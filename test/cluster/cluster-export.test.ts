import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { createServiceApi, type ServiceApi } from '../../services/handlers';
import type { ClusterExportResult, ClusterRunDetail } from '../../shared/api/contract-cluster';
import type { JobProgress } from '../../shared/api/events';
import { looksLikePersonalNumber } from '../../shared/domain/masking';
import { addRound, createProject, insertSegments, ok, tempDir } from './project';

/**
 * `cluster:export`: the workbook is read back with exceljs and every figure compared with what
 * `cluster:get` returns for the same run (nothing hard-coded), the members list against
 * `cluster:assignments`, and the file is checked for personal numbers and formula injection.
 */
const features = [{ key: 'omzet_tahunan' }, { key: 'aset' }, { key: 'tenaga_kerja' }, { key: 'online' }, { key: 'nib' }];
const RENAMED = 'Pedagang kecil (uji ekspor)';
const FORMULA_NAME = '=HYPERLINK("http://contoh.invalid","klik")';
const NIK_IN_NAME = 'Warung 3575012345670001';

let api: ServiceApi;
let run: ClusterRunDetail;
let bigRun: ClusterRunDetail;
let xlsx: ClusterExportResult;
let book: ExcelJS.Workbook;
/** Every NIK, No. KK and phone number stored in the project. */
let personalValues: string[];
const temp = tempDir();

beforeAll(async () => {
  const path = join(temp.dir, 'ekspor.sqlite');
  const db = createProject(path);
  const roundId = addRound(db, 'Pendataan 2022', 2022);
  insertSegments(db, roundId, 80, 5, { missingAset: 0.05 });
  // Personal numbers on every business: none of them may reach the export.
  db.prepare(`UPDATE businesses SET nik = '3575' || printf('%012d', id), no_kk = '3575' || printf('%012d', id + 500000),
    telepon = '0812' || printf('%08d', id), nama_pelaku = 'Pelaku ' || id`).run();
  const [first, second] = db.prepare('SELECT id FROM businesses WHERE round_id = ? AND aset IS NOT NULL ORDER BY id LIMIT 2').pluck().all(roundId) as number[];
  db.prepare('UPDATE businesses SET nama_usaha = ? WHERE id = ?').run(FORMULA_NAME, first);
  db.prepare('UPDATE businesses SET nama_usaha = ? WHERE id = ?').run(NIK_IN_NAME, second);
  personalValues = (db.prepare('SELECT nik, no_kk, telepon FROM businesses').raw().all() as string[][]).flat();
  const later = addRound(db, 'Pendataan 2023/2024', 2023);
  insertSegments(db, later, 30, 6);
  const big = addRound(db, 'Putaran besar', 2024);
  insertSegments(db, big, 4000, 7);
  db.close();
  api = createServiceApi('cli');
  api.session.open(path, false);
  const fitted = await ok(api.call('cluster:run', { filter: { roundId }, features, k: 3, seed: 11, restarts: 3, stabilityRuns: 1, range: { kMin: 2, kMax: 4 } }));
  await ok(api.call('cluster:rename', { runId: fitted.run_id, labels: [{ cluster: 0, label: RENAMED }] }));
  await ok(api.call('cluster:assign', { runId: fitted.run_id, filter: { roundId: later } }));
  run = await ok(api.call('cluster:get', { runId: fitted.run_id }));
  xlsx = await ok(api.call('cluster:export', { runId: run.run_id, path: join(temp.dir, 'klaster.xlsx') }));
  book = new ExcelJS.Workbook();
  await book.xlsx.readFile(xlsx.path);
  bigRun = await ok(api.call('cluster:run', { filter: { roundId: big }, features: features.slice(0, 3), k: 2, restarts: 1, stabilityRuns: 0 }));
}, 120_000);
afterAll(() => {
  api.close();
  temp.cleanup();
});

type Value = ExcelJS.CellValue;

/** A table of a sheet starting at the row whose first cell is `firstHeader`: columns by "GROUP/header" (or header), data rows until a blank one. */
function readTable(ws: ExcelJS.Worksheet, firstHeader: string, grouped: boolean, from = 1) {
  let top = from;
  while (top <= ws.rowCount && ws.getCell(top, 1).value !== firstHeader) top++;
  if (top > ws.rowCount) throw new Error(`tabel "${firstHeader}" tidak ada di ${ws.name}`);
  const width = ws.getRow(top).cellCount;
  const keys = Array.from({ length: width }, (_, i) => {
    const a = String(ws.getCell(top, i + 1).value);
    const b = grouped ? String(ws.getCell(top + 1, i + 1).value) : a;
    return a === b ? a : `${a}/${b}`;
  });
  const rows: Value[][] = [];
  const cells: ExcelJS.Cell[][] = [];
  for (let r = top + (grouped ? 2 : 1); r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    if (row.getCell(1).value === null && row.getCell(2).value === null) break;
    rows.push(keys.map((_, i) => row.getCell(i + 1).value));
    cells.push(keys.map((_, i) => row.getCell(i + 1)));
  }
  const col = (key: string) => {
    const i = keys.indexOf(key);
    if (i < 0) throw new Error(`kolom "${key}" tidak ada di ${ws.name}: ${keys.join(' | ')}`);
    return i;
  };
  return { keys, rows, cells, col, top };
}

/** Every text cell of the workbook, and every whole number 15-16 digits long (a NIK stored as a number). */
function allCellText(wb: ExcelJS.Workbook): string[] {
  const out: string[] = [];
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => {
    const v = cell.value;
    if (typeof v === 'string' || (typeof v === 'number' && Number.isInteger(v) && Math.abs(v) >= 1e14)) out.push(String(v));
  })));
  return out;
}

/** A NIK/KK-shaped run of digits, or a text the importer would take for a personal number. */
const personal = (text: string) => /(^|\D)\d{15,16}(\D|$)/.test(text) || looksLikePersonalNumber(text);

const sheet = (name: string) => {
  const ws = book.getWorksheet(name);
  if (!ws) throw new Error(`sheet ${name} tidak ada`);
  return ws;
};

describe('exporting a saved run to XLSX', () => {
  it('writes the summary, profiles, kecamatan table, choice of k, members and one sheet per stored placement', () => {
    const placement = `Penempatan ${run.projections[0]!.round_name}`.replace('/', '-');
    expect(book.worksheets.map((s) => s.name)).toEqual(['Ringkasan', 'Profil klaster', 'Klaster × Kecamatan', 'Pemilihan k', 'Anggota', placement]);
    expect(xlsx.sheets).toEqual(book.worksheets.map((s) => s.name));
    expect(xlsx.rows).toBe(run.rows);
    expect(xlsx.format).toBe('xlsx');
  });

  it('has one profile row per cluster with its current name and every figure of cluster:get, Rupiah formatted', () => {
    const t = readTable(sheet('Profil klaster'), 'KLASTER', true);
    const data = t.rows.slice(0, run.k);
    expect(t.rows[run.k]?.[0]).toBe('Jumlah');
    expect(t.rows[run.k]?.[t.col('JUMLAH USAHA')]).toBe(run.rows);
    expect(data[0]?.[t.col('NAMA KLASTER')]).toBe(RENAMED);
    const stats = ['n', 'kosong', 'min', 'kuartil 1', 'median', 'kuartil 3', 'maks', 'rata-rata'] as const;
    const fields = ['n', 'missing', 'min', 'q1', 'median', 'q3', 'max', 'mean'] as const;
    const groups = { omzet_tahunan: 'OMZET PER TAHUN (Rp)', aset: 'ASET USAHA (Rp)', modal: 'MODAL USAHA (Rp)', tenaga_kerja: 'TENAGA KERJA (orang)' } as const;
    run.clusters.forEach((c, j) => {
      const row = data[j]!;
      expect(row[t.col('KLASTER')]).toBe(c.cluster + 1);
      expect(row[t.col('NAMA KLASTER')]).toBe(c.label);
      expect(row[t.col('NAMA OTOMATIS')]).toBe(c.generated_label);
      expect(row[t.col('JUMLAH USAHA')]).toBe(c.size);
      expect(row[t.col('PANGSA (%)')]).toBe(c.share);
      for (const [key, group] of Object.entries(groups) as Array<[keyof typeof groups, string]>) {
        stats.forEach((h, i) => expect(row[t.col(`${group}/${h}`)], `${key} ${h}`).toBe(c[key]?.[fields[i]!] ?? (h === 'n' ? 0 : null)));
      }
      expect(row[t.col('PEMASARAN ONLINE (%)')]).toBe(c.share_online);
      expect(row[t.col('MEMILIKI NIB/SKU (%)')]).toBe(c.share_nib);
      for (const s of c.sectors) expect(row[t.col(`BIDANG USAHA (%)/${s.label}`)]).toBe(s.share);
      expect(row[t.col('PALING TERKONSENTRASI DI/KELURAHAN')]).toBe(c.top_kelurahan?.name ?? null);
      expect(row[t.col('PALING TERKONSENTRASI DI/KALI PORSI RATA-RATA')]).toBe(c.top_kelurahan?.lift ?? null);
    });
    expect(t.cells[0]![t.col('OMZET PER TAHUN (Rp)/median')]!.numFmt).toContain('Rp');
    expect(t.cells[0]![t.col('PANGSA (%)')]!.numFmt).toContain('%');
  });

  it('says in the summary what was clustered and how, with the indices and which direction is better', () => {
    const t = readTable(sheet('Ringkasan'), 'URAIAN', false);
    const line = (label: string) => {
      const row = t.rows.find((r) => r[0] === label);
      if (!row) throw new Error(`baris "${label}" tidak ada`);
      return { value: row[1], note: String(row[2] ?? '') };
    };
    expect(line('Nama hasil').value).toBe(run.name);
    expect(line('Putaran survei').value).toBe(run.round_name);
    expect(line('Usaha sesuai filter').value).toBe(run.missing.rows_in);
    expect(line('Usaha dibuang karena nilai kosong').value).toBe(run.missing.dropped);
    expect(line('Usaha yang diklaster').value).toBe(run.rows);
    expect(line('Jumlah klaster (k)').value).toBe(run.k);
    expect(line('Seed').value).toBe(run.seed);
    expect(line('Jumlah start').value).toBe(run.restarts);
    expect(line('Iterasi').value).toBe(run.iterations);
    expect(line('Silhouette rata-rata').value).toBe(run.silhouette);
    expect(line('Silhouette rata-rata').note).toContain(run.silhouette_info.exact ? 'tepat' : String(run.silhouette_info.sample_size));
    expect(line('Calinski-Harabasz').value).toBe(run.calinski_harabasz);
    expect(line('Davies-Bouldin').value).toBe(run.davies_bouldin);
    expect(line('Davies-Bouldin').note).toContain('Lebih rendah lebih baik');
    expect(line('Stabilitas (ARI terhadap seed lain)').value).toBe(run.stability?.mean ?? null);
    expect(line('Hash data masukan (SHA-256)').value).toBe(run.input_hash);
    for (const [name, version] of Object.entries(run.versions)) expect(line(`Versi ${name}`).value).toBe(version);
    expect(line('Dibuat').note).toContain(run.created_at);
    const f = readTable(sheet('Ringkasan'), 'FITUR', false, t.top + 1);
    expect(f.rows.map((r) => r[f.col('KUNCI')])).toEqual(run.fitted_features.map((x) => x.key));
    run.fitted_features.forEach((x, i) => {
      expect(f.rows[i]![f.col('KOSONG')]).toBe(run.missing.missing_by_feature[x.key] ?? 0);
      expect(f.rows[i]![f.col('BOBOT')]).toBe(x.weight);
      expect(f.rows[i]![f.col('PUSAT')]).toBe(x.kind === 'category' ? null : x.center);
    });
    expect(f.rows[0]![f.col('TRANSFORMASI')]).toBe('log(1 + x)');
  });

  it('writes the cluster × kecamatan counts and totals of cluster:get', () => {
    const t = readTable(sheet('Klaster × Kecamatan'), 'KODE', true);
    const table = run.kecamatan_table;
    expect(t.rows.length).toBe(table.areas.length + 1);
    table.areas.forEach((a, r) => {
      expect(t.rows[r]![t.col('KODE')]).toBe(a.code);
      run.clusters.forEach((c, j) => expect(t.rows[r]![t.col(`JUMLAH USAHA/Klaster ${j + 1}: ${c.label}`)]).toBe(table.counts[r]![j]));
    });
    const total = t.rows[table.areas.length]!;
    run.clusters.forEach((c, j) => expect(total[t.col(`JUMLAH USAHA/Klaster ${j + 1}: ${c.label}`)]).toBe(table.totals[j]));
    expect(total[t.col('JUMLAH USAHA/JUMLAH')]).toBe(run.rows);
  });

  it('writes the stored sweep with the recommended k and its reason', () => {
    const ws = sheet('Pemilihan k');
    const t = readTable(ws, 'k', false);
    const points = run.sweep!.points;
    expect(t.rows.map((r) => r[t.col('k')])).toEqual(points.map((p) => p.k));
    points.forEach((p, i) => {
      expect(t.rows[i]![t.col('SILHOUETTE')]).toBe(p.silhouette);
      expect(t.rows[i]![t.col('CALINSKI-HARABASZ')]).toBe(p.calinski_harabasz);
      expect(t.rows[i]![t.col('DAVIES-BOULDIN (lebih rendah lebih baik)')]).toBe(p.davies_bouldin);
      expect(t.rows[i]![t.col('INERSIA')]).toBe(p.inertia);
    });
    const notes: string[] = [];
    ws.eachRow((row) => notes.push(String(row.getCell(1).value)));
    expect(notes).toContain(`k yang disarankan: ${run.sweep!.recommended!.k}. ${run.sweep!.recommended!.reason}`);
  });

  it('lists every clustered business once with its cluster and name, and no NIK, No. KK or phone', async () => {
    const ws = sheet('Anggota');
    const t = readTable(ws, 'ID USAHA', false);
    const members = t.rows.filter((r) => typeof r[0] === 'number');
    expect(members.length).toBe(run.rows);
    const a = await ok(api.call('cluster:assignments', { runId: run.run_id }));
    expect(members.map((r) => r[t.col('ID USAHA')])).toEqual(a.business_id);
    expect(members.map((r) => r[t.col('KLASTER')])).toEqual(a.cluster.map((c) => c + 1));
    const labels = new Map(run.clusters.map((c) => [c.cluster + 1, c.label]));
    for (const r of members) expect(r[t.col('NAMA KLASTER')]).toBe(labels.get(r[t.col('KLASTER')] as number));
    expect(t.keys).toEqual(['ID USAHA', 'NAMA USAHA', 'KECAMATAN', 'KELURAHAN', 'BIDANG USAHA', 'KLASTER', 'NAMA KLASTER']);
    // The formula stays text in XLSX; a NIK typed into the name is masked.
    expect(members.some((r) => r[t.col('NAMA USAHA')] === FORMULA_NAME)).toBe(true);
    expect(members.some((r) => String(r[t.col('NAMA USAHA')]).startsWith('Warung 3575**'))).toBe(true);
    const text = allCellText(book).filter((v) => v !== run.input_hash);
    expect(text.filter(personal)).toEqual([]);
    expect(text.filter((v) => personalValues.some((p) => v.includes(p)) || v.startsWith('Pelaku '))).toEqual([]);
  });

  it('writes each stored placement: shares when fitted and now, and the change in points', () => {
    const p = run.projections[0]!;
    const t = readTable(sheet(xlsx.sheets.at(-1)!), 'KLASTER', true);
    run.clusters.forEach((c, j) => {
      const row = t.rows[j]!;
      expect(row[t.col('NAMA KLASTER')]).toBe(c.label);
      expect(row[t.col('SAAT MODEL DIBUAT/PANGSA (%)')]).toBe(p.fit_shares[j]);
      expect(row[t.col(`PUTARAN YANG DITEMPATKAN/USAHA ${p.round_name}`)]).toBe(p.sizes[j]);
      expect(row[t.col('PUTARAN YANG DITEMPATKAN/PANGSA (%)')]).toBe(p.shares[j]);
      expect(row[t.col('PERUBAHAN (POIN PERSEN)')]).toBeCloseTo((p.shares[j]! - p.fit_shares[j]!) * 100, 12);
    });
  });
});

describe('exporting the members to CSV', () => {
  it('writes one line per clustered business, neutralises formulas and holds no personal numbers', async () => {
    const result = await ok(api.call('cluster:export', { runId: run.run_id, path: join(temp.dir, 'anggota.csv') }));
    expect(result.format).toBe('csv');
    expect(result.rows).toBe(run.rows);
    const text = readFileSync(result.path, 'utf8');
    expect(text.startsWith('\uFEFFID USAHA,NAMA USAHA,KECAMATAN,KELURAHAN,BIDANG USAHA,KLASTER,NAMA KLASTER\r\n')).toBe(true);
    const lines = text.split('\r\n');
    expect(lines.filter((l) => /^\d+,/.test(l)).length).toBe(run.rows);
    expect(lines.some((l) => l.includes(`"'=HYPERLINK(""http://contoh.invalid"",""klik"")"`))).toBe(true);
    expect(lines.some((l) => /,"?=/.test(l))).toBe(false);
    expect(text.split(/[,\r\n]/).filter((v) => !/^\d+$/.test(v) && personal(v))).toEqual([]);
    expect(text).not.toMatch(/(^|\D)\d{15,16}(\D|$)/);
    expect(personalValues.filter((p) => text.includes(p))).toEqual([]);
    expect(text).toContain('Sumber: data diolah');
  });
});

describe('export failures and large runs', () => {
  it('refuses a missing folder, a wrong extension and an unknown run in Indonesian, leaving no file', async () => {
    const missing = await api.call('cluster:export', { runId: run.run_id, path: join(temp.dir, 'tidak-ada', 'klaster.xlsx') });
    expect(missing.ok || missing.error).toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('Folder tujuan tidak ada') });
    const pdf = await api.call('cluster:export', { runId: run.run_id, path: join(temp.dir, 'klaster.pdf') });
    expect(pdf.ok || pdf.error).toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('harus berakhiran .xlsx atau .csv') });
    const unknown = await api.call('cluster:export', { runId: 999_999, path: join(temp.dir, 'lain.xlsx') });
    expect(unknown.ok || unknown.error).toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('tidak ditemukan') });
    expect(existsSync(join(temp.dir, 'lain.xlsx'))).toBe(false);
  });

  // Root may write anywhere but sysfs, so as root (CI containers) the folder is /sys; otherwise a folder without write permission.
  const asRoot = process.getuid?.() === 0;
  it.skipIf(asRoot && process.platform !== 'linux')('says so when the folder cannot be written to, and leaves nothing behind', async () => {
    const locked = asRoot ? '/sys' : join(temp.dir, 'terkunci');
    if (!asRoot) {
      mkdirSync(locked);
      chmodSync(locked, 0o500);
    }
    try {
      const r = await api.call('cluster:export', { runId: run.run_id, path: join(locked, 'klaster-uji.xlsx') });
      expect(r.ok || r.error).toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('Tidak ada izin menulis') });
      const csv = await api.call('cluster:export', { runId: run.run_id, path: join(locked, 'klaster-uji.csv') });
      expect(csv.ok || csv.error).toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('Tidak ada izin menulis') });
      expect(readdirSync(locked).filter((f) => f.startsWith('klaster-uji'))).toEqual([]);
    } finally {
      if (!asRoot) chmodSync(locked, 0o700);
    }
  });

  it('reports progress while writing the members of a large run, page by page', async () => {
    const events: JobProgress[] = [];
    const off = api.on('job:progress', (p) => p.jobId === 'ekspor-besar' && events.push(p));
    const result = await ok(api.call('cluster:export', { runId: bigRun.run_id, path: join(temp.dir, 'besar.xlsx'), jobId: 'ekspor-besar' }));
    off();
    expect(result.rows).toBe(bigRun.rows);
    expect(events.length).toBeGreaterThan(1);
    expect(events.at(-1)).toMatchObject({ done: bigRun.rows, total: bigRun.rows });
  });

  it('stops when cancelled and leaves no file, not even a temporary one', async () => {
    const target = join(temp.dir, 'batal', 'besar.xlsx');
    mkdirSync(join(temp.dir, 'batal'));
    const off = api.on('job:progress', (p) => {
      if (p.jobId === 'ekspor-batal') void api.call('jobs:cancel', { jobId: 'ekspor-batal' });
    });
    const r = await api.call('cluster:export', { runId: bigRun.run_id, path: target, jobId: 'ekspor-batal' });
    off();
    expect(r.ok || r.error).toMatchObject({ code: 'CANCELLED' });
    expect(readdirSync(join(temp.dir, 'batal'))).toEqual([]);
  });
});
