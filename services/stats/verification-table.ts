import type { Db } from '../db/open';
import type { BusinessFilter } from '../../shared/api/contract-data';
import type { VerifikasiRow, VerifikasiTable } from '../../shared/stats/table-types';
import { LOST_REASONS, LOST_REASON_LABELS } from '../../shared/domain/verification';
import { compareAreasByName, nameArea } from '../../shared/stats/area-order';
import { getStatsCube, readRegionNames } from './stats-cube';

/** The reason key of a business a user marked as a duplicate in the review queue. */
export const MARKED_DUPLICATE = 'ditandai_duplikat';

const emptyRow = (code: string, name: string): VerifikasiRow => ({
  code,
  name,
  data_awal: 0,
  valid: 0,
  hilang: 0,
  hilang_by_reason: Object.fromEntries([...LOST_REASONS, MARKED_DUPLICATE].map((r) => [r, 0])),
  belum_diverifikasi: 0,
  temuan_lapangan: 0,
  jumlah_rekap: 0,
});

/**
 * The verification table (000:253-294): Data Awal (the office's list), Data Hasil Valid, Data Hilang
 * with each reason, per area and in total. Every listed record falls in exactly one of valid, hilang
 * or not yet verified, so Data Awal = valid + hilang + belum diverifikasi; a record a user marked as a
 * duplicate counts as hilang (`ditandai_duplikat`). `jumlah_rekap` is what the Rekap counts.
 */
export function buildVerificationTable(db: Db, filter: BusinessFilter, by: 'kecamatan' | 'kelurahan'): VerifikasiTable {
  const cube = getStatsCube(db, filter);
  const regions = readRegionNames(db);
  const rows = new Map<string, VerifikasiRow>();
  const total = emptyRow('TOTAL', 'Jumlah');
  for (const c of cube.cells) {
    const code = by === 'kecamatan' ? c.kec : c.kel;
    let row = rows.get(code);
    if (!row) rows.set(code, (row = emptyRow(code, nameArea(code, regions.get(code)?.name))));
    const reason = c.status === 'hilang' ? c.alasan_hilang : c.duplicate_state === 'duplicate' ? MARKED_DUPLICATE : null;
    for (const target of [row, total]) {
      if (reason !== null) {
        if (c.sumber === 'data_dinas') {
          target.data_awal += c.n;
          target.hilang += c.n;
          target.hilang_by_reason[reason] = (target.hilang_by_reason[reason] ?? 0) + c.n;
        }
        continue;
      }
      target.jumlah_rekap += c.n;
      if (c.sumber === 'temuan_lapangan') target.temuan_lapangan += c.n;
      else {
        target.data_awal += c.n;
        if (c.status === 'valid') target.valid += c.n;
        else target.belum_diverifikasi += c.n;
      }
    }
  }
  return {
    by,
    reasons: [...LOST_REASONS.map((code) => ({ code, label: LOST_REASON_LABELS[code] })), { code: MARKED_DUPLICATE, label: 'Ditandai data dobel' }],
    rows: [...rows.values()].sort(compareAreasByName),
    total,
  };
}
