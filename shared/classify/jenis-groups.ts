/**
 * Jenis-usaha groups of the seed (000:183) and the KBLI divisions the default dictionary uses. KBLI
 * 2020 and KBLI 2025 reuse codes with different meanings, so every KBLI code is stored with its edition.
 */
export const JENIS_GROUPS = [
  'makanan_minuman', 'kerajinan', 'batik', 'mebel', 'logam', 'pracangan', 'jasa', 'lainnya',
] as const;
export type JenisGroup = (typeof JENIS_GROUPS)[number];

export const JENIS_GROUP_LABELS: Record<JenisGroup, string> = {
  makanan_minuman: 'Makanan dan minuman',
  kerajinan: 'Kerajinan',
  batik: 'Batik',
  mebel: 'Mebel',
  logam: 'Logam',
  pracangan: 'Pracangan (warung/toko kelontong)',
  jasa: 'Jasa',
  lainnya: 'Lainnya',
};

/** The KBLI edition of the divisions in the dictionary. */
export const KBLI_EDITION = 'KBLI 2020';

/** KBLI 2020 divisions (2 digits) used by the default dictionary, with their Indonesian titles. */
export const KBLI_2020_DIVISIONS: Record<string, string> = {
  '10': 'Industri makanan',
  '11': 'Industri minuman',
  '13': 'Industri tekstil',
  '14': 'Industri pakaian jadi',
  '16': 'Industri kayu, barang dari kayu, bambu dan rotan',
  '18': 'Industri pencetakan',
  '21': 'Industri farmasi dan obat tradisional',
  '25': 'Industri barang logam, bukan mesin',
  '31': 'Industri furnitur',
  '32': 'Industri pengolahan lainnya',
  '45': 'Perdagangan, reparasi dan perawatan mobil dan sepeda motor',
  '47': 'Perdagangan eceran',
  '53': 'Aktivitas pos dan kurir',
  '56': 'Penyediaan makanan dan minuman',
  '74': 'Aktivitas profesional, ilmiah dan teknis lainnya',
  '77': 'Aktivitas sewa guna usaha',
  '82': 'Aktivitas administrasi kantor dan penunjang usaha',
  '95': 'Reparasi komputer dan barang keperluan pribadi',
  '96': 'Aktivitas jasa perorangan lainnya',
};

/** True when a text is one of the jenis-usaha group codes. */
export function isJenisGroup(value: string): value is JenisGroup {
  return (JENIS_GROUPS as readonly string[]).includes(value);
}
