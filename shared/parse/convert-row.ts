import type { ColumnMapping, FieldKey } from '../domain/fields';
import type { MarketingChannel, Sector, TurnoverPeriod } from '../domain/business';
import type { LostReason, RecordSource, VerificationStatus } from '../domain/verification';
import { cellText, type RawCell } from './cell';
import { ISSUE_CATALOGUE, type IssueCode, type IssueSeverity } from './issue-codes';
import type { RegionMatcher } from './match-region';
import { parseKk, parseNik, identityRegionCode, type IdentityResult } from './parse-identity';
import { parseMoney, type MoneyResult } from './parse-money';
import { parsePhone } from './parse-phone';
import { parseLostReason, parseMarketing, parseRecordSource, parseSector, parseStatus, parseYesNo, type CategoryResult } from './parse-categories';
import { parseWorkers, parseYear, type WorkersResult } from './parse-count';
import { memoiseByText } from './normalise-text';
import { readRegions } from './convert-region';

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

/** One problem of one row: code, the field and source column it concerns, and a message for people. */
export interface RowIssue {
  code: IssueCode;
  severity: IssueSeverity;
  field: FieldKey | null;
  column: string | null;
  message: string;
}

export interface ConvertedRow {
  values: BusinessValues;
  issues: RowIssue[];
}

export interface ConverterSetup {
  /** Header text per column (already made unique), used in messages. */
  headers: readonly string[];
  mapping: ColumnMapping;
  matcher: RegionMatcher;
  /** The year now, to reject a tahun mulai in the future. */
  currentYear: number;
}

/** Collects a row's issues with messages `Baris 12, kolom "OMSET PERTAHUN": …`. */
export class IssueSink {
  readonly issues: RowIssue[] = [];
  constructor(
    private readonly headers: readonly string[],
    private readonly mapping: ColumnMapping,
    readonly rowNumber: number,
  ) {}

  add(code: IssueCode, field: FieldKey | null, text: string): void {
    const col = field === null ? undefined : this.mapping[field];
    const column = col === undefined ? null : (this.headers[col] ?? null);
    const where = column === null ? `Baris ${this.rowNumber}` : `Baris ${this.rowNumber}, kolom "${column}"`;
    this.issues.push({ code, severity: ISSUE_CATALOGUE[code].severity, field, column, message: `${where}: ${text}` });
  }
}

/** Rupiah as Indonesians write it, for messages (`Rp 1.500.000`). */
export function formatRupiah(value: number): string {
  const sign = value < 0 ? '-' : '';
  return `${sign}Rp ${Math.abs(value).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`;
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
  const sectorOf = memoiseByText(parseSector);
  const marketingOf = memoiseByText(parseMarketing);
  const yesNoOf = memoiseByText(parseYesNo);
  const yearOf = memoiseByText((c) => parseYear(c, currentYear));
  const sourceOf = memoiseByText(parseRecordSource);
  const parsers: CategoryParsers = { workers: memoiseByText(parseWorkers), status: memoiseByText(parseStatus), reason: memoiseByText(parseLostReason) };

  return (row, rowNumber) => {
    const sink = new IssueSink(headers, mapping, rowNumber);
    const raw = (field: FieldKey) => cellText(cell(row, field)).trim();

    const nik = readIdentity(parseNik(cell(row, 'nik')), 'nik', sink);
    const noKk = readIdentity(parseKk(cell(row, 'no_kk')), 'no_kk', sink);
    const phone = parsePhone(cell(row, 'telepon'));
    if (phone.problem === 'malformed') sink.add('telepon_tidak_valid', 'telepon', 'nomor telepon tidak terbaca; dikosongkan, isi asli tetap tersimpan.');
    else if (phone.problem === 'excel_damaged') sink.add('telepon_rusak_excel', 'telepon', 'nomor telepon rusak karena Excel menyimpannya dalam notasi ilmiah; digit hilang dan tidak dapat dipulihkan.');
    else if (phone.problem === 'several') sink.add('telepon_lebih_dari_satu', 'telepon', 'berisi lebih dari satu nomor; nomor pertama yang disimpan.');

    const regions = readRegions(raw('kecamatan'), raw('kelurahan'), matcher, sink);
    if (nik !== null && regions.kecamatan_code !== null && identityRegionCode(nik) !== regions.kecamatan_code.slice(0, 5)) {
      sink.add('nik_wilayah_beda', 'nik', 'NIK pertama kali terdaftar di kabupaten/kota lain. NIK tidak berubah saat orang pindah, jadi ini hanya catatan.');
    }

    const turnover = readTurnover(row, mapping, sink);
    const aset = readMoney(parseMoney(cell(row, 'aset')), 'aset', raw('aset'), sink);
    const modal = readMoney(parseMoney(cell(row, 'modal')), 'modal', raw('modal'), sink);
    const workers = readWorkers(row, mapping, sink, parsers.workers);

    const sector = sectorOf(cell(row, 'bidang_usaha'));
    if (sector === null) sink.add('bidang_tidak_dikenal', 'bidang_usaha', `"${raw('bidang_usaha')}" bukan bidang usaha yang dikenal (1 Perdagangan, 2 Industri, 3 Jasa).`);
    const marketing = marketingOf(cell(row, 'pemasaran'));
    if (marketing === null) sink.add('pemasaran_tidak_dikenal', 'pemasaran', `"${raw('pemasaran')}" tidak dikenali sebagai online, offline, atau keduanya.`);
    const partnership = yesNoOf(cell(row, 'kemitraan'));
    if (partnership === null) sink.add('kemitraan_tidak_dikenal', 'kemitraan', `"${raw('kemitraan')}" bukan ya/tidak.`);
    const year = yearOf(cell(row, 'tahun_mulai'));
    if (year.unreadable) sink.add('tahun_tidak_terbaca', 'tahun_mulai', `"${raw('tahun_mulai')}" bukan tahun yang mungkin.`);
    const verification = readVerification(row, mapping, sink, parsers);
    const source = sourceOf(cell(row, 'sumber'));
    if (source === null) sink.add('sumber_tidak_dikenal', 'sumber', `"${raw('sumber')}" bukan sumber data yang dikenal (data dinas / temuan lapangan); dianggap data dinas.`);

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

function stripApostrophe(s: string | null): string | null {
  return s === null ? null : s.replace(/^['`\u2018\u2019]+/, '') || null;
}

/** RT/RW as three digits (`1`, `01`, `RT 001` → `001`) so the same RT is written one way. */
function readNeighbourhood(s: string | null): string | null {
  if (s === null) return null;
  const m = /^(?:rt|rw)?\.?\s*0*(\d{1,3})$/i.exec(s.replace(/^['`]+/, ''));
  return m ? m[1].padStart(3, '0') : s;
}

const IDENTITY_TEXT: Record<'nik' | 'no_kk', { name: string; prefix: 'nik' | 'kk' }> = {
  nik: { name: 'NIK', prefix: 'nik' },
  no_kk: { name: 'No. KK', prefix: 'kk' },
};

function readIdentity(result: IdentityResult, field: 'nik' | 'no_kk', sink: IssueSink): string | null {
  const { name, prefix } = IDENTITY_TEXT[field];
  for (const problem of result.problems) {
    if (problem === 'excel_damaged') {
      sink.add(`${prefix}_rusak_excel`, field, `${name} rusak: Excel menyimpannya sebagai angka dalam notasi ilmiah (mis. 3.57503E+15), digit terakhirnya hilang dan tidak dapat dipulihkan. ${name} dikosongkan; isi asli tetap tersimpan.`);
    } else if (problem === 'malformed') {
      sink.add(`${prefix}_tidak_valid`, field, `${name} harus 16 digit angka; dikosongkan, isi asli tetap tersimpan.`);
    } else if (problem === 'bad_date') {
      sink.add(`${prefix}_tanggal_tidak_valid`, field, `bagian tanggal ${name} (digit 7–12) atau nomor urutnya tidak mungkin; periksa kembali.`);
    } else if (problem === 'bad_region') {
      sink.add(`${prefix}_wilayah_tidak_dikenal`, field, `dua digit pertama ${name} bukan kode provinsi yang dikenal.`);
    } else {
      sink.add(`${prefix}_angka_excel`, field, `${name} tersimpan sebagai angka di Excel, yang hanya menyimpan 15 digit; periksa digit terakhirnya.`);
    }
  }
  return result.value;
}

function readMoney(result: MoneyResult, field: FieldKey, raw: string, sink: IssueSink): number | null {
  if (result.problem === 'unreadable') sink.add('uang_tidak_terbaca', field, `"${raw}" tidak terbaca sebagai jumlah uang; dibiarkan kosong.`);
  else if (result.problem === 'negative' && result.value !== null) sink.add('uang_negatif', field, `nilai negatif (${formatRupiah(result.value)}); periksa kembali.`);
  else if (result.problem === 'ambiguous' && result.value !== null) sink.add('uang_ragu', field, `"${raw}" dibaca sebagai ${formatRupiah(result.value)}; pemisah angkanya meragukan.`);
  return result.value;
}

/** One turnover figure and its period: the yearly column if filled, else the monthly one; both are compared. */
function readTurnover(row: readonly RawCell[], mapping: ColumnMapping, sink: IssueSink): { value: number | null; period: TurnoverPeriod | null } {
  const at = (col: number | undefined): RawCell => (col === undefined ? null : (row[col] ?? null));
  const yearly = parseMoney(at(mapping.omzet_tahunan));
  const monthly = parseMoney(at(mapping.omzet_bulanan));
  const y = readMoney(yearly, 'omzet_tahunan', cellText(at(mapping.omzet_tahunan)).trim(), sink);
  const m = readMoney(monthly, 'omzet_bulanan', cellText(at(mapping.omzet_bulanan)).trim(), sink);
  const yearlyPeriod: TurnoverPeriod = yearly.period ?? 'tahun';
  const monthlyPeriod: TurnoverPeriod = monthly.period ?? 'bulan';
  if (y !== null && m !== null) {
    const perYear = (v: number, p: TurnoverPeriod) => (p === 'tahun' ? v : v * 12);
    const a = perYear(y, yearlyPeriod);
    const b = perYear(m, monthlyPeriod);
    if (Math.abs(a - b) > 0.2 * Math.max(Math.abs(a), Math.abs(b))) {
      sink.add('omzet_tidak_konsisten', 'omzet_bulanan', `omzet per bulan ${formatRupiah(m)} tidak cocok dengan omzet per tahun ${formatRupiah(y)}; yang disimpan omzet per tahun.`);
    }
  }
  if (y !== null) return { value: y, period: yearlyPeriod };
  if (m !== null) return { value: m, period: monthlyPeriod };
  return { value: null, period: null };
}

interface CategoryParsers {
  workers: (cell: RawCell) => WorkersResult;
  status: (cell: RawCell) => CategoryResult<VerificationStatus>;
  reason: (cell: RawCell) => CategoryResult<LostReason>;
}

function readWorkers(row: readonly RawCell[], mapping: ColumnMapping, sink: IssueSink, parseWorkers: CategoryParsers['workers']): { total: number | null; l: number | null; p: number | null } {
  const at = (col: number | undefined): RawCell => (col === undefined ? null : (row[col] ?? null));
  const total = parseWorkers(at(mapping.tenaga_kerja));
  const lCell = parseWorkers(at(mapping.tenaga_kerja_l));
  const pCell = parseWorkers(at(mapping.tenaga_kerja_p));
  for (const [r, field] of [[total, 'tenaga_kerja'], [lCell, 'tenaga_kerja_l'], [pCell, 'tenaga_kerja_p']] as const) {
    if (r.unreadable) sink.add('tenaga_kerja_tidak_terbaca', field, `"${cellText(at(mapping[field])).trim()}" bukan jumlah orang; dibiarkan kosong.`);
  }
  const l = lCell.total ?? total.l;
  const p = pCell.total ?? total.p;
  let sum = total.total;
  if (sum === null && l !== null && p !== null) sum = l + p;
  if (sum !== null && l !== null && p !== null && sum !== l + p) {
    sink.add('tenaga_kerja_tidak_konsisten', 'tenaga_kerja', `jumlah tenaga kerja ${sum} tidak sama dengan L ${l} + P ${p}.`);
  }
  return { total: sum, l, p };
}

function readVerification(row: readonly RawCell[], mapping: ColumnMapping, sink: IssueSink, parsers: CategoryParsers): { status: VerificationStatus; reason: LostReason | null } {
  const at = (col: number | undefined): RawCell => (col === undefined ? null : (row[col] ?? null));
  const status = parsers.status(at(mapping.status));
  const reason = parsers.reason(at(mapping.alasan_hilang));
  if (status === null) sink.add('status_tidak_dikenal', 'status', `"${cellText(at(mapping.status)).trim()}" bukan status verifikasi yang dikenal (valid / hilang); dianggap data awal.`);
  if (reason === null) sink.add('alasan_tidak_dikenal', 'alasan_hilang', `"${cellText(at(mapping.alasan_hilang)).trim()}" bukan alasan hilang yang dikenal.`);
  const lost = status === 'hilang' || (status === undefined && reason);
  if (!lost) return { status: status ?? 'data_awal', reason: null };
  if (!reason) {
    if (reason === undefined) sink.add('status_hilang_tanpa_alasan', 'status', 'status hilang tanpa alasan; disimpan sebagai data awal sampai alasannya diisi.');
    return { status: 'data_awal', reason: null };
  }
  return { status: 'hilang', reason };
}
