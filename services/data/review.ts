import type { Db } from '../db/open';
import type { BusinessFilter, DuplicateGroup, VerificationRow, VerificationSummary } from '../../shared/api/contract-data';
import type { VerifikasiRow } from '../../shared/stats/table-types';
import { buildVerificationTable, MARKED_DUPLICATE } from '../stats/verification-table';
import { maskIdentityNumber } from '../../shared/domain/masking';
import { AppError } from '../../shared/api/result';
import { listBusinessesById } from './businesses';

/** Groups of businesses sharing a NIK where at least one member is still an unresolved possible duplicate. */
export function listDuplicateGroups(db: Db, roundId: number, limit = 50): { groups: DuplicateGroup[]; total_groups: number } {
  const niks = db
    .prepare(`SELECT nik, count(*) AS n FROM businesses WHERE round_id = ? AND nik IS NOT NULL
      GROUP BY nik HAVING count(*) > 1 AND sum(duplicate_state = 'possible') > 0 ORDER BY n DESC, min(id)`)
    .all(roundId) as Array<{ nik: string; n: number }>;
  const idsOf = db.prepare('SELECT id FROM businesses WHERE round_id = ? AND nik = ? ORDER BY id');
  const groups = niks.slice(0, limit).map(({ nik }) => {
    const ids = (idsOf.all(roundId, nik) as Array<{ id: number }>).map((r) => r.id);
    // The table's own query, so members look exactly like table rows (masked, with region names).
    return { key: maskIdentityNumber(nik) ?? '', members: listBusinessesById(db, ids) };
  });
  return { groups, total_groups: niks.length };
}

/**
 * Resolves a group: members in `duplicateIds` become duplicates of the first kept member (left out of
 * every count), the others are kept. All members must share one NIK.
 */
export function resolveDuplicates(db: Db, ids: number[], duplicateIds: number[]): { kept: number; duplicates: number } {
  const dup = new Set(duplicateIds);
  if (duplicateIds.some((id) => !ids.includes(id))) throw new AppError('VALIDATION', 'Data duplikat harus termasuk anggota kelompok.');
  const keptIds = ids.filter((id) => !dup.has(id));
  if (keptIds.length === 0) throw new AppError('VALIDATION', 'Sisakan minimal satu usaha dalam kelompok.');
  const niks = db.prepare(`SELECT DISTINCT nik FROM businesses WHERE id IN (${ids.map(() => '?').join(',')})`).all(...ids) as Array<{ nik: string | null }>;
  if (niks.length !== 1 || niks[0]!.nik === null) throw new AppError('VALIDATION', 'Anggota kelompok duplikat harus ber-NIK sama.');
  const keep = db.prepare("UPDATE businesses SET duplicate_state = 'kept', duplicate_of = NULL WHERE id = ?");
  const mark = db.prepare("UPDATE businesses SET duplicate_state = 'duplicate', duplicate_of = ? WHERE id = ?");
  db.transaction(() => {
    for (const id of keptIds) keep.run(id);
    for (const id of duplicateIds) mark.run(keptIds[0], id);
  })();
  return { kept: keptIds.length, duplicates: duplicateIds.length };
}

/**
 * Data Awal / Valid / Hilang per kecamatan for the Verifikasi screen: the statistics' verification
 * table (one implementation, built from the same cells as the Rekap), with a business a user marked
 * as a duplicate shown under the seed's own reason "data dobel" (000:283-294), as the seed counts its
 * "2 data dobel" inside Data Hilang. Data Awal = Valid + Hilang + Belum diverifikasi always holds.
 */
export function summariseVerification(db: Db, filter: BusinessFilter): VerificationSummary {
  const table = buildVerificationTable(db, filter, 'kecamatan');
  const toRow = (r: VerifikasiRow): VerificationRow => {
    const perReason: Record<string, number> = {};
    for (const [reason, n] of Object.entries(r.hilang_by_reason)) {
      const key = reason === MARKED_DUPLICATE ? 'data_dobel' : reason;
      if (n > 0) perReason[key] = (perReason[key] ?? 0) + n;
    }
    return {
      code: r.code, name: r.name, data_awal: r.data_awal, valid: r.valid, hilang: r.hilang, hilang_per_alasan: perReason,
      belum_diverifikasi: r.belum_diverifikasi, temuan_lapangan: r.temuan_lapangan, duplikat: r.hilang_by_reason[MARKED_DUPLICATE] ?? 0,
    };
  };
  return { rows: table.rows.map(toRow), total: toRow(table.total) };
}
