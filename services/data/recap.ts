import type { Db } from '../db/open';
import type { BusinessFilter, RecapResult, RecapRow } from '../../shared/api/contract-data';
import { compareAreasByCode } from '../../shared/stats/area-order';
import { buildBusinessWhere } from './filter-sql';

/** SQL predicate of the counted set: everything except lost businesses and user-marked duplicates. */
export const COUNTED_SQL = "b.status <> 'hilang' AND coalesce(b.duplicate_state, '') <> 'duplicate'";

const SUM_KEYS = ['businesses', 'omzet_tahunan', 'omzet_bulanan', 'aset', 'modal', 'tenaga_kerja', 'tenaga_kerja_l', 'tenaga_kerja_p'] as const;
const MISSING_KEYS = ['omzet', 'aset', 'modal', 'tenaga_kerja', 'tenaga_kerja_lp'] as const;
type SumKey = (typeof SUM_KEYS)[number];
type MissingKey = (typeof MISSING_KEYS)[number];

interface Cell extends Record<SumKey, number>, Record<`m_${MissingKey}`, number> {
  code: string;
  name: string;
  status: string;
  reason: string | null;
  dup: string | null;
}

/** A recap row with every sum and missing count at zero. */
export function emptyRecapRow(code: string, name: string): RecapRow {
  return {
    code, name, businesses: 0, omzet_tahunan: 0, omzet_bulanan: 0, aset: 0, modal: 0, tenaga_kerja: 0, tenaga_kerja_l: 0, tenaga_kerja_p: 0,
    missing: { omzet: 0, aset: 0, modal: 0, tenaga_kerja: 0, tenaga_kerja_lp: 0 },
  };
}

function addCell(row: RecapRow, cell: Cell): void {
  for (const k of SUM_KEYS) row[k] += cell[k];
  for (const k of MISSING_KEYS) row.missing[k] += cell[`m_${k}`];
}

/**
 * The recap per kecamatan or kelurahan (seed 000:316-324), computed from the records in one scan so
 * every figure agrees with the table. Counted: every business of the round except those lost at
 * verification and those a user marked as duplicates (both reported separately). Sums skip missing
 * values, and how many were missing is reported beside each sum. The scan groups by area and
 * verification state; the counted rows and the total are then added up here (integer Rupiah totals
 * stay far below 2^53, so the sums are exact).
 */
export function computeRecap(db: Db, filter: BusinessFilter, by: 'kecamatan' | 'kelurahan'): RecapResult {
  const where = buildBusinessWhere(filter, { skip: ['status'] });
  const codeCol = by === 'kecamatan' ? 'b.kecamatan_code' : 'b.kelurahan_code';
  const cells = db
    .prepare(`SELECT coalesce(${codeCol}, '') AS code, coalesce(r.name, '(tanpa wilayah)') AS name,
        b.status AS status, b.alasan_hilang AS reason, b.duplicate_state AS dup, count(*) AS businesses,
        coalesce(sum(b.omzet_tahunan), 0) AS omzet_tahunan, coalesce(sum(b.omzet_bulanan), 0) AS omzet_bulanan,
        coalesce(sum(b.aset), 0) AS aset, coalesce(sum(b.modal), 0) AS modal, coalesce(sum(b.tenaga_kerja), 0) AS tenaga_kerja,
        coalesce(sum(b.tenaga_kerja_l), 0) AS tenaga_kerja_l, coalesce(sum(b.tenaga_kerja_p), 0) AS tenaga_kerja_p,
        count(*) - count(b.omzet_tahunan) AS m_omzet, count(*) - count(b.aset) AS m_aset, count(*) - count(b.modal) AS m_modal,
        count(*) - count(b.tenaga_kerja) AS m_tenaga_kerja, count(*) - count(b.tenaga_kerja_l + b.tenaga_kerja_p) AS m_tenaga_kerja_lp
      FROM businesses b LEFT JOIN regions r ON r.code = ${codeCol}
      WHERE ${where.sql} GROUP BY ${codeCol}, b.status, b.alasan_hilang, b.duplicate_state`)
    .all(...where.params) as Cell[];
  const byArea = new Map<string, RecapRow>();
  const total = emptyRecapRow('TOTAL', 'Jumlah');
  const lost: Record<string, number> = {};
  let duplicates = 0;
  let possible = 0;
  for (const cell of cells) {
    if (cell.status === 'hilang') {
      lost[cell.reason ?? ''] = (lost[cell.reason ?? ''] ?? 0) + cell.businesses;
      continue;
    }
    if (cell.dup === 'duplicate') {
      duplicates += cell.businesses;
      continue;
    }
    if (cell.dup === 'possible') possible += cell.businesses;
    const row = byArea.get(cell.code) ?? emptyRecapRow(cell.code, cell.name);
    byArea.set(cell.code, row);
    addCell(row, cell);
    addCell(total, cell);
  }
  // Areas whose every business is lost or a duplicate have no recap row (as in the seed's table);
  // businesses without a region come last, under code ''.
  const rows = [...byArea.values()].sort(compareAreasByCode);
  return {
    round_id: filter.roundId,
    by,
    rows,
    total,
    lost,
    duplicates,
    possible_duplicates: possible,
    unassigned: byArea.get('')?.businesses ?? 0,
  };
}
