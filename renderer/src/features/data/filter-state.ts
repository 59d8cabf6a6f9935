import type { BusinessFilter } from '../../../../shared/api/contract-data';
import type { Sector } from '../../../../shared/domain/business';
import type { VerificationStatus } from '../../../../shared/domain/verification';

/** What the filter bar holds: one value per list ('' = all) and the search text. */
export interface FilterChoice {
  kecamatan: string;
  kelurahan: string;
  sector: Sector | '';
  status: VerificationStatus | '';
  /** A problem code, '*' for any problem, '' for all. */
  issue: string;
  search: string;
}

export const EMPTY_CHOICE: FilterChoice = { kecamatan: '', kelurahan: '', sector: '', status: '', issue: '', search: '' };

/** The API filter for a round and the filter bar's choice; empty choices are left out. */
export function toBusinessFilter(roundId: number, choice: FilterChoice): BusinessFilter {
  const filter: BusinessFilter = { roundId };
  if (choice.kecamatan) filter.kecamatan = [choice.kecamatan];
  if (choice.kelurahan) filter.kelurahan = [choice.kelurahan];
  if (choice.sector) filter.sector = [choice.sector];
  if (choice.status) filter.status = [choice.status];
  if (choice.issue) filter.issue = choice.issue;
  const search = choice.search.trim();
  if (search) filter.search = search;
  return filter;
}
