import type { ColumnMapping, FieldKey } from '../domain/fields';
import type { Region } from '../domain/regions';
import type { MarketingChannel, Sector, TurnoverPeriod } from '../domain/business';
import type { LostReason, RecordSource, VerificationStatus } from '../domain/verification';
import { cellText, type RawCell } from './cell';
import { IssueSink, type RowIssue } from './issue-sink';
import type { RegionMatcher } from './match-region';
import { parseKk, parseNik, identityRegionCode } from './parse-identity';
import { parseMoney } from './parse-money';
import { parsePhone } from './parse-phone';
import { parseLostReason, parseMarketing, parseRecordSource, parseSector, parseStatus, parseYesNo } from './parse-categories';
import { parseWorkers, parseYear } from './parse-count';
import { memoiseByText } from './normalise-text';
import { readRegions } from './convert-region';
import { readIdentity, readMoney, readNeighbourhood, readTurnover, readVerification, readWorkers, stripApostrophe, type CategoryParsers } from './convert-values';

export { IssueSink, formatRupiah, type RowIssue } from './issue-sink';

/** The business columns one source row becomes (names as in the `businesses` table). */
export interface BusinessValues {
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
  bidang_usaha: Sector | null;
  jenis_usaha: string | null;
  nib: string | null;
  omzet_nilai: number | null;
  omzet_periode: TurnoverPeriod | null;
  aset: number | null;
  modal: number | null;
  pemasaran: MarketingChannel | null;
  tenaga_kerja: number | null;
  tenaga_kerja_l: number | null;
  tenaga_kerja_p: number | null;
  kemitraan: 0 | 1 | null;
  tahun_mulai: number | null;
  status: VerificationStatus;
  alasan_hilang: LostReason | null;
  sumber: RecordSource;
}

/** A converted row: what is stored, and the problems found. */
export interface ConvertedRow {
  values: BusinessValues;
  issues: RowIssue[];
}

/** What the converter of one file needs to know. */
export interface ConverterSetup {
  /** Header text per column (already made unique), used in messages. */
  headers: readonly string[];
  mapping: ColumnMapping;
  matcher: RegionMatcher;
  /** The year now, to reject a tahun mulai in the future. */
  currentYear: number;
  /** Kab/kota codes of provinces whose list the project holds (see listKnownKabupaten), to check NIK digits 3-4. */
  knownKabupaten?: KnownKabupaten;
}

/** Kab/kota codes (`35.07`) per province (`35`) of the project's region list. */
export type KnownKabupaten = ReadonlyMap<string, ReadonlySet<string>>;

/**
 * The kab/kota of each province the project lists in full: a province with a single kab/kota (the built-in
 * Kota Pasuruan alone) says nothing about the others, so it is left out and NIKs there are not checked.
 */
export function listKnownKabupaten(regions: readonly Region[]): KnownKabupaten {
  const byProvince = new Map<string, Set<string>>();
  for (const r of regions) {
    if (r.level !== 2) continue;
    const province = r.code.slice(0, 2);
    const set = byProvince.get(province) ?? new Set<string>();
    set.add(r.code);
    byProvince.set(province, set);
  }
  for (const [province, set] of byProvince) if (set.size < 2) byProvince.delete(province);
  return byProvince;
}

/**
 * Builds the converter for one file: each source row (cells in sheet order) becomes business values
 * and the problems found, read per column from the mapping (types come from the field, never guessed
 * from the cell, so a phone keeps its leading zero and a NIK its 16 digits).
 */
export function createRowConverter(setup: ConverterSetup): (row: readonly RawCell[], rowNumber: number) => ConvertedRow {
  const { headers, mapping, matcher, currentYear } = setup;
  const cell = (row: readonly RawCell[], field: FieldKey): RawCell => {
    const col = mapping[field];
    return col === undefined ? null : (row[col] ?? null);
  };
  const text = (row: readonly RawCell[], field: FieldKey): string | null => {
    let s = cellText(cell(row, field)).trim();
    if (/\s\s|[\t\r\n]/.test(s)) s = s.replace(/\s+/g, ' ');
    return s === '' || s === '-' ? null : s;
  };
  // Categorical columns repeat a handful of texts: each distinct text is parsed once per file.
  const rawOf = (row: readonly RawCell[], field: FieldKey): string => cellText(cell(row, field)).trim();
  const sectorOf = memoiseByText(parseSector);
  const marketingOf = memoiseByText(parseMarketing);
  const yesNoOf = memoiseByText(parseYesNo);
  const yearOf = memoiseByText((c) => parseYear(c, currentYear));
  const sourceOf = memoiseByText(parseRecordSource);
  const parsers: CategoryParsers = { workers: memoiseByText(parseWorkers), status: memoiseByText(parseStatus), reason: memoiseByText(parseLostReason) };

  return (row, rowNumber) => {
    const sink = new IssueSink(headers, mapping, rowNumber);

    const nik = readIdentity(parseNik(cell(row, 'nik')), 'nik', sink);
    const noKk = readIdentity(parseKk(cell(row, 'no_kk')), 'no_kk', sink);
    const phone = parsePhone(cell(row, 'telepon'));
    if (phone.problem === 'malformed') sink.add('telepon_tidak_valid', 'telepon', 'nomor telepon tidak terbaca; dikosongkan, isi asli tetap tersimpan.');
    else if (phone.problem === 'excel_damaged') sink.add('telepon_rusak_excel', 'telepon', 'nomor telepon rusak karena Excel menyimpannya dalam notasi ilmiah; digit hilang dan tidak dapat dipulihkan.');
    else if (phone.problem === 'several') sink.add('telepon_lebih_dari_satu', 'telepon', 'berisi lebih dari satu nomor; nomor pertama yang disimpan.');

    const regions = readRegions(rawOf(row, 'kecamatan'), rawOf(row, 'kelurahan'), matcher, sink);
    const kabupaten = nik === null ? undefined : setup.knownKabupaten?.get(nik.slice(0, 2));
    if (nik !== null && kabupaten !== undefined && !kabupaten.has(identityRegionCode(nik))) {
      sink.add('nik_wilayah_tidak_dikenal', 'nik', 'digit 3–4 NIK bukan kode kabupaten/kota yang ada di daftar wilayah.');
    } else if (nik !== null && regions.kecamatan_code !== null && identityRegionCode(nik) !== regions.kecamatan_code.slice(0, 5)) {
      sink.add('nik_wilayah_beda', 'nik', 'NIK pertama kali terdaftar di kabupaten/kota lain. NIK tidak berubah saat orang pindah, jadi ini hanya catatan.');
    }

    const turnover = readTurnover(row, mapping, sink);
    const aset = readMoney(parseMoney(cell(row, 'aset')), 'aset', rawOf(row, 'aset'), sink);
    const modal = readMoney(parseMoney(cell(row, 'modal')), 'modal', rawOf(row, 'modal'), sink);
    const workers = readWorkers(row, mapping, sink, parsers.workers);

    const sector = sectorOf(cell(row, 'bidang_usaha'));
    if (sector === null) sink.add('bidang_tidak_dikenal', 'bidang_usaha', `"${rawOf(row, 'bidang_usaha')}" bukan bidang usaha yang dikenal (1 Perdagangan, 2 Industri, 3 Jasa).`);
    const marketing = marketingOf(cell(row, 'pemasaran'));
    if (marketing === null) sink.add('pemasaran_tidak_dikenal', 'pemasaran', `"${rawOf(row, 'pemasaran')}" tidak dikenali sebagai online, offline, atau keduanya.`);
    const partnership = yesNoOf(cell(row, 'kemitraan'));
    if (partnership === null) sink.add('kemitraan_tidak_dikenal', 'kemitraan', `"${rawOf(row, 'kemitraan')}" bukan ya/tidak.`);
    const year = yearOf(cell(row, 'tahun_mulai'));
    if (year.unreadable) sink.add('tahun_tidak_terbaca', 'tahun_mulai', `"${rawOf(row, 'tahun_mulai')}" bukan tahun yang mungkin.`);
    const verification = readVerification(row, mapping, sink, parsers);
    const source = sourceOf(cell(row, 'sumber'));
    if (source === null) sink.add('sumber_tidak_dikenal', 'sumber', `"${rawOf(row, 'sumber')}" bukan sumber data yang dikenal (data dinas / temuan lapangan); dianggap data dinas.`);

    let rt = readNeighbourhood(text(row, 'rt'));
    let rw = readNeighbourhood(text(row, 'rw'));
    const rtText = text(row, 'rt');
    if (mapping.rw === undefined && rtText !== null && /^\d{1,3}\s*[/\\-]\s*\d{1,3}$/.test(rtText)) {
      // A combined `RT/RW` column: `001/002`.
      const [a, b] = rtText.split(/\s*[/\\-]\s*/);
      rt = readNeighbourhood(a);
      rw = readNeighbourhood(b);
    }

    const values: BusinessValues = {
      nama_pelaku: text(row, 'nama_pelaku'),
      nama_usaha: text(row, 'nama_usaha'),
      nik,
      no_kk: noKk,
      telepon: phone.value,
      alamat: text(row, 'alamat'),
      rt,
      rw,
      kecamatan_code: regions.kecamatan_code,
      kelurahan_code: regions.kelurahan_code,
      bidang_usaha: sector ?? null,
      jenis_usaha: text(row, 'jenis_usaha'),
      nib: stripApostrophe(text(row, 'nib')),
      omzet_nilai: turnover.value,
      omzet_periode: turnover.period,
      aset,
      modal,
      pemasaran: marketing ?? null,
      tenaga_kerja: workers.total,
      tenaga_kerja_l: workers.l,
      tenaga_kerja_p: workers.p,
      kemitraan: partnership ?? null,
      tahun_mulai: year.value,
      status: verification.status,
      alasan_hilang: verification.reason,
      sumber: source ?? 'data_dinas',
    };
    if (values.nama_pelaku === null && values.nama_usaha === null && (mapping.nama_pelaku !== undefined || mapping.nama_usaha !== undefined)) {
      sink.add('nama_kosong', null, 'nama pelaku dan nama usaha sama-sama kosong.');
    }
    return { values, issues: sink.issues };
  };
}

