/**
 * The canonical fields of a survey record (000:183-200 plus what the recap uses, 000:316-324).
 * Importers map source columns to these keys; the database columns carry the same names.
 */
export const FIELD_KEYS = [
  'nama_pelaku', 'nama_usaha', 'nik', 'no_kk', 'alamat', 'rt', 'rw', 'kelurahan', 'kecamatan',
  'bidang_usaha', 'jenis_usaha', 'telepon', 'nib', 'omzet_tahunan', 'omzet_bulanan', 'aset', 'modal',
  'pemasaran', 'tenaga_kerja', 'tenaga_kerja_l', 'tenaga_kerja_p', 'status', 'alasan_hilang', 'sumber',
  'kemitraan', 'tahun_mulai',
] as const;
export type FieldKey = (typeof FIELD_KEYS)[number];

/** Indonesian labels, as column headers in the tidy template and in the mapping screen. */
export const FIELD_LABELS: Record<FieldKey, string> = {
  nama_pelaku: 'Nama Pelaku Usaha',
  nama_usaha: 'Nama Usaha',
  nik: 'NIK',
  no_kk: 'Nomor KK',
  alamat: 'Alamat KTP',
  rt: 'RT',
  rw: 'RW',
  kelurahan: 'Kelurahan',
  kecamatan: 'Kecamatan',
  bidang_usaha: 'Bidang Usaha',
  jenis_usaha: 'Jenis Usaha',
  telepon: 'Telepon/HP',
  nib: 'SKU/NIB',
  omzet_tahunan: 'Omset per Tahun (Rp)',
  omzet_bulanan: 'Omzet per Bulan (Rp)',
  aset: 'Aset Usaha (Rp)',
  modal: 'Modal (Rp)',
  pemasaran: 'Pemasaran',
  tenaga_kerja: 'Jumlah Tenaga Kerja',
  tenaga_kerja_l: 'Tenaga Kerja L',
  tenaga_kerja_p: 'Tenaga Kerja P',
  status: 'Status Verifikasi',
  alasan_hilang: 'Alasan Hilang',
  sumber: 'Sumber Data',
  kemitraan: 'Kemitraan',
  tahun_mulai: 'Tahun Mulai Usaha',
};

/** A column mapping: field key -> 0-based column index in the source table. */
export type ColumnMapping = Partial<Record<FieldKey, number>>;
