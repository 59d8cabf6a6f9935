import type { RawCell } from './cell';
import { cellText } from './cell';

/** A worker count as read from one cell. */
export interface WorkersResult {
  total: number | null;
  /** Male / female workers when the cell itself splits them (`L 2 P 1`). */
  l: number | null;
  p: number | null;
  /** True when the cell had text that is not a count. */
  unreadable: boolean;
}

const EMPTY: WorkersResult = { total: null, l: null, p: null, unreadable: false };

/**
 * A worker count: `2`, `2 orang`, `2 org`, `± 3`; a split written in one cell (`L2 P1`, `2 L / 1 P`,
 * `laki-laki 2, perempuan 1`) gives l and p and their sum as total. `-` and empty mean missing.
 */
export function parseWorkers(cell: RawCell): WorkersResult {
  if (cell === null) return EMPTY;
  if (typeof cell === 'number') {
    return Number.isInteger(cell) && cell >= 0 ? { total: cell, l: null, p: null, unreadable: false } : { ...EMPTY, unreadable: true };
  }
  const s = cell.trim().toLowerCase();
  if (s === '' || s === '-') return EMPTY;
  const plain = /^(?:±|\+-|kurang lebih|kl|sekitar)?\s*(\d{1,6})(?:[.,]0+)?\s*(?:orang|org|or|jiwa|tk|pekerja|karyawan)?\.?$/.exec(s);
  if (plain) return { total: Number(plain[1]), l: null, p: null, unreadable: false };
  // `L 2 P 1` (label first) or `2 L 1 P` (number first): the whole cell is read one way, not mixed.
  const lFirst = /(?:\bl(?:aki)?(?:\s*-?\s*laki)?|\bpria)\s*[:=]?\s*(\d{1,6})/.exec(s);
  const pFirst = /(?:\bp(?:erempuan)?|\bwanita)\s*[:=]?\s*(\d{1,6})/.exec(s);
  const lAfter = /(\d{1,6})\s*(?:l\b|laki|pria)/.exec(s);
  const pAfter = /(\d{1,6})\s*(?:p\b|perempuan|wanita)/.exec(s);
  const labelFirst = /^\s*(?:l|p|laki|perempuan|pria|wanita)/.test(s);
  const l = labelFirst ? lFirst : lAfter;
  const p = labelFirst ? pFirst : pAfter;
  if (l || p) {
    const lv = l ? Number(l[1]) : 0;
    const pv = p ? Number(p[1]) : 0;
    return { total: lv + pv, l: lv, p: pv, unreadable: false };
  }
  return { ...EMPTY, unreadable: true };
}

/** A year (tahun mulai usaha) from `2015`, `2015-03-01`, `03/2015` or an XLSX date; null if not a plausible year. */
export function parseYear(cell: RawCell, currentYear: number): { value: number | null; unreadable: boolean } {
  const s = cellText(cell).trim();
  if (s === '' || s === '-') return { value: null, unreadable: false };
  const m = /(?:^|\D)(1[89]\d\d|20\d\d)(?:\D|$)/.exec(s);
  if (!m) return { value: null, unreadable: true };
  const y = Number(m[1]);
  return y <= currentYear + 1 ? { value: y, unreadable: false } : { value: null, unreadable: true };
}
