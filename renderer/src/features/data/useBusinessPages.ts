import { useCallback, useEffect, useRef, useState } from 'react';
import type { BusinessFilter } from '../../../../shared/api/contract-data';
import type { BusinessRecord } from '../../../../shared/domain/business';
import type { ApiError } from '../../../../shared/api/result';
import { useApi } from '../../api/ApiContext';
import type { SortColumn } from './business-columns';

/** Rows per request; ~200 keeps each reply small and a screenful needs at most two. */
export const PAGE_SIZE = 200;
/** Pages kept in memory; older ones are dropped (400,000 rows would not fit comfortably). */
const MAX_CACHED_PAGES = 60;
/** Requests in flight at once. The services answer one call at a time, so a long queue of pages the
 * user has already scrolled past would only delay the page now on screen. */
const MAX_IN_FLIGHT = 2;

export interface BusinessPages {
  /** Matching businesses in total, or null before the first page has arrived. */
  total: number | null;
  loading: boolean;
  error: ApiError | null;
  /** The row at an absolute index, or undefined while its page is not loaded. */
  rowAt: (index: number) => BusinessRecord | undefined;
  /** Asks for the pages covering rows [first, last] (inclusive); already loaded pages are not re-fetched. */
  requestRange: (first: number, last: number) => void;
  reload: () => void;
  /** Re-reads the pages in memory after an edit, keeping the rows on screen and the scroll position. */
  refresh: () => void;
}

/**
 * Pages of `businesses:list` fetched on demand by offset, for the virtualised table. A change of
 * filter or sort starts a new generation: the cache is emptied and late answers of the old one are
 * ignored.
 */
export function useBusinessPages(filter: BusinessFilter | null, sort: SortColumn | undefined, desc: boolean): BusinessPages {
  const api = useApi();
  const pages = useRef(new Map<number, BusinessRecord[]>());
  const inFlight = useRef(new Set<number>());
  const generation = useRef(0);
  const [, setTick] = useState(0);
  const [total, setTotal] = useState<number | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [reloadCount, setReloadCount] = useState(0);
  const key = filter === null ? null : JSON.stringify({ filter, sort, desc });

  /** Pages the visible range needs, in order; only these are ever fetched. */
  const wanted = useRef<number[]>([]);
  /** Loaded pages to fetch again (after an edit); their old rows stay on screen until replaced. */
  const stale = useRef(new Set<number>());

  // Fetches wanted pages that are neither loaded nor in flight, at most MAX_IN_FLIGHT at once;
  // each answer pumps again, so pages scrolled past while waiting are simply never asked for.
  const pump = useCallback(() => {
    if (key === null) return;
    const { filter: f, sort: s, desc: d } = JSON.parse(key) as { filter: BusinessFilter; sort?: SortColumn; desc: boolean };
    for (const page of wanted.current) {
      if (inFlight.current.size >= MAX_IN_FLIGHT) return;
      if ((pages.current.has(page) && !stale.current.has(page)) || inFlight.current.has(page)) continue;
      const ticket = generation.current;
      inFlight.current.add(page);
      void api
        .invoke('businesses:list', { filter: f, offset: page * PAGE_SIZE, limit: PAGE_SIZE, ...(s ? { sort: s, desc: d } : {}) })
        .then((result) => {
          if (ticket !== generation.current) return;
          inFlight.current.delete(page);
          if (!result.ok) {
            setError(result.error);
            return;
          }
          stale.current.delete(page);
          pages.current.delete(page);
          pages.current.set(page, result.data.rows);
          // Map keeps insertion order, so the first key is the least recently loaded page.
          while (pages.current.size > MAX_CACHED_PAGES) pages.current.delete(pages.current.keys().next().value as number);
          setError(null);
          setTotal(result.data.total);
          setTick((n) => n + 1);
          pump();
        });
    }
  }, [api, key]);

  useEffect(() => {
    generation.current += 1;
    pages.current = new Map();
    inFlight.current = new Set();
    stale.current = new Set();
    wanted.current = [0];
    setTotal(null);
    setError(null);
    pump();
  }, [pump, reloadCount]);

  const requestRange = useCallback(
    (first: number, last: number) => {
      if (last < first) return;
      const next: number[] = [];
      for (let page = Math.floor(first / PAGE_SIZE); page <= Math.floor(last / PAGE_SIZE); page += 1) next.push(page);
      wanted.current = next;
      pump();
    },
    [pump],
  );

  const rowAt = useCallback((index: number) => pages.current.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE], []);
  const reload = useCallback(() => setReloadCount((n) => n + 1), []);
  const refresh = useCallback(() => {
    // A new generation drops answers still on their way; pages off screen are forgotten, the visible
    // ones are fetched again while their old rows stay shown (no flicker, scroll position kept).
    generation.current += 1;
    inFlight.current = new Set();
    const visible = new Set(wanted.current);
    for (const page of [...pages.current.keys()]) if (!visible.has(page)) pages.current.delete(page);
    stale.current = new Set(pages.current.keys());
    pump();
  }, [pump]);

  return { total, loading: total === null && error === null && key !== null, error, rowAt, requestRange, reload, refresh };
}
