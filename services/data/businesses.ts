import type { Db } from '../db/open';
import type { BusinessDetail, BusinessFilter, BusinessPage, Facets, FacetValue, RecordIssue } from '../../shared/api/contract-data';
import type { SORTABLE_COLUMNS } from '../../shared/api/contract-data';
import type { BusinessRecord } from '../../shared/domain/business';
import { SECTOR_LABELS, type Sector } from '../../shared/domain/business';
import type { LostReason, VerificationStatus } from '../../shared/domain/verification';
import { looksLikePersonalNumber, maskIdentityNumber, maskPhone } from '../../shared/domain/masking';
import { AppError } from '../../shared/api/result';
import { buildBusinessWhere } from './filter-sql';
import { decodeOriginalRow, setOwn } from '../import/original-row';

const RECORD_COLUMNS = `b.id, b.round_id, b.source_row, b.nama_pelaku, b.nama_usaha, b.nik, b.no_kk, b.telepon, b.alamat,
  b.rt, b.rw, b.kecamatan_code, b.kelurahan_code, kc.name AS kecamatan_name, kl.name AS kelurahan_name, b.bidang_usaha,
  b.jenis_usaha, b.nib, b.omzet_nilai, b.omzet_periode, b.omzet_tahunan, b.omzet_bulanan, b.aset, b.modal, b.pemasaran,
  b.tenaga_kerja, b.tenaga_kerja_l, b.tenaga_kerja_p, b.status, b.alasan_hilang, b.sumber, b.duplicate_state,
  (SELECT count(*) FROM business_issues i WHERE i.business_id = b.id) AS issue_count`;

const FROM = `FROM businesses b LEFT JOIN regions kc ON kc.code = b.kecamatan_code LEFT JOIN regions kl ON kl.code = b.kelurahan_code`;

/** Masks NIK, No. KK and phone unless the caller explicitly asked to reveal them. */
export function maskRecord(r: BusinessRecord, reveal = false): BusinessRecord {
  if (reveal) return r;
  return { ...r, nik: maskIdentityNumber(r.nik), no_kk: maskIdentityNumber(r.no_kk), telepon: maskPhone(r.telepon) };
}

/**
 * One page of businesses matching a filter. The page's ids are chosen first on the narrow columns and
 * only those rows are then read in full: deep pages of a 400,000-row round stay fast because rows
 * skipped by OFFSET are never joined or counted.
 */
export function listBusinesses(
  db: Db,
  q: { filter: BusinessFilter; offset: number; limit: number; sort?: (typeof SORTABLE_COLUMNS)[number]; desc?: boolean },
): BusinessPage {
  const where = buildBusinessWhere(q.filter);
  const total = (db.prepare(`SELECT count(*) AS n FROM businesses b WHERE ${where.sql}`).get(...where.params) as { n: number }).n;
  // The sort column comes from a zod enum, so interpolating it is safe; `id` breaks ties for stable paging.
  const sortCol = q.sort ?? 'id';
  const join = sortCol === 'kecamatan_name' ? 'LEFT JOIN regions kc ON kc.code = b.kecamatan_code' : sortCol === 'kelurahan_name' ? 'LEFT JOIN regions kl ON kl.code = b.kelurahan_code' : '';
  const sortExpr = sortCol === 'kecamatan_name' ? 'kc.name' : sortCol === 'kelurahan_name' ? 'kl.name' : `b.${sortCol}`;
  const dir = q.desc ? 'DESC' : 'ASC';
  const ids = db
    .prepare(`SELECT b.id FROM businesses b ${join} WHERE ${where.sql} ORDER BY ${sortExpr} ${dir} NULLS LAST, b.id LIMIT ? OFFSET ?`)
    .pluck()
    .all(...where.params, q.limit, q.offset) as number[];
  const byId = new Map(listBusinessesById(db, ids).map((r) => [r.id, r]));
  return { total, offset: q.offset, rows: ids.map((id) => byId.get(id)!) };
}

/** Table rows (masked) for the given ids, in id order. */
export function listBusinessesById(db: Db, ids: readonly number[]): BusinessRecord[] {
  if (ids.length === 0) return [];
  const rows = db
    .prepare(`SELECT ${RECORD_COLUMNS} ${FROM} WHERE b.id IN (${ids.map(() => '?').join(', ')}) ORDER BY b.id`)
    .all(...ids) as BusinessRecord[];
  return rows.map((r) => maskRecord(r));
}

/**
 * A business with its original row and problems (personal data masked). The stored original is either
 * the array of cell texts (keyed by its import's headers) or, in projects imported before, the
 * `{header: cell}` object: both read back as the same object (services/import/original-row.ts).
 */
export function getBusiness(db: Db, id: number): BusinessDetail {
  const row = db
    .prepare(`SELECT ${RECORD_COLUMNS}, b.original_json, im.headers_json ${FROM} LEFT JOIN imports im ON im.id = b.import_id WHERE b.id = ?`)
    .get(id) as (BusinessRecord & { original_json: string; headers_json: string | null }) | undefined;
  if (!row) throw new AppError('NOT_FOUND', `Usaha dengan id ${id} tidak ditemukan.`);
  const { original_json, headers_json, ...record } = row;
  const issues = db
    .prepare('SELECT code, column_name AS column, severity, message FROM business_issues WHERE business_id = ? ORDER BY id')
    .all(id) as RecordIssue[];
  const headers = headers_json === null ? null : (JSON.parse(headers_json) as string[]);
  return { record: maskRecord(record), original: maskOriginal(decodeOriginalRow(original_json, headers)), issues };
}

/**
 * The original row keeps every cell, but cells that held personal data are masked too: by their
 * column's name, or by their shape when the column is called something else.
 */
function maskOriginal(original: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(original)) {
    const personal = /\b(nik|kk|hp|telp|telepon|phone|wa|whatsapp)\b/i.test(k) || looksLikePersonalNumber(v ?? '');
    setOwn(out, k, personal && v ? (maskIdentityNumber(v.trim()) ?? v) : v);
  }
  return out;
}

/** Filter values with counts; each facet ignores its own filter so the user can widen it again. */
export function listFacets(db: Db, filter: BusinessFilter): Facets {
  const facet = (sql: string, skip: Array<keyof BusinessFilter>): FacetValue[] => {
    const w = buildBusinessWhere(filter, { skip });
    return db.prepare(sql.replace('$WHERE', w.sql)).all(...w.params) as FacetValue[];
  };
  const kecamatan = facet(
    `SELECT coalesce(b.kecamatan_code, '') AS code, coalesce(r.name, '(tanpa kecamatan)') AS name, r.parent_code, count(*) AS count
     FROM businesses b LEFT JOIN regions r ON r.code = b.kecamatan_code WHERE $WHERE GROUP BY b.kecamatan_code ORDER BY name`,
    ['kecamatan', 'kelurahan'],
  );
  const kelurahan = facet(
    `SELECT coalesce(b.kelurahan_code, '') AS code, coalesce(r.name, '(tanpa kelurahan)') AS name, r.parent_code, count(*) AS count
     FROM businesses b LEFT JOIN regions r ON r.code = b.kelurahan_code WHERE $WHERE GROUP BY b.kelurahan_code ORDER BY name`,
    ['kelurahan'],
  );
  const sector = facet(
    `SELECT coalesce(b.bidang_usaha, '') AS code, NULL AS parent_code, count(*) AS count FROM businesses b WHERE $WHERE GROUP BY b.bidang_usaha`,
    ['sector'],
  ).map((f) => ({ ...f, name: f.code ? SECTOR_LABELS[f.code as Sector] : '(tanpa bidang)' }));
  const issues = facet(
    `SELECT i.code AS code, i.code AS name, NULL AS parent_code, count(DISTINCT b.id) AS count
     FROM businesses b JOIN business_issues i ON i.business_id = b.id WHERE $WHERE GROUP BY i.code ORDER BY count DESC`,
    ['issue'],
  );
  return { kecamatan, kelurahan, sector, issues };
}

/** Sets the verification status of businesses; a lost business needs a reason, a valid one has none. */
export function setVerificationStatus(db: Db, ids: number[], status: VerificationStatus, reason: LostReason | null): { updated: number } {
  if (status === 'hilang' && !reason) throw new AppError('VALIDATION', 'Pilih alasan untuk usaha yang hilang.');
  const r = status === 'hilang' ? reason : null;
  const stmt = db.prepare('UPDATE businesses SET status = ?, alasan_hilang = ? WHERE id = ?');
  let updated = 0;
  db.transaction(() => {
    for (const id of ids) updated += stmt.run(status, r, id).changes;
  })();
  return { updated };
}
