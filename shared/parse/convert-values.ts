import type { ColumnMapping, FieldKey } from '../domain/fields';
import type { TurnoverPeriod } from '../domain/business';
import type { LostReason, VerificationStatus } from '../domain/verification';
import { cellText, type RawCell } from './cell';
import { formatRupiah, type IssueSink } from './issue-sink';
import type { CategoryResult } from './parse-categories';
import type { WorkersResult } from './parse-count';
import type { IdentityResult } from './parse-identity';
import { parseMoney, type MoneyResult } from './parse-money';

/*
 * Readers of the columns whose value depends on several cells or needs a message: each reads its cells,
 * records problems in the row's IssueSink and returns what is stored.
 */

/** Text without the leading apostrophe Excel users type to keep digits as text. */
export function stripApostrophe(s: string | null): string | null {
  return s === null ? null : s.replace(/^['`\u2018\u2019]+/, '') || null;
}

/** RT/RW as three digits (`1`, `01`, `RT 001` → `001`) so the same RT is written one way. */
export function readNeighbourhood(s: string | null): string | null {
  if (s === null) return null;
  const m = /^(?:rt|rw)?\.?\s*0*(\d{1,3})$/i.exec(s.replace(/^['`]+/, ''));
  return m ? m[1].padStart(3, '0') : s;
}

const IDENTITY_TEXT: Record<'nik' | 'no_kk', { name: string; prefix: 'nik' | 'kk' }> = {
  nik: { name: 'NIK', prefix: 'nik' },
  no_kk: { name: 'No. KK', prefix: 'kk' },
};

/** A NIK or No. KK with its problems reported; damaged or malformed numbers become null. */
export function readIdentity(result: IdentityResult, field: 'nik' | 'no_kk', sink: IssueSink): string | null {
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

/** A money value with its problem reported. */
export function readMoney(result: MoneyResult, field: FieldKey, raw: string, sink: IssueSink): number | null {
  if (result.problem === 'unreadable') sink.add('uang_tidak_terbaca', field, `"${raw}" tidak terbaca sebagai jumlah uang; dibiarkan kosong.`);
  else if (result.problem === 'negative' && result.value !== null) sink.add('uang_negatif', field, `nilai negatif (${formatRupiah(result.value)}); periksa kembali.`);
  else if (result.problem === 'ambiguous' && result.value !== null) sink.add('uang_ragu', field, `"${raw}" dibaca sebagai ${formatRupiah(result.value)}; pemisah angkanya meragukan.`);
  return result.value;
}

/** One turnover figure and its period: the yearly column if filled, else the monthly one; both are compared. */
export function readTurnover(row: readonly RawCell[], mapping: ColumnMapping, sink: IssueSink): { value: number | null; period: TurnoverPeriod | null } {
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

/** Memoised parsers of categorical cells, shared by the rows of one file. */
export interface CategoryParsers {
  workers: (cell: RawCell) => WorkersResult;
  status: (cell: RawCell) => CategoryResult<VerificationStatus>;
  reason: (cell: RawCell) => CategoryResult<LostReason>;
}

/** Workers as total and L/P, from a total column and/or L and P columns (or a split in one cell). */
export function readWorkers(row: readonly RawCell[], mapping: ColumnMapping, sink: IssueSink, parseWorkers: CategoryParsers['workers']): { total: number | null; l: number | null; p: number | null } {
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

/** Status and lost reason; `hilang` needs a reason (schema rule), otherwise it stays data awal, reported. */
export function readVerification(row: readonly RawCell[], mapping: ColumnMapping, sink: IssueSink, parsers: CategoryParsers): { status: VerificationStatus; reason: LostReason | null } {
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
