import type { RawCell } from './cell';

/** Why a phone cell was not read as one clean number. */
export type PhoneProblem = 'malformed' | 'excel_damaged' | 'several';

/** A phone cell as read. */
export interface PhoneResult {
  /** The number in one form: national with a leading 0 (`081234567890`), or null. */
  value: string | null;
  problem: PhoneProblem | null;
}

const EMPTY: PhoneResult = { value: null, problem: null };

/**
 * Normalises a phone number to the national form `08…` (or `0343…` for a landline): `+62 812-…`,
 * `62812…`, `(0343) 42…`, and `812…` whose leading zero a spreadsheet dropped. When a cell holds
 * several numbers the first is kept and the cell is flagged.
 */
export function parsePhone(cell: RawCell): PhoneResult {
  if (cell === null) return EMPTY;
  if (typeof cell === 'number') {
    if (!Number.isSafeInteger(cell) || cell < 0) return { value: null, problem: 'excel_damaged' };
    return normaliseDigits(String(cell), false);
  }
  const s = cell.trim().replace(/^['`\u2018\u2019]+/, '');
  if (s === '' || s === '-') return EMPTY;
  if (/^\d[.,]\d+e\+\d+$/i.test(s)) return { value: null, problem: 'excel_damaged' };
  const parts = s.split(/\s*(?:\/|;|,|\bdan\b|&|\batau\b)\s*/i).filter((p) => /\d/.test(p));
  if (parts.length === 0) return { value: null, problem: 'malformed' };
  return normaliseDigits(parts[0], parts.length > 1);
}

function normaliseDigits(text: string, several: boolean): PhoneResult {
  let digits = text.replace(/[\s().\-+]/g, '');
  if (!/^\d+$/.test(digits)) return { value: null, problem: 'malformed' };
  if (digits.startsWith('62')) digits = `0${digits.slice(2)}`;
  else if (digits.startsWith('8')) digits = `0${digits}`;
  // 0 + 8-12 digits: mobile numbers are 10-13 digits long, landlines with area code 9-11.
  if (!/^0\d{8,12}$/.test(digits) || digits.startsWith('00')) return { value: null, problem: 'malformed' };
  return { value: digits, problem: several ? 'several' : null };
}
