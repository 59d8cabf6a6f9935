import ExcelJS from 'exceljs';
import { closeSync, openSync, writeSync } from 'node:fs';
import type { Db } from '../db/open';
import type { BusinessFilter } from '../../shared/api/contract-data';
import type { RecordsExportResult } from '../../shared/stats/report-types';
import type { JobControl } from '../jobs/job-registry';
import { maskIdentityNumber, maskPhone } from '../../shared/domain/masking';
import { SECTOR_LABELS } from '../../shared/domain/business';
import { LOST_REASON_LABELS } from '../../shared/domain/verification';
import { JENIS_GROUP_LABELS, isJenisGroup } from '../../shared/classify/jenis-groups';
import { SIZE_CLASS_LABELS, SIZE_CRITERION_LABELS } from '../../shared/classify/size-rules';
import { describeRuleSet } from '../../shared/classify/settings';
import { buildBusinessWhere } from '../data/filter-sql';
import { ensureClassified } from '../stats/classify-round';
import { UNKNOWN_BAND, UNKNOWN_BAND_LABEL } from '../../shared/classify/turnover-bands';
import { scanByRowRange } from '../stats/counted-set';
import { checkExportTarget, exportFormatOf } from './export-tables';
import { toCsv } from './csv-safe';
import { NUMBER_FORMATS, writeAtomically } from './write-tables';
import type { CellKind } from './sheet-model';

type Value = string | number | null;
type Raw = Record<string, Value>;

const label = <K extends string>(labels: Record<K, string>, v: Value): Value => (v === null ? null : (labels[v as K] ?? v));

/** The columns of a records export: Indonesian header, how to read the value from a row, its format. */
const COLUMNS: Array<[header: string, read: (r: Raw) => Value, kind: CellKind]> = [
  ['ID', (r) => r.id ?? null, 'int'],
  ['Baris Sumber', (r) => r.source_row ?? null, 'int'],
  ['Nama Pelaku Usaha', (r) => r.nama_pelaku ?? null, 'text'],
  ['Nama Usaha', (r) => r.nama_usaha ?? null, 'text'],
  ['NIK', (r) => r.nik ?? null, 'text'],
  ['Nomor KK', (r) => r.no_kk ?? null, 'text'],
  ['Telepon/HP', (r) => r.telepon ?? null, 'text'],
  ['Alamat KTP', (r) => r.alamat ?? null, 'text'],
  ['RT', (r) => r.rt ?? null, 'text'],
  ['RW', (r) => r.rw ?? null, 'text'],
  ['Kode Kecamatan', (r) => r.kecamatan_code ?? null, 'text'],
  ['Kecamatan', (r) => r.kecamatan_name ?? null, 'text'],
  ['Kode Kelurahan', (r) => r.kelurahan_code ?? null, 'text'],
  ['Kelurahan', (r) => r.kelurahan_name ?? null, 'text'],
  ['Bidang Usaha', (r) => label(SECTOR_LABELS, r.bidang_usaha ?? null), 'text'],
  ['Jenis Usaha', (r) => r.jenis_usaha ?? null, 'text'],
  ['Kelompok Jenis Usaha', (r) => (typeof r.jenis_group === 'string' && isJenisGroup(r.jenis_group) ? JENIS_GROUP_LABELS[r.jenis_group] : null), 'text'],
  ['KBLI (golongan pokok)', (r) => r.kbli_division ?? null, 'text'],
  ['Edisi KBLI', (r) => r.kbli_edition ?? null, 'text'],
  ['SKU/NIB', (r) => r.nib ?? null, 'text'],
  ['Omzet Dilaporkan (Rp)', (r) => r.omzet_nilai ?? null, 'rupiah'],
  ['Periode Omzet', (r) => (r.omzet_periode === 'bulan' ? 'per bulan' : r.omzet_periode === 'tahun' ? 'per tahun' : null), 'text'],
  ['Omzet per Tahun (Rp)', (r) => r.omzet_tahunan ?? null, 'rupiah'],
  ['Omzet per Bulan (Rp)', (r) => r.omzet_bulanan ?? null, 'rupiah'],
  ['Aset Usaha (Rp)', (r) => r.aset ?? null, 'rupiah'],
  ['Modal (Rp)', (r) => r.modal ?? null, 'rupiah'],
  ['Pemasaran', (r) => r.pemasaran ?? null, 'text'],
  ['Jumlah Tenaga Kerja', (r) => r.tenaga_kerja ?? null, 'int'],
  ['Tenaga Kerja L', (r) => r.tenaga_kerja_l ?? null, 'int'],
  ['Tenaga Kerja P', (r) => r.tenaga_kerja_p ?? null, 'int'],
  ['Kemitraan', (r) => (r.kemitraan === 1 ? 'ya' : r.kemitraan === 0 ? 'tidak' : null), 'text'],
  ['Status Verifikasi', (r) => r.status ?? null, 'text'],
  ['Alasan Hilang', (r) => label(LOST_REASON_LABELS, r.alasan_hilang ?? null), 'text'],
  ['Sumber Data', (r) => (r.sumber === 'temuan_lapangan' ? 'Temuan lapangan' : 'Data dinas'), 'text'],
  ['Status Duplikat', (r) => r.duplicate_state ?? null, 'text'],
  ['Kelas Usaha', (r) => label(SIZE_CLASS_LABELS, r.size_class ?? null), 'text'],
  ['Kriteria Penentu', (r) => label(SIZE_CRITERION_LABELS, r.size_criterion ?? null), 'text'],
  ['Kriteria Berbeda', (r) => (r.size_conflict === 1 ? 'ya' : r.size_conflict === 0 ? 'tidak' : null), 'text'],
  ['Kelompok Omzet', (r) => r.band_label ?? null, 'text'],
];

/** NIK, No. KK and phone masked (UU 27/2022 PDP) unless the caller explicitly chose to reveal them. */
function maskRow(r: Raw, reveal: boolean): Raw {
  if (reveal) return r;
  return {
    ...r,
    nik: maskIdentityNumber((r.nik as string | null) ?? null),
    no_kk: maskIdentityNumber((r.no_kk as string | null) ?? null),
    telepon: maskPhone((r.telepon as string | null) ?? null),
  };
}

/**
 * Exports the records of a round (the filter decides which, all statuses unless filtered) with their
 * classification. Personal data stays masked unless `reveal` is true. Rows stream to the file, so a
 * round of 400,000 businesses does not have to fit in memory as a workbook.
 */
export async function exportRecords(
  db: Db,
  req: { filter: BusinessFilter; path: string; reveal?: boolean },
  job?: JobControl,
): Promise<RecordsExportResult> {
  const format = exportFormatOf(req.path);
  const path = checkExportTarget(req.path);
  const reveal = req.reveal === true;
  const { settings, run } = ensureClassified(db, req.filter.roundId);
  const bandLabels = new Map<string, string>([...run.bands.map((b): [string, string] => [b.code, b.label_tahun]), [UNKNOWN_BAND, UNKNOWN_BAND_LABEL]]);
  const where = scanByRowRange(db, req.filter.roundId, buildBusinessWhere(req.filter));
  const total = (db.prepare(`SELECT count(*) AS n FROM businesses b WHERE ${where.sql}`).get(...where.params) as { n: number }).n;
  const stmt = db.prepare(`SELECT b.id, b.source_row, b.nama_pelaku, b.nama_usaha, b.nik, b.no_kk, b.telepon, b.alamat, b.rt, b.rw, b.kecamatan_code,
      b.kelurahan_code, b.bidang_usaha, b.jenis_usaha, b.nib, b.omzet_nilai, b.omzet_periode, b.omzet_tahunan, b.omzet_bulanan, b.aset, b.modal,
      b.pemasaran, b.tenaga_kerja, b.tenaga_kerja_l, b.tenaga_kerja_p, b.kemitraan, b.status, b.alasan_hilang, b.sumber, b.duplicate_state,
      kc.name AS kecamatan_name, kl.name AS kelurahan_name, c.jenis_group, c.kbli_division, c.kbli_edition,
      c.size_class, c.size_criterion, c.size_conflict, c.turnover_band
    FROM businesses b LEFT JOIN regions kc ON kc.code = b.kecamatan_code LEFT JOIN regions kl ON kl.code = b.kelurahan_code
    LEFT JOIN business_classes c ON c.business_id = b.id WHERE ${where.sql} ORDER BY b.id`);
  const footer = ['Sumber: data diolah', `Aturan klasifikasi: ${describeRuleSet(settings)}`,
    reveal ? 'Berisi data pribadi (NIK, No. KK, telepon) tanpa sensor: simpan dan bagikan sesuai UU 27/2022.' : 'NIK, No. KK dan telepon disensor.'];
  let rows = 0;
  const each = function* (): Generator<Value[]> {
    for (const raw of stmt.iterate(...where.params) as Iterable<Raw>) {
      const r = maskRow(raw, reveal);
      r.band_label = typeof raw.turnover_band === 'string' ? (bandLabels.get(raw.turnover_band) ?? raw.turnover_band) : null;
      if (++rows % 5000 === 0) {
        job?.throwIfCancelled();
        job?.progress('ekspor', rows, total);
      }
      yield COLUMNS.map(([, read]) => read(r));
    }
  };
  const bytes = await writeAtomically(path, async (tmp) => {
    if (format === 'csv') {
      const fd = openSync(tmp, 'w');
      try {
        writeSync(fd, '\uFEFF' + toCsv([COLUMNS.map(([h]) => h)]));
        let batch: Value[][] = [];
        for (const values of each()) {
          batch.push(values);
          if (batch.length >= 2000) {
            writeSync(fd, toCsv(batch));
            batch = [];
          }
        }
        if (batch.length) writeSync(fd, toCsv(batch));
        writeSync(fd, toCsv([[], ...footer.map((f) => [f])]));
      } finally {
        closeSync(fd);
      }
      return;
    }
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: tmp, useStyles: true, useSharedStrings: false });
    const ws = wb.addWorksheet('Data Usaha');
    ws.columns = COLUMNS.map(([header, , kind]) => ({ header, width: kind === 'rupiah' ? 18 : 16, style: NUMBER_FORMATS[kind] ? { numFmt: NUMBER_FORMATS[kind] } : {} }));
    ws.getRow(1).font = { bold: true };
    for (const values of each()) ws.addRow(values).commit();
    ws.addRow([]).commit();
    for (const f of footer) ws.addRow([f]).commit();
    ws.commit();
    await wb.commit();
  });
  job?.progress('ekspor', rows, total);
  return { path, format, rows, masked: !reveal, bytes };
}
