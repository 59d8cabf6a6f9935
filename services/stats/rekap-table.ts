import type { Db } from '../db/open';
import type { BusinessFilter, RecapResult, RecapRow } from '../../shared/api/contract-data';
import type { RekapLine, RekapTable } from '../../shared/stats/table-types';
import { describeRekapNotes, type RekapNoteFacts } from '../../shared/stats/rekap-notes';
import { getMeta } from '../project/project-meta';
import { emptyRecapRow } from '../data/recap';
import { areaHeader, compareAreasByCode, compareAreasByName, nameArea, UNASSIGNED_AREA_NAME } from '../../shared/stats/area-order';
import { getStatsCube, readRegionNames, type AreaCell } from './stats-cube';

const COLUMNS: RekapTable['columns'] = [
  { key: 'no', label: 'NO' },
  { key: 'uraian', label: 'URAIAN' },
  { key: 'jumlah_data', label: 'JUMLAH DATA' },
  { key: 'modal', label: 'MODAL' },
  { key: 'aset', label: 'ASET' },
  { key: 'omzet_bulan', label: 'OMZET/BULAN' },
  { key: 'tenaga_kerja_l', label: 'L' },
  { key: 'tenaga_kerja_p', label: 'P' },
];

function toLine(r: RecapRow, no: number | null, uraian: string): RekapLine {
  return {
    no,
    code: r.code,
    uraian,
    jumlah_data: r.businesses,
    modal: r.modal,
    aset: r.aset,
    omzet_bulan: r.omzet_bulanan,
    tenaga_kerja_l: r.tenaga_kerja_l,
    tenaga_kerja_p: r.tenaga_kerja_p,
    missing: r.missing,
  };
}

function addCell(row: RecapRow, c: AreaCell): void {
  row.businesses += c.n;
  row.omzet_tahunan += c.omzet_tahunan;
  row.omzet_bulanan += c.omzet_bulanan;
  row.aset += c.aset;
  row.modal += c.modal;
  row.tenaga_kerja += c.tenaga_kerja;
  row.tenaga_kerja_l += c.l;
  row.tenaga_kerja_p += c.p;
  row.missing.omzet += c.m_omzet;
  row.missing.aset += c.m_aset;
  row.missing.modal += c.m_modal;
  row.missing.tenaga_kerja += c.m_tenaga_kerja;
  row.missing.tenaga_kerja_lp += c.m_lp;
}

/**
 * The recap per area from the stats cube, with exactly the semantics of `computeRecap`
 * (services/data/recap.ts): counted = not lost and not marked duplicate; sums skip missing values
 * and count them. A test checks both give the same figures; this one reads the covering index.
 */
export function recapFromCube(db: Db, filter: BusinessFilter, by: 'kecamatan' | 'kelurahan'): RecapResult {
  const cube = getStatsCube(db, filter);
  const regions = readRegionNames(db);
  const rows = new Map<string, RecapRow>();
  const total = emptyRecapRow('TOTAL', 'Jumlah');
  const lost: Record<string, number> = {};
  let duplicates = 0;
  let possible = 0;
  for (const c of cube.cells) {
    if (c.status === 'hilang') {
      if (c.alasan_hilang) lost[c.alasan_hilang] = (lost[c.alasan_hilang] ?? 0) + c.n;
      continue;
    }
    if (c.duplicate_state === 'duplicate') {
      duplicates += c.n;
      continue;
    }
    if (c.duplicate_state === 'possible') possible += c.n;
    const code = by === 'kecamatan' ? c.kec : c.kel;
    let row = rows.get(code);
    if (!row) rows.set(code, (row = emptyRecapRow(code, nameArea(code, regions.get(code)?.name, UNASSIGNED_AREA_NAME))));
    addCell(row, c);
    addCell(total, c);
  }
  const list = [...rows.values()].sort(compareAreasByCode);
  return { round_id: filter.roundId, by, rows: list, total, lost, duplicates, possible_duplicates: possible, unassigned: rows.get('')?.businesses ?? 0 };
}

/**
 * The recap in the seed's exact layout (000:316-324): NO, URAIAN ("KECAMATAN BUGUL KIDUL"), JUMLAH
 * DATA, MODAL, ASET, OMZET/BULAN, JUMLAH TENAGA KERJA L and P, rows in alphabetical order as the seed
 * has them, and the total row "Jumlah Per Kecamatan". The figures are the recap's (`recapFromCube`).
 */
export function buildRekapTable(db: Db, filter: BusinessFilter, by: 'kecamatan' | 'kelurahan'): RekapTable {
  const recap = recapFromCube(db, filter, by);
  const level = areaHeader(by);
  const parents =
    by === 'kelurahan'
      ? new Map((db.prepare('SELECT k.code, p.name FROM regions k JOIN regions p ON p.code = k.parent_code WHERE k.level = 4').all() as Array<{ code: string; name: string }>).map((r) => [r.code, r.name]))
      : new Map<string, string>();
  const sorted = [...recap.rows].sort(compareAreasByName);
  const rows = sorted.map((r, i) => {
    if (r.code === '') return toLine(r, i + 1, `TANPA ${level}`);
    // Four names are both a kecamatan and a kelurahan, and kelurahan names repeat across kecamatan: add the kecamatan.
    const parent = parents.get(r.code);
    return toLine(r, i + 1, `${level} ${r.name.toUpperCase()}${parent ? ` (KEC. ${parent.toUpperCase()})` : ''}`);
  });
  const total = toLine(recap.total, null, by === 'kecamatan' ? 'Jumlah Per Kecamatan' : 'Jumlah Per Kelurahan');
  const round = db.prepare('SELECT name, year FROM rounds WHERE id = ?').get(filter.roundId) as { name: string; year: number | null } | undefined;
  const m = recap.total.missing;
  const noteFacts: RekapNoteFacts = {
    missing: { modal: m.modal, aset: m.aset, omzet: m.omzet, tenaga_kerja_lp: m.tenaga_kerja_lp },
    lost: Object.entries(recap.lost).map(([reason, count]) => ({ reason, count })),
    duplicates: recap.duplicates,
    possible_duplicates: recap.possible_duplicates,
  };
  return {
    by,
    title: [
      'REKAP KEGIATAN',
      `PENDATAAN POTENSI DAN PENGEMBANGAN USAHA MIKRO ${(getMeta(db, 'name') ?? '').toUpperCase()}`.trim(),
      `${(round?.name ?? '').toUpperCase()}${round?.year && !String(round.name).includes(String(round.year)) ? ` TAHUN ${round.year}` : ''}`.trim(),
    ].filter((t) => t !== ''),
    columns: COLUMNS,
    rows,
    total,
    notes: describeRekapNotes(noteFacts),
    note_facts: noteFacts,
  };
}
