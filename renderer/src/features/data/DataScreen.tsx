import { useCallback, useEffect, useMemo, useState } from 'react';
import { useApiQuery } from '../../api/useApiQuery';
import { useProject } from '../../app/ProjectContext';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useDebouncedValue } from '../../components/useDebouncedValue';
import { useT } from '../../i18n/I18nProvider';
import type { SortColumn } from './business-columns';
import { BusinessDetailPanel } from './BusinessDetailPanel';
import { BusinessTable } from './BusinessTable';
import { clearDataIntent, peekDataIntent } from './data-intent';
import { DataFilters } from './DataFilters';
import { EMPTY_CHOICE, toBusinessFilter, type FilterChoice } from './filter-state';
import { RecapPanel, type RecapBy } from './RecapPanel';
import { useBusinessPages } from './useBusinessPages';

/** Typing pause (ms) before the search text is sent. */
const SEARCH_DELAY_MS = 300;

/** Data: a round's businesses in a virtualised table, its filters, the recap beside it and a detail sheet. */
export function DataScreen() {
  const t = useT();
  const { project, roundId, setRoundId } = useProject();
  // Another screen may have asked for filters (the import summary's problem links).
  const [choice, setChoice] = useState<FilterChoice>(() => ({ ...EMPTY_CHOICE, ...peekDataIntent() }));
  useEffect(() => clearDataIntent(), []);
  const [refreshKey, setRefreshKey] = useState(0);
  const [sort, setSort] = useState<{ column: SortColumn | undefined; desc: boolean }>({ column: undefined, desc: false });
  const [recapBy, setRecapBy] = useState<RecapBy>('kecamatan');
  const [openId, setOpenId] = useState<number | null>(null);

  const search = useDebouncedValue(choice.search, SEARCH_DELAY_MS);
  const filter = useMemo(
    () => (roundId === null ? null : toBusinessFilter(roundId, { ...choice, search })),
    [roundId, choice, search],
  );
  // Facets count the whole round, so the lists do not shrink as filters are chosen.
  const facets = useApiQuery('businesses:facets', roundId === null ? null : { roundId });
  const pages = useBusinessPages(filter, sort.column, sort.desc);
  const closeDetail = useCallback(() => setOpenId(null), []);
  const { refresh: refreshPages } = pages;
  const { reload: reloadFacets } = facets;
  // After a status edit in the detail panel: the rows, the lists' counts and the recap are re-read.
  const dataChanged = useCallback(() => {
    refreshPages();
    reloadFacets();
    setRefreshKey((n) => n + 1);
  }, [refreshPages, reloadFacets]);

  const toggleSort = useCallback((column: SortColumn) => {
    setSort((s) => (s.column === column ? { column, desc: !s.desc } : { column, desc: false }));
  }, []);

  function changeRound(next: number) {
    setChoice(EMPTY_CHOICE);
    setOpenId(null);
    setRoundId(next);
  }

  if (!project) return null;
  if (project.rounds.length === 0 || roundId === null || filter === null) {
    return <p className="muted" data-testid="data-no-rounds">{t('data.noRounds')}</p>;
  }

  return (
    <div className="data-screen">
      <div className="data-toolbar">
        <h1 className="data-title">{t('data.title')}</h1>
        <label className="filter filter-inline">
          <span>{t('data.round')}</span>
          <select value={roundId} onChange={(e) => changeRound(Number(e.target.value))} data-testid="round-select">
            {project.rounds.map((round) => (
              <option key={round.id} value={round.id}>{round.name}</option>
            ))}
          </select>
        </label>
        <div
          className="business-count"
          data-testid="business-count"
          data-count={pages.total ?? ''}
          aria-busy={pages.total === null}
          aria-live="polite"
        >
          {pages.total === null ? t('app.loading') : t('data.count', { count: pages.total })}
        </div>
      </div>
      <DataFilters facets={facets.data} choice={choice} onChange={setChoice} />
      <ErrorNotice error={facets.error} onRetry={facets.reload} testId="facets-error" />
      <div className="data-main">
        <BusinessTable pages={pages} sort={sort.column} desc={sort.desc} onSort={toggleSort} onOpen={setOpenId} selectedId={openId} />
        <RecapPanel filter={filter} by={recapBy} onByChange={setRecapBy} refreshKey={refreshKey} />
      </div>
      {openId !== null && <BusinessDetailPanel key={openId} id={openId} onClose={closeDetail} onChanged={dataChanged} />}
    </div>
  );
}
