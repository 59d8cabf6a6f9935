/**
 * How the demo writes its deliberately messy cells: the same damage real survey spreadsheets
 * show (see shared/domain/BRIEF.md, "Identity numbers" and "Number formats").
 */

/** A NIK as Excel's General format shows a 16-digit number: 6 significant digits, `3.57503E+15`. */
export function formatNikAsExcel(nik: string): string {
  const [mantissa = '', exponent = ''] = Number(nik).toPrecision(6).split('e');
  const trimmed = mantissa.includes('.') ? mantissa.replace(/0+$/, '').replace(/\.$/, '') : mantissa;
  return `${trimmed}E${exponent}`;
}

/** Digits grouped by dots, Indonesian style: 1500000 -> `1.500.000`. */
export function formatThousands(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/**
 * Money as people type it: `Rp 1.500.000` or, when exact with one decimal, `1,5 jt`.
 * `preferShort` picks the `jt` form where it is exact; either form parses back to `value`.
 */
export function formatMoneyAsText(value: number, preferShort: boolean): string {
  const millions = value / 1_000_000;
  const oneDecimal = Math.round(millions * 10) / 10;
  if (preferShort && value >= 1_000_000 && Math.round(oneDecimal * 1_000_000) === value) {
    return `${String(oneDecimal).replace('.', ',')} jt`;
  }
  return `Rp ${formatThousands(value)}`;
}

/**
 * Region names as they are spelled in the wild (BRIEF "Regions"), keyed by the official name in
 * shared/domain/regions.ts. Kelurahan spellings are tried first, then the kecamatan's.
 */
export const DEMO_KELURAHAN_SPELLINGS: Readonly<Record<string, string>> = {
  "Tapa'an": 'Tapaan',
  "Tamba'an": 'Tambaan',
  'Bugul Lor': 'Bugullor',
  Pekuncen: 'Pekucen',
  'Bugul Kidul': 'BUGULKIDUL',
  Panggungrejo: 'Panggung Rejo',
};
export const DEMO_KECAMATAN_SPELLINGS: Readonly<Record<string, string>> = {
  'Bugul Kidul': 'BUGULKIDUL',
  Panggungrejo: 'Panggung Rejo',
};
