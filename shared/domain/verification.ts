/**
 * Verification statuses of a listed business (seed 000:253-294). A business starts as `data_awal`
 * (listed by the office, not yet verified), becomes `valid` when found in the field, or `hilang`
 * (lost) with one of the seed's reasons.
 */
export const VERIFICATION_STATUSES = ['data_awal', 'valid', 'hilang'] as const;
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];

/** Why a listed business was lost at verification; `data_dobel` is a duplicate listing. */
export const LOST_REASONS = [
  'tidak_lagi_usaha',
  'pindah_alamat',
  'meninggal',
  'luar_kota',
  'fiktif',
  'data_dobel',
] as const;
export type LostReason = (typeof LOST_REASONS)[number];

/** Indonesian labels for the lost reasons, as the seed words them. */
export const LOST_REASON_LABELS: Record<LostReason, string> = {
  tidak_lagi_usaha: 'Tidak lagi menjalankan usaha',
  pindah_alamat: 'Pindah alamat',
  meninggal: 'Pelaku usaha meninggal',
  luar_kota: 'Berdomisili di luar kota',
  fiktif: 'Fiktif / tidak teridentifikasi',
  data_dobel: 'Data dobel',
};

/** Where a record came from: the office's list, or found in the field and added by the surveyors. */
export const RECORD_SOURCES = ['data_dinas', 'temuan_lapangan'] as const;
export type RecordSource = (typeof RECORD_SOURCES)[number];

/** Review state of a possible duplicate (rows sharing a NIK but differing elsewhere). */
export const DUPLICATE_STATES = ['possible', 'kept', 'duplicate'] as const;
export type DuplicateState = (typeof DUPLICATE_STATES)[number];
