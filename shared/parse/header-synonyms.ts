import { FIELD_KEYS, type ColumnMapping, type FieldKey } from '../domain/fields';
import type { TurnoverPeriod } from '../domain/business';
import { foldWords } from './normalise-text';

/** A header recognised as one of our fields; `period` is set for a turnover header that states it. */
export interface HeaderMatch {
  field: FieldKey | 'omzet' | 'row_number' | 'ignore';
  period: TurnoverPeriod | null;
}

type Rule = [RegExp, HeaderMatch['field']];

/** Ordered: the first rule that matches wins (`Alamat KTP` is an address, not a NIK; `usaha` alone comes last). */
const RULES: Rule[] = [
  [/^(no|nomor|no urut|nomor urut|urut|nourut|index|id|uuid|submission id|no responden)$/, 'row_number'],
  // Personal columns that share words with our fields (`Jenis Kelamin` is not a jenis usaha).
  [/\b(jenis kelamin|kelamin|gender|jk|tanggal lahir|tgl lahir|tempat lahir|ttl|usia|umur|pendidikan)\b/, 'ignore'],
  [/\b(alamat|jalan|jln|domisili)\b/, 'alamat'],
  [/\b(kk|k k|kartu keluarga|nkk)\b/, 'no_kk'],
  [/\b(nik|n i k|nomor induk kependudukan|ktp|e ktp)\b/, 'nik'],
  [/\b(hp|telp|telepon|telpon|tlp|tlpn|telephone|wa|whatsapp|handphone|ponsel|kontak|phone|seluler)\b/, 'telepon'],
  [/\b(nib|sku|iumk|izin usaha|ijin usaha|nomor induk berusaha|legalitas|perizinan|siup)\b/, 'nib'],
  [/\b(pemasaran|marketing|cara penjualan|media penjualan|saluran penjualan|online offline|daring luring)\b/, 'pemasaran'],
  [/\b(omset|omzet|omsett|omzett|penjualan|pendapatan|penghasilan|turnover|sales|revenue)\b/, 'omzet'],
  [/\b(aset|asset|assets|aktiva|kekayaan)\b/, 'aset'],
  [/\b(modal|capital|permodalan)\b/, 'modal'],
  [/\b(tenaga kerja|tk|karyawan|pekerja|tenaga|naker|pegawai|workers?)\b/, 'tenaga_kerja'],
  [/^(l|lk|laki|laki laki|pria|male)$/, 'tenaga_kerja_l'],
  [/^(p|pr|perempuan|wanita|female)$/, 'tenaga_kerja_p'],
  [/\b(kecamatan|kec|kapanewon|distrik)\b/, 'kecamatan'],
  [/\b(kelurahan|kel|desa|ds|kalurahan|kampung|nagari|gampong)\b/, 'kelurahan'],
  [/^(rt|rt rw|no rt|rukun tetangga)$/, 'rt'],
  [/^(rw|no rw|rukun warga)$/, 'rw'],
  [/\b(nama usaha|nama toko|nama umkm|nama ukm|nama ikm|nama perusahaan|merk|merek|brand|usaha nama)\b/, 'nama_usaha'],
  [/\b(nama pelaku|pelaku usaha|nama pemilik|pemilik|nama lengkap|nama responden|responden|nama pengusaha|nama pelaku umkm|nama)\b/, 'nama_pelaku'],
  [/\b(bidang|sektor|kategori usaha|lapangan usaha)\b/, 'bidang_usaha'],
  [/\b(status verifikasi|hasil verifikasi|verifikasi|status|keberadaan)\b/, 'status'],
  [/\b(alasan|keterangan hilang)\b/, 'alasan_hilang'],
  [/\b(sumber|asal data)\b/, 'sumber'],
  [/\b(kemitraan|mitra)\b/, 'kemitraan'],
  [/\b(tahun mulai|tahun berdiri|mulai usaha|tahun usaha|berdiri sejak|sejak|tahun)\b/, 'tahun_mulai'],
  [/\b(jenis usaha|jenis|produk|komoditas|kegiatan usaha|usaha)\b/, 'jenis_usaha'],
];

const MONTHLY = /\b(bulan|bln|perbulan|bulanan|month|monthly|bl|pb)\b/;
const YEARLY = /\b(tahun|thn|th|pertahun|tahunan|year|yearly|annual|pt)\b/;
const MALE = /\b(l|lk|laki|laki laki|pria|male)\b/;
const FEMALE = /\b(p|pr|perempuan|wanita|female)\b/;

/**
 * Kobo/ODK headers are paths (`identitas/nik`, `grp_usaha/omzet_bulan`); their last segment is the
 * question. `SKU/NIB`, `NO HP/WA`, `RT/RW` and `Omzet/bulan` are ordinary headers, not paths.
 */
function koboQuestion(header: string): string | null {
  const h = header.trim();
  if (!/^[\w-]+(\/[\w-]+)+$/.test(h)) return null;
  const segments = h.split('/');
  const looksLikePath = segments.slice(0, -1).some((s) => s.length > 5 || s.includes('_'));
  return looksLikePath ? segments[segments.length - 1] : null;
}

/** Recognises one header by synonyms, in any case and wording (`OMSET PERTAHUN (Rp)`, `TENAGA KERJA L`). */
export function matchHeader(header: string): HeaderMatch | null {
  const question = koboQuestion(header);
  return (question !== null ? matchFolded(foldWords(question)) : null) ?? matchFolded(foldWords(header));
}

function matchFolded(h: string): HeaderMatch | null {
  if (h === '' || h.length > 120) return null;
  for (const [re, field] of RULES) {
    if (!re.test(h)) continue;
    if (field === 'omzet') return { field, period: MONTHLY.test(h) ? 'bulan' : YEARLY.test(h) ? 'tahun' : null };
    if (field === 'tenaga_kerja') {
      const rest = h.replace(/\b(tenaga kerja|jumlah|jml|tk)\b/g, ' ');
      if (MALE.test(rest)) return { field: 'tenaga_kerja_l', period: null };
      if (FEMALE.test(rest)) return { field: 'tenaga_kerja_p', period: null };
    }
    return { field, period: null };
  }
  return null;
}

/** A mapping suggested from the headers alone. */
export interface SuggestedMapping {
  mapping: ColumnMapping;
  /** Where the turnover column's period came from; null when no turnover column was found. */
  periodSource: 'header' | 'option' | 'default' | null;
  /** Running-number columns (`NO`), ignored when looking for repeated rows. */
  rowNumberColumns: number[];
}

/**
 * Maps headers to fields by synonyms; each field takes the first column that matches it. A turnover
 * header that does not state its period takes `turnoverPeriod`, or per year (the survey form's wording).
 */
export function suggestMapping(headers: readonly string[], turnoverPeriod?: TurnoverPeriod): SuggestedMapping {
  const mapping: ColumnMapping = {};
  const rowNumberColumns: number[] = [];
  let periodSource: SuggestedMapping['periodSource'] = null;
  headers.forEach((header, col) => {
    const m = matchHeader(header);
    if (!m) return;
    if (m.field === 'ignore') return;
    if (m.field === 'row_number') {
      rowNumberColumns.push(col);
      return;
    }
    let field: FieldKey;
    if (m.field === 'omzet') {
      const period = m.period ?? turnoverPeriod ?? 'tahun';
      field = period === 'bulan' ? 'omzet_bulanan' : 'omzet_tahunan';
      if (mapping[field] !== undefined) return;
      periodSource = periodSource ?? (m.period ? 'header' : turnoverPeriod ? 'option' : 'default');
    } else field = m.field;
    if (mapping[field] === undefined) mapping[field] = col;
  });
  return { mapping, periodSource, rowNumberColumns };
}

/** True when `key` is one of the canonical field keys. */
export function isFieldKey(key: string): key is FieldKey {
  return (FIELD_KEYS as readonly string[]).includes(key);
}
