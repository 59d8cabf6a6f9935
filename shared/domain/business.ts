import type { DuplicateState, LostReason, RecordSource, VerificationStatus } from './verification';

/** Bidang usaha as on the survey form (000:183-200): 1 Perdagangan, 2 Industri, 3 Jasa. */
export const SECTORS = ['perdagangan', 'industri', 'jasa'] as const;
export type Sector = (typeof SECTORS)[number];
export const SECTOR_LABELS: Record<Sector, string> = { perdagangan: 'Perdagangan', industri: 'Industri', jasa: 'Jasa' };

/** Marketing channel; `keduanya` = online and offline. */
export const MARKETING_CHANNELS = ['online', 'offline', 'keduanya'] as const;
export type MarketingChannel = (typeof MARKETING_CHANNELS)[number];

/** The period a turnover figure was reported for; stored explicitly because form and recap disagree. */
export const TURNOVER_PERIODS = ['bulan', 'tahun'] as const;
export type TurnoverPeriod = (typeof TURNOVER_PERIODS)[number];

/**
 * One business of a survey round as stored. Money is integer Rupiah; `null` means missing, never zero.
 * Personal data (nik, no_kk, telepon) is returned masked unless a caller explicitly asks otherwise.
 */
export interface BusinessRecord {
  id: number;
  round_id: number;
  source_row: number | null;
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
  kecamatan_name: string | null;
  kelurahan_name: string | null;
  bidang_usaha: Sector | null;
  jenis_usaha: string | null;
  nib: string | null;
  omzet_nilai: number | null;
  omzet_periode: TurnoverPeriod | null;
  omzet_tahunan: number | null;
  omzet_bulanan: number | null;
  aset: number | null;
  modal: number | null;
  pemasaran: MarketingChannel | null;
  tenaga_kerja: number | null;
  tenaga_kerja_l: number | null;
  tenaga_kerja_p: number | null;
  status: VerificationStatus;
  alasan_hilang: LostReason | null;
  sumber: RecordSource;
  duplicate_state: DuplicateState | null;
  issue_count: number;
}

/** Yearly turnover from a figure and its period (integer Rupiah). */
export function toYearlyTurnover(value: number | null, period: TurnoverPeriod | null): number | null {
  if (value === null || period === null) return null;
  return period === 'tahun' ? value : value * 12;
}

/** Monthly turnover from a figure and its period, rounded to whole Rupiah. */
export function toMonthlyTurnover(value: number | null, period: TurnoverPeriod | null): number | null {
  if (value === null || period === null) return null;
  return period === 'bulan' ? value : Math.round(value / 12);
}
