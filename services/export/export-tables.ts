import { existsSync, statSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import type { Db } from '../db/open';
import type { BusinessFilter } from '../../shared/api/contract-data';
import type { ExportTableKey } from '../../shared/api/contract-stats';
import { EXPORT_TABLES } from '../../shared/api/contract-stats';
import type { TablesExportResult } from '../../shared/stats/report-types';
import { AppError } from '../../shared/api/result';
import { describeRuleSet } from '../../shared/classify/settings';
import { buildRekapTable } from '../stats/rekap-table';
import { buildVerificationTable } from '../stats/verification-table';
import { buildLqTable } from '../stats/lq-table';
import { buildIndicatorsTable } from '../stats/indicators-table';
import { summariseClassification } from '../stats/classification-summary';
import { computeGroupStats } from '../stats/group-stats';
import { computeQualityReport } from '../stats/quality-flags';
import { ensureClassified } from '../stats/classify-round';
import { footerLines, type SheetModel } from './sheet-model';
import { areaQualitySheet, classificationSheet, indicatorsSheet, lqSheet, rekapSheet, sentraSheet, statsSheet, verifikasiSheet } from './table-sheets';
import { writeTablesCsv, writeTablesXlsx } from './write-tables';

/** The export format from the file name; only .xlsx and .csv are written. */
export function exportFormatOf(path: string): 'xlsx' | 'csv' {
  const ext = extname(path).toLowerCase();
  if (ext === '.xlsx') return 'xlsx';
  if (ext === '.csv') return 'csv';
  throw new AppError('VALIDATION', `Berkas ekspor harus berakhiran .xlsx atau .csv (bukan "${ext || 'tanpa akhiran'}").`);
}

/** Refuses a target whose folder is missing or which is a folder itself. */
export function checkExportTarget(path: string): string {
  const abs = resolve(path);
  if (!existsSync(dirname(abs))) throw new AppError('NOT_FOUND', `Folder tujuan tidak ada: ${dirname(abs)}`);
  if (existsSync(abs) && statSync(abs).isDirectory()) throw new AppError('VALIDATION', `Tujuan ekspor adalah folder: ${abs}`);
  return abs;
}

function buildSheet(db: Db, filter: BusinessFilter, key: ExportTableKey): SheetModel[] {
  switch (key) {
    case 'rekap_kecamatan':
      return [rekapSheet(buildRekapTable(db, filter, 'kecamatan'), 'Rekap Kecamatan')];
    case 'rekap_kelurahan':
      return [rekapSheet(buildRekapTable(db, filter, 'kelurahan'), 'Rekap Kelurahan')];
    case 'verifikasi':
      return [verifikasiSheet(buildVerificationTable(db, filter, 'kecamatan'))];
    case 'klasifikasi':
      return [classificationSheet(summariseClassification(db, filter))];
    case 'statistik_kecamatan':
      return [statsSheet(computeGroupStats(db, filter, 'kecamatan'), 'Statistik Kecamatan')];
    case 'lq_kecamatan':
      return [lqSheet(buildLqTable(db, filter, { by: 'kecamatan', sector: 'bidang' }), 'LQ Kecamatan')];
    case 'lq_kelurahan':
      return [lqSheet(buildLqTable(db, filter, { by: 'kelurahan', sector: 'bidang' }), 'LQ Kelurahan')];
    case 'lq_kelurahan_jenis':
      return [lqSheet(buildLqTable(db, filter, { by: 'kelurahan', sector: 'jenis' }), 'LQ Kelurahan Jenis')];
    case 'sentra':
      return [sentraSheet(buildLqTable(db, filter, { by: 'kelurahan', sector: 'jenis' }))];
    case 'indikator':
      return [indicatorsSheet(buildIndicatorsTable(db, filter, 'kecamatan'))];
    case 'kualitas_wilayah': {
      const q = computeQualityReport(db, filter, { limit: 1 });
      return [areaQualitySheet([...q.areas.kecamatan, ...q.areas.kelurahan])];
    }
  }
}

/**
 * Exports the tables of the Rekap & LQ screens to one XLSX workbook (a sheet per table, Rupiah
 * formatted, Indonesian headers, "Sumber: data diolah" and the rule set under each) or one CSV file.
 */
export async function exportTables(db: Db, req: { filter: BusinessFilter; path: string; tables?: ExportTableKey[] }): Promise<TablesExportResult> {
  const format = exportFormatOf(req.path);
  const path = checkExportTarget(req.path);
  const { settings } = ensureClassified(db, req.filter.roundId);
  const keys = req.tables ?? [...EXPORT_TABLES];
  const sheets = keys.flatMap((k) => buildSheet(db, req.filter, k));
  const footer = footerLines(describeRuleSet(settings));
  const bytes = format === 'xlsx' ? await writeTablesXlsx(path, sheets, footer) : await writeTablesCsv(path, sheets, footer);
  return { path, format, sheets: sheets.map((s) => s.name), bytes };
}
