import type { Db } from '../db/open';
import type { BusinessFilter, DuplicateGroup, VerificationRow, VerificationSummary } from '../../shared/api/contract-data';
import { maskIdentityNumber } from '../../shared/domain/masking';
import { AppError } from '../../shared/api/result';
import { listBusinessesById } from './businesses';
import { buildBusinessWhere } from './filter-sql';

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
 * Data Awal / Valid / Hilang per kecamatan, from the same records as every other table. For the
 * office's list (sumber data_dinas) Data Awal = Valid + Hilang + Belum diverifikasi always holds: a
 * business a user marked as a duplicate counts as lost with reason `data_dobel`, as the seed counts its
 * "2 data dobel" inside Data Hilang (000:283-294). Field finds are counted apart.
 */
export function summariseVerification(db: Db, filter: BusinessFilter): VerificationSummary {
  const where = buildBusinessWhere(filter, { skip: ['status'] });
  const dup = "coalesce(b.duplicate_state, '') = 'duplicate'";
  const dinas = "b.sumber = 'data_dinas'";
  const cells = db
    .prepare(`SELECT coalesce(b.kecamatan_code, '') AS code, coalesce(r.name, '(tanpa kecamatan)') AS name,
        sum(${dinas}) AS data_awal,
        sum(${dinas} AND b.status = 'valid' AND NOT ${dup}) AS valid,
        sum(${dinas} AND (b.status = 'hilang' OR ${dup})) AS hilang,
        sum(${dinas} AND b.status = 'data_awal' AND NOT ${dup}) AS belum_diverifikasi,
        sum(b.sumber = 'temuan_lapangan' AND b.status <> 'hilang' AND NOT ${dup}) AS temuan_lapangan,
        sum(${dup}) AS duplikat,
        CASE WHEN b.status = 'hilang' THEN b.alasan_hilang WHEN ${dup} THEN 'data_dobel' END AS reason,
        sum(${dinas} AND (b.status = 'hilang' OR ${dup})) AS reason_n
      FROM businesses b LEFT JOIN regions r ON r.code = b.kecamatan_code WHERE ${where.sql}
      GROUP BY b.kecamatan_code, reason`)
    .all(...where.params) as Array<Omit<VerificationRow, 'hilang_per_alasan'> & { reason: string | null; reason_n: number }>;
  const byArea = new Map<string, VerificationRow>();
  const total = emptyVerificationRow('TOTAL', 'Jumlah');
  for (const c of cells) {
    const row = byArea.get(c.code) ?? emptyVerificationRow(c.code, c.name);
    byArea.set(c.code, row);
    for (const target of [row, total]) {
      for (const k of VERIFICATION_COUNTS) target[k] += c[k];
      if (c.reason && c.reason_n > 0) target.hilang_per_alasan[c.reason] = (target.hilang_per_alasan[c.reason] ?? 0) + c.reason_n;
    }
  }
  const rows = [...byArea.values()].sort((a, b) => (a.code === '' ? 1 : b.code === '' ? -1 : a.code.localeCompare(b.code)));
  return { rows, total };
}

const VERIFICATION_COUNTS = ['data_awal', 'valid', 'hilang', 'belum_diverifikasi', 'temuan_lapangan', 'duplikat'] as const;

function emptyVerificationRow(code: string, name: string): VerificationRow {
  return { code, name, data_awal: 0, valid: 0, hilang: 0, belum_diverifikasi: 0, temuan_lapangan: 0, duplikat: 0, hilang_per_alasan: {} };
}
