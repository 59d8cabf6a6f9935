import type { Random } from './random';
import { OTHER_EAST_JAVA_KECAMATAN, PHONE_PREFIXES } from './word-lists';

/**
 * Structurally valid, invented identity numbers. NIK = kecamatan of first registration (6 digits)
 * + birth day (+40 for women) + month + 2-digit year + 4-digit serial ≥ 0001; No. KK = region (6)
 * + issue date ddmmyy + 4-digit serial ≥ 0001. Nothing beyond that structure is imitated.
 */

/** Year of the survey; ages and dates are drawn relative to it. */
const SURVEY_YEAR = 2022;

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** Days in a month (1-12) of a four-digit year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Kecamatan code (6 digits, no dots) for a Kota Pasuruan kecamatan index 0-3. */
export function pasuruanKecamatanDigits(kecamatanIndex: number): string {
  return `35750${kecamatanIndex + 1}`;
}

/**
 * Where a NIK was first registered: mostly the kecamatan of the address, sometimes another
 * Kota Pasuruan kecamatan, and ~5% elsewhere in East Java (~80% for people living outside the city).
 */
export function drawNikRegion(rng: Random, kecamatanIndex: number, livesOutside: boolean): string {
  const outside = rng.chance(livesOutside ? 0.8 : 0.05);
  if (outside) return rng.pick(OTHER_EAST_JAVA_KECAMATAN);
  if (rng.chance(0.9)) return pasuruanKecamatanDigits(kecamatanIndex);
  return pasuruanKecamatanDigits(rng.int(0, 3));
}

/** A NIK for a person born at `birthYear` (four digits) registered in `region` (6 digits). */
export function drawNik(rng: Random, region: string, female: boolean, birthYear: number): string {
  const month = rng.int(1, 12);
  const day = rng.int(1, daysInMonth(birthYear, month));
  const serial = rng.int(1, 2999);
  return `${region}${pad(day + (female ? 40 : 0), 2)}${pad(month, 2)}${pad(birthYear % 100, 2)}${pad(serial, 4)}`;
}

/** A No. KK issued in `region` (6 digits) between 2005 and the survey year. */
export function drawKk(rng: Random, region: string): string {
  const year = rng.int(2005, SURVEY_YEAR);
  const month = rng.int(1, 12);
  const day = rng.int(1, daysInMonth(year, month));
  return `${region}${pad(day, 2)}${pad(month, 2)}${pad(year % 100, 2)}${pad(rng.int(1, 9999), 4)}`;
}

/** Birth year of a business owner: age ~N(45, 11) clamped to 19-75 at the survey year. */
export function drawBirthYear(rng: Random): number {
  const age = Math.min(75, Math.max(19, Math.round(45 + 11 * rng.normal())));
  return SURVEY_YEAR - age;
}

/** A mobile number `08…` of 10-13 digits (mostly 11-12). */
export function drawPhone(rng: Random): string {
  const subscriberDigits = rng.weightedIndex([5, 30, 55, 10]) + 6; // 6..9 digits after the prefix
  let subscriber = String(rng.int(1, 9));
  for (let i = 1; i < subscriberDigits; i++) subscriber += String(rng.int(0, 9));
  return `0${rng.pick(PHONE_PREFIXES)}${subscriber}`;
}
