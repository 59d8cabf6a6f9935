import type { BusinessFilter } from '../../shared/api/contract-data';
import { buildBusinessWhere, type SqlWhere } from '../data/filter-sql';

/**
 * The counted set every table of issue 4 uses, identical to the recap's (`computeRecap` in
 * services/data/recap.ts): the filter without its status part, minus businesses lost at
 * verification and those a user marked as duplicates. A test checks the two agree.
 */
export function countedWhere(filter: BusinessFilter): SqlWhere {
  const where = buildBusinessWhere(filter, { skip: ['status'] });
  return { sql: `${where.sql} AND b.status <> 'hilang' AND coalesce(b.duplicate_state, '') <> 'duplicate'`, params: where.params };
}

/** Workers of a business: the reported total, or L + P when only the split was reported. */
export const WORKERS_SQL = 'coalesce(b.tenaga_kerja, b.tenaga_kerja_l + b.tenaga_kerja_p)';
