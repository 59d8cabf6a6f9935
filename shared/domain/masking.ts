/**
 * Masking of personal data (UU 27/2022 PDP). The UI and exports show masked values by default;
 * only an explicit choice reveals them, and logs never receive them at all.
 */

/** Masks all but the first `keepStart` and last `keepEnd` characters of a value with `*`. */
export function maskMiddle(value: string | null, keepStart: number, keepEnd: number): string | null {
  if (value === null || value === '') return value;
  if (value.length <= keepStart + keepEnd) return '*'.repeat(value.length);
  return value.slice(0, keepStart) + '*'.repeat(value.length - keepStart - keepEnd) + value.slice(value.length - keepEnd);
}

/** NIK / No. KK: keeps the 4-digit province+city prefix and the last 2 digits. */
export function maskIdentityNumber(value: string | null): string | null {
  return maskMiddle(value, 4, 2);
}

/** Phone: keeps the operator prefix (4) and the last 3 digits. */
export function maskPhone(value: string | null): string | null {
  return maskMiddle(value, 4, 3);
}

/**
 * True for a cell shaped like personal data whatever its column is called: a 15-16 digit number
 * (NIK, No. KK, possibly missing a digit), an Excel-damaged one (`3.57503E+15`), or an Indonesian
 * mobile number (`0812…`, `+62 812-…`, `812…`).
 */
export function looksLikePersonalNumber(text: string): boolean {
  const trimmed = text.trim().replace(/^'/, '');
  const compact = trimmed.replace(/[\s.-]/g, '');
  return /^\d{15,16}$/.test(compact) || /^(\+?62|0)?8\d{8,12}$/.test(compact) || /^\d[.,]\d+E\+1[45]$/i.test(trimmed);
}
