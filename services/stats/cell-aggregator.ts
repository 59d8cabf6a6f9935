import type { Db } from '../db/open';
import { writeCellBlocks } from './cell-store';

/** Joins cell dimensions into a map key; NULL is kept apart from '' by its own marker. */
function keyOf(dims: ReadonlyArray<string | null>): string {
  let k = '';
  for (const d of dims) k += d === null ? '\u0000\u0002' : `${d}\u0001`;
  return k;
}

/** One business as the aggregator needs it: raw stored values plus its classification. */
export interface CellSource {
  kec: string | null;
  kel: string | null;
  bidang: string | null;
  status: string;
  duplicate_state: string | null;
  sumber: string;
  alasan_hilang: string | null;
  omzet_nilai: number | null;
  omzet_periode: string | null;
  aset: number | null;
  modal: number | null;
  tenaga_kerja: number | null;
  l: number | null;
  p: number | null;
  pemasaran: string | null;
  kemitraan: number | null;
  nib: string | null;
  group: string;
  label: string | null;
  size: string;
}

/** SQLite's round(): half away from zero (JavaScript's Math.round goes half up). */
function roundLikeSqlite(x: number): number {
  return Math.sign(x) * Math.round(Math.abs(x));
}

/** Monthly turnover exactly as the generated column `omzet_bulanan` of 0001_init.sql computes it. */
export function monthlyLikeSqlite(nilai: number | null, periode: string | null): number | null {
  if (nilai === null) return null;
  if (periode === 'bulan') return nilai;
  if (periode === 'tahun') return roundLikeSqlite(nilai / 12);
  return null;
}

function yearlyLikeSqlite(nilai: number | null, periode: string | null): number | null {
  if (nilai === null) return null;
  if (periode === 'tahun') return nilai;
  if (periode === 'bulan') return nilai * 12;
  return null;
}

const AREA_FIELDS = 20;

/**
 * Aggregates businesses into the stored cells in memory (rows in the column order of cell-store.ts),
 * with exactly the semantics of the SQL in stats-cube.ts (`areaCellsSql`, `classCellsSql`); a test
 * checks both give the same cells. Used when a whole round is classified, because the classification
 * has read every row already.
 */
export function writeCellsFromSources(db: Db, roundId: number, rows: Iterable<CellSource>): void {
  const area = new Map<string, { dims: Array<string | null>; v: number[] }>();
  const classes = new Map<string, { dims: Array<string | null>; v: number[] }>();
  for (const r of rows) {
    const dims = [r.kec, r.kel, r.bidang, r.status, r.duplicate_state, r.sumber, r.alasan_hilang];
    const key = keyOf(dims);
    let a = area.get(key);
    if (!a) area.set(key, (a = { dims, v: new Array<number>(AREA_FIELDS).fill(0) }));
    const monthly = monthlyLikeSqlite(r.omzet_nilai, r.omzet_periode);
    const yearly = yearlyLikeSqlite(r.omzet_nilai, r.omzet_periode);
    const workers = r.tenaga_kerja ?? (r.l !== null && r.p !== null ? r.l + r.p : null);
    const v = a.v;
    v[0]! += 1;
    v[1]! += r.modal ?? 0;
    v[2]! += r.aset ?? 0;
    v[3]! += monthly ?? 0;
    v[4]! += yearly ?? 0;
    v[5]! += r.tenaga_kerja ?? 0;
    v[6]! += workers ?? 0;
    v[7]! += r.l ?? 0;
    v[8]! += r.p ?? 0;
    v[9]! += monthly === null ? 1 : 0;
    v[10]! += r.aset === null ? 1 : 0;
    v[11]! += r.modal === null ? 1 : 0;
    v[12]! += r.tenaga_kerja === null ? 1 : 0;
    v[13]! += workers === null ? 1 : 0;
    v[14]! += r.l === null || r.p === null ? 1 : 0;
    // SQLite's trim() removes spaces only.
    v[15]! += r.nib !== null && r.nib.replace(/^ +| +$/g, '') !== '' ? 1 : 0;
    v[16]! += r.pemasaran === 'online' || r.pemasaran === 'keduanya' ? 1 : 0;
    v[17]! += r.pemasaran !== null ? 1 : 0;
    v[18]! += r.kemitraan === 1 ? 1 : 0;
    v[19]! += r.kemitraan !== null ? 1 : 0;
    if (r.status === 'hilang' || r.duplicate_state === 'duplicate') continue;
    const cdims = [r.kec, r.kel, r.bidang, r.group, r.label, r.size];
    const ckey = keyOf(cdims);
    let c = classes.get(ckey);
    if (!c) classes.set(ckey, (c = { dims: cdims, v: [0, 0, 0, 0] }));
    c.v[0]! += 1;
    c.v[1]! += workers ?? 0;
    c.v[2]! += workers === null ? 1 : 0;
    c.v[3]! += yearly ?? 0;
  }
  writeCellBlocks(
    db,
    roundId,
    [...area.values()].map((a) => [...a.dims, ...a.v]),
    [...classes.values()].map((c) => [...c.dims, ...c.v]),
  );
}
