import type { RawCell } from './cell';
import { cellText } from './cell';
import { foldWords } from './normalise-text';
import type { MarketingChannel, Sector } from '../domain/business';
import type { LostReason, RecordSource, VerificationStatus } from '../domain/verification';

/** A category read from a cell: `undefined` when the cell is empty, `null` when it was not understood. */
export type CategoryResult<T> = T | null | undefined;

const SECTOR_WORDS: Array<[RegExp, Sector]> = [
  [/^(1|i|perdagangan|dagang|pedagang|berdagang|jual beli|trading|niaga|toko|warung|pracangan)\b/, 'perdagangan'],
  [/^(2|ii|industri|industri pengolahan|produksi|pengolahan|manufaktur|kerajinan|produsen)\b/, 'industri'],
  [/^(3|iii|jasa|layanan|pelayanan|service|servis)\b/, 'jasa'],
];

/** Bidang usaha from the form's code (`1`/`2`/`3`, also `1. Perdagangan`) or a word (`dagang`, `jasa`). */
export function parseSector(cell: RawCell): CategoryResult<Sector> {
  const s = foldWords(cellText(cell));
  if (s === '') return undefined;
  for (const [re, sector] of SECTOR_WORDS) if (re.test(s)) return sector;
  return null;
}

const ONLINE = /\b(online|on line|daring|internet|medsos|media sosial|sosmed|marketplace|e commerce|ecommerce|shopee|tokopedia|lazada|bukalapak|tiktok|instagram|ig|facebook|fb|whatsapp|wa|web|website|gofood|grabfood|shopeefood|digital)\b/;
const OFFLINE = /\b(offline|off line|luring|langsung|toko|warung|pasar|kios|lapak|keliling|konvensional|tatap muka|titip|rumah|dititipkan|pameran)\b/;

/** Pemasaran: `online`, `offline`, or `keduanya` (`online & offline`, `on/off`, `shopee dan pasar`). */
export function parseMarketing(cell: RawCell): CategoryResult<MarketingChannel> {
  const s = foldWords(cellText(cell));
  if (s === '') return undefined;
  if (/\b(keduanya|kedua duanya|dua duanya|both|semua)\b/.test(s) || /^on\s*off$/.test(s)) return 'keduanya';
  const on = ONLINE.test(s);
  const off = OFFLINE.test(s) || /\boff\b/.test(s);
  if (on && off) return 'keduanya';
  if (on) return 'online';
  if (off) return 'offline';
  return null;
}

/** Status verifikasi: `valid`, `hilang`, or `data_awal` (not yet verified). */
export function parseStatus(cell: RawCell): CategoryResult<VerificationStatus> {
  const s = foldWords(cellText(cell));
  if (s === '') return undefined;
  if (/^(data awal|awal|belum|belum diverifikasi|belum verifikasi)\b/.test(s)) return 'data_awal';
  if (/^(tidak valid|tdk valid|invalid|hilang|tidak ditemukan|tdk ditemukan|tidak ada|tutup|non aktif|nonaktif)\b/.test(s)) return 'hilang';
  if (/^(valid|ada|ditemukan|aktif|terverifikasi|ok|sesuai)\b/.test(s)) return 'valid';
  return null;
}

const REASON_WORDS: Array<[RegExp, LostReason]> = [
  [/\b(tidak lagi|tdk lagi|berhenti|tutup|gulung tikar|bangkrut|tidak usaha|tidak menjalankan|sudah tidak)\b|^tidak lagi usaha$/, 'tidak_lagi_usaha'],
  [/\b(pindah)\b/, 'pindah_alamat'],
  [/\b(meninggal|wafat|almarhum|almh|alm)\b/, 'meninggal'],
  [/\b(luar kota|luar daerah|domisili|berdomisili)\b/, 'luar_kota'],
  [/\b(fiktif|tidak teridentifikasi|tdk teridentifikasi|tidak dikenal|tidak diketahui|tidak ditemukan)\b/, 'fiktif'],
  [/\b(dobel|double|ganda|duplikat|kembar|data dobel)\b/, 'data_dobel'],
];

/** Alasan hilang: the seed's reasons, as keys (`pindah_alamat`), labels or common words (`wafat`, `dobel`). */
export function parseLostReason(cell: RawCell): CategoryResult<LostReason> {
  const s = foldWords(cellText(cell));
  if (s === '') return undefined;
  for (const [re, reason] of REASON_WORDS) if (re.test(s)) return reason;
  return null;
}

/** Sumber data: the office's list (`data_dinas`) or found in the field (`temuan_lapangan`). */
export function parseRecordSource(cell: RawCell): CategoryResult<RecordSource> {
  const s = foldWords(cellText(cell));
  if (s === '') return undefined;
  if (/\b(temuan|lapangan|baru|tambahan)\b/.test(s)) return 'temuan_lapangan';
  if (/\b(dinas|data awal|awal|data dinas|daftar)\b/.test(s)) return 'data_dinas';
  return null;
}

/** A yes/no cell (kemitraan): `ya`, `ada`, `1`, `punya` → 1; `tidak`, `belum`, `0` → 0. */
export function parseYesNo(cell: RawCell): CategoryResult<0 | 1> {
  const s = foldWords(cellText(cell));
  if (s === '') return undefined;
  if (/^(tidak|tdk|belum|blm|no|n|0|tidak ada|ga|gak|nggak)\b/.test(s)) return 0;
  if (/^(ya|y|iya|ada|yes|1|punya|sudah|sdh)\b/.test(s)) return 1;
  return null;
}
