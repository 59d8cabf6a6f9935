import { ISSUE_CATALOGUE, SKIP_REASONS, type IssueCode, type IssueSeverity, type SkipReason } from '../../../../shared/parse/issue-codes';
import type { Language } from '../../i18n/define-messages';

/**
 * Labels of the importer's problem codes and skip reasons. The Indonesian ones come from the shared
 * catalogue (one source for the UI, the CLI and the database); the English tables are typed by the
 * catalogue's codes, so a new code without a translation does not compile.
 */
const ISSUE_LABELS_EN: Record<IssueCode, string> = {
  nik_rusak_excel: 'NIK damaged by Excel (digits lost)',
  nik_tidak_valid: 'NIK is not 16 digits',
  nik_tanggal_tidak_valid: 'Impossible birth date in the NIK',
  nik_wilayah_tidak_dikenal: 'Unknown province code in the NIK',
  nik_angka_excel: 'NIK stored as a number in Excel',
  nik_wilayah_beda: 'NIK registered in another regency/city',
  kk_rusak_excel: 'Family card no. damaged by Excel (digits lost)',
  kk_tidak_valid: 'Family card no. is not 16 digits',
  kk_tanggal_tidak_valid: 'Impossible date in the family card no.',
  kk_wilayah_tidak_dikenal: 'Unknown province code in the family card no.',
  kk_angka_excel: 'Family card no. stored as a number in Excel',
  telepon_tidak_valid: 'Phone number unreadable',
  telepon_rusak_excel: 'Phone number damaged by Excel',
  telepon_lebih_dari_satu: 'More than one phone number',
  uang_tidak_terbaca: 'Money value unreadable',
  uang_negatif: 'Negative money value',
  uang_ragu: 'Doubtful number separators',
  omzet_tidak_konsisten: 'Monthly and yearly turnover disagree',
  wilayah_tidak_dikenal: 'Unknown region name',
  wilayah_ambigu: 'Region name matches more than one place',
  wilayah_tidak_cocok: 'Village is not in the district given',
  wilayah_ejaan: 'Region name matched from a similar spelling',
  bidang_tidak_dikenal: 'Unknown sector',
  pemasaran_tidak_dikenal: 'Unknown marketing channel',
  tenaga_kerja_tidak_terbaca: 'Number of workers unreadable',
  tenaga_kerja_tidak_konsisten: 'Workers ≠ male + female',
  tahun_tidak_terbaca: 'Year unreadable',
  status_tidak_dikenal: 'Unknown verification status',
  alasan_tidak_dikenal: 'Unknown reason lost',
  status_hilang_tanpa_alasan: 'Lost without a reason',
  sumber_tidak_dikenal: 'Unknown data source',
  kemitraan_tidak_dikenal: 'Unknown partnership answer',
  nama_kosong: 'Owner and business name both empty',
  kemungkinan_duplikat: 'Possible duplicate (same NIK)',
};

const SKIP_LABELS_EN: Record<SkipReason, string> = {
  baris_judul: 'Title row above the header',
  baris_kosong: 'Blank row',
  baris_nomor_kolom: 'Column-number row under the header',
  baris_jumlah: 'JUMLAH/TOTAL row',
  baris_catatan: 'Note under the table',
  baris_ganda: 'Exact repeat of an earlier row',
};

function isIssueCode(code: string): code is IssueCode {
  return Object.prototype.hasOwnProperty.call(ISSUE_CATALOGUE, code);
}

function isSkipReason(reason: string): reason is SkipReason {
  return Object.prototype.hasOwnProperty.call(SKIP_REASONS, reason);
}

/** A problem code in words; an unknown code (from a newer importer) is shown as is. */
export function describeIssue(code: string, lang: Language): string {
  if (!isIssueCode(code)) return code;
  return lang === 'en' ? ISSUE_LABELS_EN[code] : ISSUE_CATALOGUE[code].label;
}

/** How serious a problem code is; null for an unknown code. */
export function severityOfIssue(code: string): IssueSeverity | null {
  return isIssueCode(code) ? ISSUE_CATALOGUE[code].severity : null;
}

/** A skip reason in words; an unknown reason is shown as is. */
export function describeSkip(reason: string, lang: Language): string {
  if (!isSkipReason(reason)) return reason;
  return lang === 'en' ? SKIP_LABELS_EN[reason] : SKIP_REASONS[reason];
}

const SEVERITY_ORDER: Record<IssueSeverity, number> = { error: 0, warning: 1, info: 2 };

/** Problem counts ordered for reading: errors first, then by count (largest first). */
export function sortIssueCounts(issues: Record<string, number>): Array<[string, number]> {
  const rank = (code: string) => SEVERITY_ORDER[severityOfIssue(code) ?? 'info'];
  return Object.entries(issues).sort((a, b) => rank(a[0]) - rank(b[0]) || b[1] - a[1] || a[0].localeCompare(b[0]));
}
