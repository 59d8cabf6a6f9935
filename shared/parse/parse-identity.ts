import type { RawCell } from './cell';

/** Province codes of Kemendagri numbering (2025), the first two digits of every NIK and No. KK. */
export const PROVINCE_CODES: ReadonlySet<string> = new Set(
  '11 12 13 14 15 16 17 18 19 21 31 32 33 34 35 36 51 52 53 61 62 63 64 65 71 72 73 74 75 76 81 82 91 92 93 94 95 96'.split(' '),
);

/** What is wrong with an identity number; `excel_damaged` can never be repaired (digits were lost). */
export type IdentityProblem = 'excel_damaged' | 'malformed' | 'bad_date' | 'bad_region' | 'excel_number';

/** A NIK or No. KK as read, with its problems. */
export interface IdentityResult {
  /** The 16 digits, or null when the cell is empty or the number is not a usable identity number. */
  value: string | null;
  /** Problems, most serious first; a value with only warnings (date, region, excel_number) is kept. */
  problems: IdentityProblem[];
}

const EMPTY: IdentityResult = { value: null, problems: [] };
/** `3.57503E+15`, `3,57503E+15`: Excel's scientific display, the last digits are gone. */
const SCIENTIFIC = /^\d[.,]?\d*e\+?\d+$/i;

/**
 * Reads a NIK: 16 digits = province(2) kab/kota(2) kecamatan(2) of first registration, birth day (+40
 * for women), month, 2-digit year, serial ≥ 0001. A leading apostrophe and spaces/dots/dashes between
 * digit groups are removed; `3.57503E+15` is reported as damaged and never "repaired".
 */
export function parseNik(cell: RawCell): IdentityResult {
  return parseIdentity(cell, true);
}

/** Reads a No. KK: region(6) + issue date ddmmyy + serial(4), normalised like a NIK. */
export function parseKk(cell: RawCell): IdentityResult {
  return parseIdentity(cell, false);
}

function parseIdentity(cell: RawCell, isNik: boolean): IdentityResult {
  if (cell === null) return EMPTY;
  const fromNumber = typeof cell === 'number';
  let s: string;
  if (fromNumber) {
    // A number cell of 16 digits passed through Excel, which keeps only 15 significant digits.
    if (!Number.isSafeInteger(cell)) return { value: null, problems: ['excel_damaged'] };
    s = String(cell);
  } else {
    s = cell.trim().replace(/^['`\u2018\u2019]+/, '').trim();
  }
  if (s === '' || s === '-') return EMPTY;
  const compact = s.replace(/[\s.\-]/g, '');
  if ((s.includes('e') || s.includes('E')) && (SCIENTIFIC.test(s.replace(/\s/g, '')) || /e\+/i.test(compact))) {
    return { value: null, problems: ['excel_damaged'] };
  }
  if (!/^\d{16}$/.test(compact)) return { value: null, problems: ['malformed'] };
  const problems: IdentityProblem[] = [];
  if (!PROVINCE_CODES.has(compact.slice(0, 2))) problems.push('bad_region');
  if (!hasValidDatePart(compact, isNik) || compact.slice(12) === '0000') problems.push('bad_date');
  if (fromNumber) problems.push('excel_number');
  return { value: compact, problems };
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The ddmmyy part (digits 7-12); for a NIK the day of a woman is +40. */
function hasValidDatePart(digits: string, isNik: boolean): boolean {
  let day = Number(digits.slice(6, 8));
  const month = Number(digits.slice(8, 10));
  if (isNik && day > 40) day -= 40;
  if (month < 1 || month > 12) return false;
  return day >= 1 && day <= DAYS_IN_MONTH[month - 1];
}

/** The kab/kota part of an identity number as a Kemendagri code (`3575…` → `35.75`). */
export function identityRegionCode(digits: string): string {
  return `${digits.slice(0, 2)}.${digits.slice(2, 4)}`;
}
