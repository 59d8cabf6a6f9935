import ExcelJS from 'exceljs';
import { closeSync, createWriteStream, openSync, rmSync, writeSync, type WriteStream } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../../shared/api/result';
import type { ClusterExportResult, ClusterRunDetail } from '../../shared/api/contract-cluster';
import { SECTOR_LABELS, type Sector } from '../../shared/domain/business';
import { maskIdentityNumber } from '../../shared/domain/masking';
import type { Db } from '../db/open';
import type { JobControl } from '../jobs/job-registry';
import { getRunDetail } from '../cluster/run-detail';
import { kecamatanBlock, methodName, placementBlock, profileBlock, sweepBlock, type ExportSheet } from './cluster-export-sheets';
import { describeFilter, formatLocalDateTime, summaryBlocks } from './cluster-export-summary';
import { toCsv } from './csv-safe';
import { checkExportTarget, exportFormatOf } from './export-tables';
import type { Cell } from './sheet-model';
import { columnWidths, NUMBER_FORMATS, writeAtomically, writeTableBlock } from './write-tables';

/**
 * Export of a saved clustering run for FGD and planning documents: an XLSX workbook (summary, cluster
 * profiles, cluster × kecamatan, the choice of k, the members, each stored placement of another round)
 * or the members alone as CSV. Every figure comes from `cluster:get`; the members list carries no NIK,
 * No. KK or phone at all. The members of a 421,000-business run are read a page at a time and streamed
 * to the file, yielding to the event loop between pages, so the services keep answering meanwhile.
 */

/** Businesses read, written and reported per step. */
const PAGE = 2000;

/** Sheet names of the workbook (placements are `Penempatan <round>`). */
export const CLUSTER_SHEETS = { summary: 'Ringkasan', profiles: 'Profil klaster', kecamatan: 'Klaster × Kecamatan', sweep: 'Pemilihan k', members: 'Anggota' } as const;

const MEMBER_COLUMNS = [
  ['ID USAHA', 'int', 10], ['NAMA USAHA', 'text', 36], ['KECAMATAN', 'text', 20], ['KELURAHAN', 'text', 22],
  ['BIDANG USAHA', 'text', 14], ['KLASTER', 'int', 9], ['NAMA KLASTER', 'text', 34],
] as const;

type MemberRow = [business_id: number, nama_usaha: string | null, kecamatan: string | null, kelurahan: string | null, bidang: string | null, cluster: number];

/** A run of 15-17 digits inside a business name is almost surely a NIK or No. KK typed in the wrong column. */
const NUMBER_RUN = /\d{15,17}/g;
const scrubName = (name: string | null) => (name === null ? null : name.replace(NUMBER_RUN, (d) => maskIdentityNumber(d) ?? ''));

/** The run's clustered businesses by id, a page at a time (no statement stays open across a yield). */
async function* readMembers(db: Db, run: ClusterRunDetail, job?: JobControl): AsyncGenerator<Cell[][]> {
  const stmt = db.prepare(`SELECT a.business_id, b.nama_usaha, kc.name, kl.name, b.bidang_usaha, a.cluster
    FROM cluster_assignments a JOIN businesses b ON b.id = a.business_id
    LEFT JOIN regions kc ON kc.code = b.kecamatan_code LEFT JOIN regions kl ON kl.code = b.kelurahan_code
    WHERE a.run_id = ? AND a.source = 'fit' AND a.business_id > ? ORDER BY a.business_id LIMIT ?`).raw();
  const labels = new Map(run.clusters.map((c) => [c.cluster, c.label]));
  let after = 0;
  let done = 0;
  for (;;) {
    job?.throwIfCancelled();
    const page = stmt.all(run.run_id, after, PAGE) as MemberRow[];
    if (page.length === 0) return;
    after = page[page.length - 1]![0];
    done += page.length;
    yield page.map(([id, nama, kec, kel, bidang, cluster]) => [
      id, scrubName(nama), kec, kel, bidang ? (SECTOR_LABELS[bidang as Sector] ?? bidang) : null, cluster + 1, labels.get(cluster) ?? null,
    ]);
    job?.progress('Menulis anggota klaster', done, run.rows);
    // Lets other requests and the progress events through between pages.
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Excel's forbidden sheet-name characters replaced, at most 31 characters, unique in the workbook. */
function sheetName(wanted: string, used: Set<string>): string {
  const clean = wanted.replace(/[[\]:*?/\\]/g, '-').trim();
  let name = clean.slice(0, 31);
  for (let n = 2; used.has(name.toLowerCase()); n++) name = `${clean.slice(0, 31 - String(n).length - 1)} ${n}`;
  used.add(name.toLowerCase());
  return name;
}

/** The members sheet: a header row Excel can filter on (frozen), one row per business, then the footer. */
async function writeMembersSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, name: string, rows: AsyncIterable<Cell[][]>, footer: string[]): Promise<number> {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = MEMBER_COLUMNS.map(([header, kind, width]) => ({ header, width, style: NUMBER_FORMATS[kind] ? { numFmt: NUMBER_FORMATS[kind] } : {} }));
  ws.getRow(1).font = { bold: true };
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: MEMBER_COLUMNS.length } };
  let count = 0;
  for await (const page of rows) {
    for (const values of page) ws.addRow(values).commit();
    count += page.length;
  }
  ws.addRow([]).commit();
  for (const f of footer) ws.addRow([f]).commit();
  ws.commit();
  return count;
}

/** Runs `write`; if it fails or is cancelled, closes what `cleanup` closes and removes the half-written `tmp`. */
async function removingOnFailure(tmp: string, write: () => Promise<void>, cleanup?: () => void): Promise<void> {
  try {
    await write();
  } catch (err) {
    cleanup?.();
    rmSync(tmp, { force: true });
    throw err;
  }
}

/** A file stream once it is open; a folder the services may not write to fails in Indonesian, not with a Node error. */
function openForWriting(tmp: string, target: string): Promise<WriteStream> {
  return new Promise((resolve, reject) => {
    const stream = createWriteStream(tmp);
    stream.once('open', () => {
      // A later failure (a full disk) is checked before the workbook is finished, not left to crash the services.
      stream.on('error', () => undefined);
      resolve(stream);
    });
    stream.once('error', (err: NodeJS.ErrnoException) => reject(cannotWrite(err, target)));
  });
}

/** A write failure in words: no permission, read-only disk or a full disk; anything else as it is. */
function cannotWrite(err: NodeJS.ErrnoException, target: string): Error {
  if (err.code === 'EACCES' || err.code === 'EPERM') return new AppError('VALIDATION', `Tidak ada izin menulis berkas di folder tujuan: ${dirname(target)}. Pilih folder lain.`);
  if (err.code === 'EROFS') return new AppError('VALIDATION', `Folder tujuan hanya dapat dibaca: ${dirname(target)}. Pilih folder lain.`);
  if (err.code === 'ENOSPC') return new AppError('VALIDATION', 'Ruang penyimpanan penuh; berkas ekspor tidak dapat ditulis.');
  return err;
}

/** Names of the kecamatan/kelurahan a run's or placement's filter names (for the summary's words). */
function regionNamesOf(db: Db, run: ClusterRunDetail): Map<string, string> {
  const codes = [run.filter, ...run.projections.map((p) => p.filter)].flatMap((f) => [...(f.kecamatan ?? []), ...(f.kelurahan ?? [])]);
  if (codes.length === 0) return new Map();
  const stmt = db.prepare('SELECT name FROM regions WHERE code = ?').pluck();
  return new Map(codes.map((c) => [c, (stmt.get(c) as string | undefined) ?? c]));
}

/**
 * Writes a saved run to `path`: XLSX with every table of the run, or CSV with the members (the
 * extension decides). Progress is reported while the members are written; cancelling leaves no file.
 */
export async function exportClusterRun(db: Db, req: { runId: number; path: string }, job?: JobControl): Promise<ClusterExportResult> {
  const format = exportFormatOf(req.path);
  const path = checkExportTarget(req.path);
  const run = getRunDetail(db, req.runId);
  const exportedAt = new Date();
  const footer = [
    'Sumber: data diolah',
    `Hasil klaster "${run.name}" (ID ${run.run_id}): ${methodName(run)}, k = ${run.k}, seed ${run.seed}, putaran ${run.round_name}, dibuat ${formatLocalDateTime(run.created_at)}.`,
  ];
  const memberFooter = [...footer, 'Daftar ini tidak memuat NIK, No. KK maupun nomor telepon.'];
  let rows = 0;
  if (format === 'csv') {
    const bytes = await writeAtomically(path, (tmp) => removingOnFailure(tmp, async () => {
      let fd: number;
      try {
        fd = openSync(tmp, 'w');
      } catch (err) {
        throw cannotWrite(err as NodeJS.ErrnoException, path);
      }
      try {
        writeSync(fd, '\uFEFF' + toCsv([MEMBER_COLUMNS.map(([h]) => h)]));
        for await (const page of readMembers(db, run, job)) {
          writeSync(fd, toCsv(page));
          rows += page.length;
        }
        writeSync(fd, toCsv([[], ...memberFooter.map((f) => [f])]));
      } finally {
        closeSync(fd);
      }
    }));
    return { path, format, sheets: [CLUSTER_SHEETS.members], rows, bytes };
  }

  const regionNames = regionNamesOf(db, run);
  const used = new Set<string>();
  const sheets: ExportSheet[] = [
    { name: CLUSTER_SHEETS.summary, blocks: summaryBlocks(run, regionNames, exportedAt) },
    { name: CLUSTER_SHEETS.profiles, blocks: [profileBlock(run)] },
    { name: CLUSTER_SHEETS.kecamatan, blocks: [kecamatanBlock(run)] },
  ];
  const sweep = sweepBlock(run);
  if (sweep) sheets.push({ name: CLUSTER_SHEETS.sweep, blocks: [sweep] });
  const placements: ExportSheet[] = run.projections.map((p) => ({
    name: `Penempatan ${p.round_name}`,
    blocks: [placementBlock(run, p, (f) => describeFilter(f, p.round_name, regionNames), formatLocalDateTime)],
  }));
  const names: string[] = [];
  const bytes = await writeAtomically(path, async (tmp) => {
    const stream = await openForWriting(tmp, path);
    await removingOnFailure(tmp, async () => {
      const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
      wb.creator = 'Peta Potensi';
      wb.created = exportedAt;
      const writeTables = (sheet: ExportSheet) => {
        const name = sheetName(sheet.name, used);
        names.push(name);
        const ws = wb.addWorksheet(name);
        ws.columns = columnWidths(sheet.blocks);
        sheet.blocks.forEach((b, i) => writeTableBlock(ws, b, i === sheet.blocks.length - 1 ? footer : []));
        ws.commit();
      };
      sheets.forEach(writeTables);
      const members = sheetName(CLUSTER_SHEETS.members, used);
      names.push(members);
      rows = await writeMembersSheet(wb, members, readMembers(db, run, job), memberFooter);
      placements.forEach(writeTables);
      if (stream.errored) throw cannotWrite(stream.errored, path);
      await wb.commit();
    }, () => stream.destroy());
  });
  return { path, format, sheets: names, rows, bytes };
}
