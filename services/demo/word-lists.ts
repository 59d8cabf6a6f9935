/**
 * Short word lists the demo combines into person names, business names and addresses. Every
 * name in the demo is a random combination of two or three of these parts, so it describes
 * nobody in particular; the lists are deliberately generic (common Javanese/Indonesian given
 * names and flower/fruit street names).
 */

export const MALE_FIRST_NAMES = [
  'Agus', 'Bambang', 'Budi', 'Didik', 'Eko', 'Fajar', 'Hadi', 'Hendra', 'Imam', 'Joko', 'Kusno',
  'Lukman', 'Muhammad', 'Nur', 'Puji', 'Rahmat', 'Slamet', 'Sugeng', 'Teguh', 'Wahyu', 'Yusuf',
  'Arif', 'Dedi', 'Gatot', 'Heru', 'Irwan', 'Mulyono', 'Samsul', 'Suryadi', 'Totok', 'Abdul',
  'Ahmad', 'Andik', 'Dwi', 'Rudi', 'Sholeh', 'Ponidi', 'Supri', 'Hariyanto', 'Yanto',
] as const;

export const FEMALE_FIRST_NAMES = [
  'Siti', 'Sri', 'Dewi', 'Endang', 'Fitri', 'Indah', 'Lilik', 'Ninik', 'Nur', 'Puji', 'Rina',
  'Sumiati', 'Tutik', 'Umi', 'Wahyuni', 'Yuli', 'Anik', 'Binti', 'Dwi', 'Eni', 'Hartini',
  'Ika', 'Kartini', 'Lailatul', 'Mariyam', 'Nanik', 'Rukmini', 'Sulastri', 'Tri', 'Winarti',
  'Aminah', 'Fatimah', 'Khotijah', 'Rohmah', 'Sofiyah', 'Suciati', 'Ernawati', 'Yayuk',
] as const;

/** Second parts shared by both genders (many Javanese names have no family name). */
export const SECOND_NAMES = [
  'Santoso', 'Wibowo', 'Prasetyo', 'Susanto', 'Hidayat', 'Setiawan', 'Purnomo', 'Kurniawan',
  'Saputra', 'Wijaya', 'Rahayu', 'Lestari', 'Handayani', 'Wulandari', 'Astuti', 'Rahmawati',
  'Hariadi', 'Sutrisno', 'Mulyadi', 'Suharto', 'Widodo', 'Nugroho', 'Maulana', 'Hasanah',
  'Khoiriyah', 'Fauziah', 'Ningsih', 'Utomo', 'Sulistyo', 'Prihatin', 'Anwar', 'Rosyidah',
  'Zainuddin', 'Muslimah', 'Syaifullah', 'Arifin', 'Mahmudah', 'Kusuma', 'Hartono', 'Yulianto',
] as const;

/** Words for business names ("UD Sumber Rejeki", "Toko Barokah Jaya"). */
export const BUSINESS_PREFIXES = ['UD', 'Toko', 'Usaha', 'CV', 'Kios', 'Rumah', 'Griya'] as const;
export const BUSINESS_WORDS = [
  'Sumber Rejeki', 'Barokah', 'Berkah Jaya', 'Maju Jaya', 'Sinar Abadi', 'Mitra Usaha', 'Amanah',
  'Sejahtera', 'Lancar Jaya', 'Karya Mandiri', 'Mulia', 'Sumber Makmur', 'Putra Jaya', 'Dua Putri',
  'Tiga Saudara', 'Cahaya', 'Harapan Baru', 'Rizki', 'Al-Ikhlas', 'Sari Rasa', 'Gemilang', 'Makmur',
] as const;

/** Street parts for `Alamat KTP`. */
export const STREET_NAMES = [
  'Melati', 'Kenanga', 'Mawar', 'Anggrek', 'Dahlia', 'Cempaka', 'Flamboyan', 'Kamboja', 'Mangga',
  'Jambu', 'Sawo', 'Kelapa', 'Durian', 'Belimbing', 'Nangka', 'Sirsak', 'Manggis', 'Rambutan',
  'Pahlawan', 'Merdeka', 'Veteran', 'Sudirman', 'Diponegoro', 'Kartini', 'Gajah Mada', 'Hayam Wuruk',
] as const;

/** Indonesian mobile operator prefixes after the leading 0 (Telkomsel, Indosat, XL, Tri, Smartfren). */
export const PHONE_PREFIXES = [
  '811', '812', '813', '821', '822', '823', '852', '853', '851', '814', '815', '816', '855',
  '856', '857', '858', '817', '818', '819', '859', '877', '878', '895', '896', '897', '898',
  '899', '881', '882', '883', '838', '831', '832',
] as const;

/**
 * Kecamatan codes (Kemendagri, 6 digits without dots) of East Java regions outside Kota
 * Pasuruan, used for the ~5% of NIKs registered elsewhere. All exist in the 2025 list.
 */
export const OTHER_EAST_JAVA_KECAMATAN: readonly string[] = [
  ...range(1, 24).map((n) => `3514${pad2(n)}`), // Kabupaten Pasuruan (neighbour, most common)
  ...range(1, 24).map((n) => `3514${pad2(n)}`),
  ...range(1, 5).map((n) => `3573${pad2(n)}`), // Kota Malang
  ...range(1, 33).map((n) => `3507${pad2(n)}`), // Kabupaten Malang
  ...range(1, 24).map((n) => `3513${pad2(n)}`), // Kabupaten Probolinggo
  ...range(1, 10).map((n) => `3578${pad2(n)}`), // Kota Surabaya (first ten kecamatan)
];

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
