import type { BusinessFilter } from '../../shared/api/contract-data';

export interface SqlWhere {
  sql: string;
  params: Array<string | number>;
}

/**
 * Turns a BusinessFilter into a WHERE clause on `businesses b`. Every table and count of the app is
 * built on this one function, so the table, the recap and the statistics never disagree on a filter.
 */
export function buildBusinessWhere(filter: BusinessFilter, options: { skip?: Array<keyof BusinessFilter> } = {}): SqlWhere {
  const skip = new Set(options.skip ?? []);
  const parts: string[] = ['b.round_id = ?'];
  const params: Array<string | number> = [filter.roundId];
  const inList = (column: string, values: readonly string[] | undefined, key: keyof BusinessFilter) => {
    if (skip.has(key) || !values || values.length === 0) return;
    parts.push(`${column} IN (${values.map(() => '?').join(', ')})`);
    params.push(...values);
  };
  inList('b.kecamatan_code', filter.kecamatan, 'kecamatan');
  inList('b.kelurahan_code', filter.kelurahan, 'kelurahan');
  inList('b.bidang_usaha', filter.sector, 'sector');
  inList('b.status', filter.status, 'status');
  if (!skip.has('issue') && filter.issue) {
    if (filter.issue === '*') parts.push('EXISTS (SELECT 1 FROM business_issues i WHERE i.business_id = b.id)');
    else {
      parts.push('EXISTS (SELECT 1 FROM business_issues i WHERE i.business_id = b.id AND i.code = ?)');
      params.push(filter.issue);
    }
  }
  if (!skip.has('search') && filter.search && filter.search.trim() !== '') {
    // Search never touches NIK, No. KK or phone: personal data is not a search key on screen.
    const like = `%${filter.search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    parts.push("(b.nama_pelaku LIKE ? ESCAPE '\\' OR b.nama_usaha LIKE ? ESCAPE '\\' OR b.jenis_usaha LIKE ? ESCAPE '\\' OR b.alamat LIKE ? ESCAPE '\\')");
    params.push(like, like, like, like);
  }
  if (!skip.has('possibleDuplicates') && filter.possibleDuplicates) parts.push("b.duplicate_state = 'possible'");
  return { sql: parts.join(' AND '), params };
}
