import type { RawCell } from './cell';
import type { TurnoverPeriod } from '../domain/business';

/** Why a money cell was not read as a plain amount. */
export type MoneyProblem = 'unreadable' | 'negative' | 'ambiguous';

/** A money cell as read. */
export interface MoneyResult {
  /** Integer Rupiah, or null when the cell is empty or unreadable. */
  value: number | null;
  problem: MoneyProblem | null;
  /** The period written inside the cell itself (`5 jt/bulan`), if any. */
  period: TurnoverPeriod | null;
}

const EMPTY: MoneyResult = { value: null, problem: null, period: null };
const UNREADABLE: MoneyResult = { value: null, problem: 'unreadable', period: null };

/** Cell texts that mean "no figure given" (never zero: a missing value is not a zero). */
const MISSING = new Set(['', '-', '--', '---', '—', '–', '?', 'x', 'na', 'n a', 'n/a', 'null', 'kosong', 'tidak ada', 'tdk ada', 'tidak tahu', 'tdk tahu']);

/** Unit words after a number; M is miliar (10^9), never million (BRIEF). */
const UNITS: Record<string, number> = {
  k: 1e3, rb: 1e3, rbu: 1e3, ribu: 1e3,
  jt: 1e6, jta: 1e6, juta: 1e6, jutaan: 1e6,
  m: 1e9, miliar: 1e9, milyar: 1e9, milliar: 1e9, mlyr: 1e9, mly: 1e9,
  t: 1e12, triliun: 1e12, trilyun: 1e12,
};

/** Above this (Rp 10^15) a figure is certainly a typing or unit error, and past 2^53 it is not exact. */
const MAX_RUPIAH = 1e15;

const UNIT_PATTERN = /^([\d.,\s]*\d[\d.,]*)\s*(k|rbu?|ribu|jta?|juta|jutaan|m|miliar|milyar|milliar|mlyr|mly|t|triliun|trilyun)\.?$/;
const PERIOD_PATTERN = /\s*(?:\/|per|tiap|setiap)\s*(bln|bulan|thn|tahun|th)\.?$/;
const SCIENTIFIC = /^\d+(?:[.,]\d+)?e[+-]?\d+$/;

/**
 * Reads a money cell in every form the BRIEF lists: `Rp 1.500.000`, `Rp. 1.500.000,-`, `1.500.000,00`,
 * `1,5 jt`, `150rb`, `2 M` / `2 miliar` (10^9), `IDR 50K`, `(1.000)` (negative, flagged). Without a unit a
 * dot groups thousands; with a unit a comma or dot is a decimal point. The result is integer Rupiah.
 */
export function parseMoney(cell: RawCell): MoneyResult {
  if (cell === null) return EMPTY;
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell) || Math.abs(cell) > MAX_RUPIAH) return UNREADABLE;
    const value = Math.round(cell);
    return { value, problem: value < 0 ? 'negative' : null, period: null };
  }
  let s = cell.trim().toLowerCase();
  if (/^\d{1,15}$/.test(s)) return { value: Number(s), problem: null, period: null };
  if (MISSING.has(s)) return EMPTY;

  let period: TurnoverPeriod | null = null;
  const p = PERIOD_PATTERN.exec(s);
  if (p) {
    period = p[1].startsWith('b') ? 'bulan' : 'tahun';
    s = s.slice(0, p.index).trim();
  }
  let negative = false;
  if (s.startsWith('(') && s.endsWith(')')) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  if (s.startsWith('-')) {
    negative = true;
    s = s.slice(1).trim();
  }
  s = s.replace(/^(?:rp\.?|idr)\s*/, '');
  if (s.startsWith('-')) {
    negative = true;
    s = s.slice(1).trim();
  }
  s = s.replace(/[.,]?-+$/, '').trim();

  let amount: number | null;
  let ambiguous = false;
  const unit = UNIT_PATTERN.exec(s);
  if (unit) {
    amount = readDecimalWithUnit(unit[1].replace(/\s+/g, ''));
    if (amount !== null) amount *= UNITS[unit[2]];
  } else if (SCIENTIFIC.test(s)) {
    amount = Number(s.replace(',', '.'));
  } else {
    const read = readPlainNumber(s);
    amount = read.amount;
    ambiguous = read.ambiguous;
  }
  if (amount === null || !Number.isFinite(amount) || amount > MAX_RUPIAH) return { value: null, problem: 'unreadable', period };
  const value = Math.round(negative ? -amount : amount);
  const problem: MoneyProblem | null = negative && value !== 0 ? 'negative' : ambiguous ? 'ambiguous' : null;
  return { value: value === 0 ? 0 : value, problem, period };
}

/** `1,5` / `1.5` / `1.500,5` before a unit: the last separator is the decimal point. */
function readDecimalWithUnit(s: string): number | null {
  if (!/^\d[\d.,]*$/.test(s) || /[.,]{2}/.test(s) || /[.,]$/.test(s)) return null;
  const last = Math.max(s.lastIndexOf('.'), s.lastIndexOf(','));
  if (last < 0) return Number(s);
  const sep = s[last];
  const sameCount = s.split(sep).length - 1;
  const other = sep === '.' ? ',' : '.';
  // `1.500.000 rb`: a repeated separator (and no other kind) can only group thousands.
  if (sameCount > 1 && !s.includes(other)) return Number(s.replace(/[.,]/g, ''));
  const intPart = s.slice(0, last).replace(/[.,]/g, '');
  return Number(`${intPart}.${s.slice(last + 1)}`);
}

/** A number without unit: dots (or spaces) group thousands, a comma before 1-2 digits is decimal. */
function readPlainNumber(raw: string): { amount: number | null; ambiguous: boolean } {
  let s = raw;
  if (/^\d{1,3}(?: \d{3})+(?:,\d+)?$/.test(s)) s = s.replace(/ /g, '.');
  if (!/^\d[\d.,]*$/.test(s) || /[.,]{2}/.test(s) || /[.,]$/.test(s)) return { amount: null, ambiguous: false };
  const hasDot = s.includes('.');
  const hasComma = s.includes(',');
  if (hasDot && hasComma) {
    const decimalSep = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
    const groupSep = decimalSep === '.' ? ',' : '.';
    const [intPart, frac] = [s.slice(0, s.lastIndexOf(decimalSep)), s.slice(s.lastIndexOf(decimalSep) + 1)];
    if (intPart.includes(decimalSep) || !isGrouped(intPart, groupSep)) return { amount: null, ambiguous: false };
    return { amount: Number(`${intPart.split(groupSep).join('')}.${frac}`), ambiguous: false };
  }
  const sep = hasDot ? '.' : hasComma ? ',' : null;
  if (sep === null) return { amount: Number(s), ambiguous: false };
  if (isGrouped(s, sep)) {
    // `1.500` is Indonesian thousands; `1,500` could be English thousands or 1,5 — read as thousands, flagged.
    const single = s.split(sep).length === 2;
    return { amount: Number(s.split(sep).join('')), ambiguous: sep === ',' && single };
  }
  const parts = s.split(sep);
  if (parts.length !== 2) return { amount: null, ambiguous: false };
  // `1.500.000,00`-style decimals are normal with a comma; a lone dot decimal (`2.5`) is unusual, so flagged.
  return { amount: Number(`${parts[0]}.${parts[1]}`), ambiguous: sep === '.' };
}

/** True when `s` is digit groups of 3 after a first group of 1-3, separated by `sep`. */
function isGrouped(s: string, sep: string): boolean {
  const parts = s.split(sep);
  if (parts.length === 1) return /^\d+$/.test(s);
  return /^\d{1,3}$/.test(parts[0]) && parts.slice(1).every((g) => /^\d{3}$/.test(g));
}
