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
