import type { Description } from './descriptive';
import type { RecapRow } from '../api/contract-data';
import type { RuleChoice } from '../classify/settings';
import type { RekapNoteFacts } from './rekap-notes';

/** Groupings the statistics accept. */
export const GROUP_BY_KEYS = ['kecamatan', 'kelurahan', 'bidang', 'jenis', 'size_class', 'band', 'pemasaran', 'nib'] as const;
export type GroupByKey = (typeof GROUP_BY_KEYS)[number];

export const GROUP_BY_LABELS: Record<GroupByKey, string> = {
  kecamatan: 'Kecamatan',
  kelurahan: 'Kelurahan',
  bidang: 'Bidang usaha',
  jenis: 'Kelompok jenis usaha',
  size_class: 'Kelas usaha',
  band: 'Kelompok omzet',
  pemasaran: 'Pemasaran',
  nib: 'SKU/NIB',
};

/** Measures described per group: Rupiah (turnover per year and per month, assets, capital) and persons. */
export const MEASURE_KEYS = ['omzet_tahunan', 'omzet_bulanan', 'aset', 'modal', 'tenaga_kerja'] as const;
export type MeasureKey = (typeof MEASURE_KEYS)[number];

export const MEASURE_LABELS: Record<MeasureKey, { label: string; unit: 'rupiah' | 'orang' }> = {
  omzet_tahunan: { label: 'Omzet per tahun', unit: 'rupiah' },
  omzet_bulanan: { label: 'Omzet per bulan', unit: 'rupiah' },
  aset: { label: 'Aset', unit: 'rupiah' },
  modal: { label: 'Modal', unit: 'rupiah' },
  tenaga_kerja: { label: 'Tenaga kerja', unit: 'orang' },
};

export interface GroupStatsRow {
  code: string;
  label: string;
  count: number;
  /** Of all counted businesses in the filter, 0..1. */
  share: number;
  stats: Record<MeasureKey, Description>;
}

export interface GroupStatsResult {
  by: GroupByKey;
  by_label: string;
  measures: Array<{ key: MeasureKey; label: string; unit: 'rupiah' | 'orang' }>;
  rows: GroupStatsRow[];
  total: GroupStatsRow;
  /** The classification rules in force (for writing `rule_description` in the UI language). */
  rule: RuleChoice;
  /** The rules in words, in Bahasa Indonesia. */
  rule_description: string;
}

/** One line of the seed's recap layout (000:316-324). Money in integer Rupiah. */
export interface RekapLine {
  /** Row number; null for the total row. */
  no: number | null;
  code: string;
  /** "KECAMATAN BUGUL KIDUL", or the total's "Jumlah Per Kecamatan". */
  uraian: string;
  jumlah_data: number;
  modal: number;
  aset: number;
  omzet_bulan: number;
  tenaga_kerja_l: number;
  tenaga_kerja_p: number;
  missing: RecapRow['missing'];
}

/** The RekapLine fields shown as columns (the code and the missing counts are not). */
export type RekapColumnKey = Exclude<keyof RekapLine, 'code' | 'missing'>;

export interface RekapTable {
  by: 'kecamatan' | 'kelurahan';
  title: string[];
  /** Column headers in order; the last two sit under "JUMLAH TENAGA KERJA". */
  columns: Array<{ key: RekapColumnKey; label: string }>;
  rows: RekapLine[];
  total: RekapLine;
  /** Plain-language notes in Bahasa Indonesia (CLI, exports): missing values, lost and duplicate counts. */
  notes: string[];
  /** The figures the notes quote, for writing them in the UI language. */
  note_facts: RekapNoteFacts;
}

/** One row of the verification table: the office's list (Data Awal) and what became of it. */
export interface VerifikasiRow {
  code: string;
  name: string;
  data_awal: number;
  valid: number;
  hilang: number;
  /** Lost by reason; `ditandai_duplikat` = marked as a duplicate by a user without a lost reason. */
  hilang_by_reason: Record<string, number>;
  belum_diverifikasi: number;
  /** Found in the field, not on the office's list, and counted. */
  temuan_lapangan: number;
  /** What the Rekap counts for this area: valid + not yet verified + field finds. */
  jumlah_rekap: number;
}

export interface VerifikasiTable {
  by: 'kecamatan' | 'kelurahan';
  reasons: Array<{ code: string; label: string }>;
  rows: VerifikasiRow[];
  total: VerifikasiRow;
}

/** One area × sector cell with its location quotients. */
export interface LqRow {
  code: string;
  name: string;
  sector: string;
  sector_label: string;
  count: number;
  /** LQ by counts; null when undefined (empty area or sector). */
  lq: number | null;
  workers: number;
  lq_workers: number | null;
  omzet_tahunan: number;
}

export interface LqArea {
  code: string;
  name: string;
  parent_name: string | null;
  count: number;
  workers: number;
  omzet_tahunan: number;
  dominant_sector: string | null;
  dominant_label: string | null;
  /** Sectors with LQ > 1 by counts / by workers. */
  basis: string[];
  basis_workers: string[];
}

export interface SentraCandidate {
  kelurahan_code: string;
  kelurahan_name: string;
  kecamatan_name: string | null;
  jenis_label: string;
  group: string;
  group_label: string;
  count: number;
  lq: number;
  /** Share of the kelurahan's businesses, 0..1. */
  share: number;
}

export interface LqTable {
  by: 'kecamatan' | 'kelurahan';
  sector_kind: 'bidang' | 'jenis';
  sectors: Array<{ code: string; label: string; count: number; workers: number; omzet_tahunan: number }>;
  areas: LqArea[];
  /** Area × sector cells, areas in code order, sectors in the order of `sectors`. */
  rows: LqRow[];
  total: { count: number; workers: number; omzet_tahunan: number };
  /** Counted businesses left out because their area or sector is unknown; workers missing are not summed. */
  excluded: number;
  workers_missing: number;
  sentra: SentraCandidate[];
  sentra_rule: { min_count: number; min_lq: number };
}

/** A share with its base: `share` = count / known, null when nothing is known. */
export interface ShareOf {
  count: number;
  known: number;
  share: number | null;
}

export interface IndicatorRow {
  code: string;
  name: string;
  businesses: number;
  nib: ShareOf;
  kemitraan: ShareOf;
  online: ShareOf;
  above_micro: ShareOf;
}

export interface IndicatorsTable {
  by: 'kecamatan' | 'kelurahan';
  /** The classification rules in force (for writing `rule_description` in the UI language). */
  rule: RuleChoice;
  /** The rules in words, in Bahasa Indonesia. */
  rule_description: string;
  rows: IndicatorRow[];
  total: IndicatorRow;
}
