import type { AreaFlag, QualityFlag, RecordFlag } from './quality-rules';
import type { Sector } from '../domain/business';
import type { RuleChoice } from '../classify/settings';

/** A business with the quality flags raised on it. Money in integer Rupiah. */
export interface FlaggedRecord {
  id: number;
  nama_pelaku: string | null;
  nama_usaha: string | null;
  kecamatan_name: string | null;
  kelurahan_name: string | null;
  bidang_usaha: Sector | null;
  jenis_usaha: string | null;
  omzet_nilai: number | null;
  omzet_periode: 'bulan' | 'tahun' | null;
  omzet_tahunan: number | null;
  aset: number | null;
  modal: number | null;
  tenaga_kerja: number | null;
  flags: RecordFlag[];
}

export interface QualityReport {
  /** Every flag code with its label and how many counted businesses carry it. */
  summary: Array<{ code: QualityFlag; label: string; count: number }>;
  /** Businesses with at least one flag (of `code`, when given), most flags first. */
  records: { total: number; offset: number; rows: FlaggedRecord[] };
  /** Area-level turnover checks per kecamatan and per kelurahan (flagged ones first). */
  areas: { kecamatan: AreaFlag[]; kelurahan: AreaFlag[] };
  /** The classification rules in force (for writing `rule_description` in the UI language). */
  rule: RuleChoice;
  /** The rules in words, in Bahasa Indonesia. */
  rule_description: string;
}

export interface TablesExportResult {
  path: string;
  format: 'xlsx' | 'csv';
  /** Sheet (or CSV section) titles in order. */
  sheets: string[];
  bytes: number;
}

export interface RecordsExportResult {
  path: string;
  format: 'xlsx' | 'csv';
  rows: number;
  /** False only when the caller explicitly asked to reveal personal data. */
  masked: boolean;
  bytes: number;
}
