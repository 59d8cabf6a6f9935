/**
 * Problems the importer records per row (table business_issues). Codes are stable identifiers for
 * filters and programs; labels are what the UI shows in a filter list (Bahasa Indonesia).
 */
export type IssueSeverity = 'error' | 'warning' | 'info';

/** Every problem code with its severity and its Indonesian label. */
export const ISSUE_CATALOGUE = {
  nik_rusak_excel: { severity: 'error', label: 'NIK rusak oleh Excel (digit hilang)' },
  nik_tidak_valid: { severity: 'error', label: 'NIK tidak 16 digit' },
  nik_tanggal_tidak_valid: { severity: 'warning', label: 'Bagian tanggal lahir NIK tidak mungkin' },
  nik_wilayah_tidak_dikenal: { severity: 'warning', label: 'Kode provinsi atau kabupaten/kota NIK tidak dikenal' },
  nik_angka_excel: { severity: 'warning', label: 'NIK tersimpan sebagai angka di Excel' },
  nik_wilayah_beda: { severity: 'info', label: 'NIK terdaftar di kabupaten/kota lain' },
  kk_rusak_excel: { severity: 'error', label: 'No. KK rusak oleh Excel (digit hilang)' },
  kk_tidak_valid: { severity: 'error', label: 'No. KK tidak 16 digit' },
  kk_tanggal_tidak_valid: { severity: 'warning', label: 'Bagian tanggal No. KK tidak mungkin' },
  kk_wilayah_tidak_dikenal: { severity: 'warning', label: 'Kode provinsi No. KK tidak dikenal' },
  kk_angka_excel: { severity: 'warning', label: 'No. KK tersimpan sebagai angka di Excel' },
  telepon_tidak_valid: { severity: 'warning', label: 'Nomor telepon tidak terbaca' },
  telepon_rusak_excel: { severity: 'error', label: 'Nomor telepon rusak oleh Excel' },
  telepon_lebih_dari_satu: { severity: 'info', label: 'Lebih dari satu nomor telepon' },
  uang_tidak_terbaca: { severity: 'error', label: 'Nilai uang tidak terbaca' },
  uang_negatif: { severity: 'warning', label: 'Nilai uang negatif' },
  uang_ragu: { severity: 'warning', label: 'Pemisah angka meragukan' },
  omzet_tidak_konsisten: { severity: 'warning', label: 'Omzet bulanan dan tahunan tidak cocok' },
  wilayah_tidak_dikenal: { severity: 'error', label: 'Nama wilayah tidak dikenal' },
  wilayah_ambigu: { severity: 'error', label: 'Nama wilayah cocok dengan lebih dari satu tempat' },
  wilayah_tidak_cocok: { severity: 'error', label: 'Kelurahan tidak berada di kecamatan yang disebut' },
  wilayah_ejaan: { severity: 'info', label: 'Nama wilayah dicocokkan dari ejaan yang mirip' },
  bidang_tidak_dikenal: { severity: 'warning', label: 'Bidang usaha tidak dikenal' },
  pemasaran_tidak_dikenal: { severity: 'warning', label: 'Cara pemasaran tidak dikenal' },
  tenaga_kerja_tidak_terbaca: { severity: 'warning', label: 'Jumlah tenaga kerja tidak terbaca' },
  tenaga_kerja_tidak_konsisten: { severity: 'warning', label: 'Jumlah tenaga kerja ≠ L + P' },
  tahun_tidak_terbaca: { severity: 'warning', label: 'Tahun tidak terbaca' },
  status_tidak_dikenal: { severity: 'warning', label: 'Status verifikasi tidak dikenal' },
  alasan_tidak_dikenal: { severity: 'warning', label: 'Alasan hilang tidak dikenal' },
  status_hilang_tanpa_alasan: { severity: 'warning', label: 'Status hilang tanpa alasan' },
  sumber_tidak_dikenal: { severity: 'warning', label: 'Sumber data tidak dikenal' },
  kemitraan_tidak_dikenal: { severity: 'warning', label: 'Isian kemitraan tidak dikenal' },
  nama_kosong: { severity: 'warning', label: 'Nama pelaku dan nama usaha kosong' },
  kemungkinan_duplikat: { severity: 'warning', label: 'Kemungkinan data dobel (NIK sama)' },
} as const satisfies Record<string, { severity: IssueSeverity; label: string }>;

/** A problem code of business_issues.code. */
export type IssueCode = keyof typeof ISSUE_CATALOGUE;

/** Why a row of the sheet was not imported as a business (the summary's `skipped`). */
export const SKIP_REASONS = {
  baris_judul: 'Baris judul (di atas header, atau judul kolom yang terulang di tengah tabel)',
  baris_kosong: 'Baris kosong',
  baris_nomor_kolom: 'Baris nomor kolom di bawah header',
  baris_jumlah: 'Baris JUMLAH/TOTAL',
  baris_catatan: 'Catatan di bawah tabel',
  baris_ganda: 'Pengulangan persis baris sebelumnya',
} as const;
/** A key of the import summary's `skipped`. */
export type SkipReason = keyof typeof SKIP_REASONS;

/** The severity of an issue code. */
export function severityOf(code: IssueCode): IssueSeverity {
  return ISSUE_CATALOGUE[code].severity;
}
