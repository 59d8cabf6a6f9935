import { useEffect, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatCount } from '../../components/format';
import { useT } from '../../i18n/I18nProvider';
import { BUSINESS_COLUMNS, ROW_NUMBER_WIDTH, TABLE_WIDTH, type SortColumn } from './business-columns';
import type { BusinessPages } from './useBusinessPages';

/** Row height in CSS pixels; fixed, so the virtualiser never has to measure. */
const ROW_HEIGHT = 32;
/** Wait this long (ms) after the visible range last moved before fetching: dragging the scrollbar
 * across 400,000 rows would otherwise ask for every page it passes. */
const FETCH_DELAY_MS = 40;

/**
 * The virtualised business table: only the visible rows (plus a few) exist in the DOM, and only
 * their pages are fetched. Sorting is done by the services, by clicking a column title.
 */
export function BusinessTable({ pages, sort, desc, onSort, onOpen, selectedId }: {
  pages: BusinessPages;
  sort: SortColumn | undefined;
  desc: boolean;
  onSort: (column: SortColumn) => void;
  onOpen: (id: number) => void;
  selectedId: number | null;
}) {
  const t = useT();
  const scroller = useRef<HTMLDivElement>(null);
  const count = pages.total ?? 0;
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? -1;
  const { requestRange } = pages;

  useEffect(() => {
    const timer = window.setTimeout(() => requestRange(first, last), FETCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [first, last, requestRange]);

  // A new filter or sort starts at the top.
  useEffect(() => {
    if (pages.total === null) scroller.current?.scrollTo({ top: 0 });
  }, [pages.total]);

  return (
    <div className="business-table" data-testid="business-table">
      <ErrorNotice error={pages.error} onRetry={pages.reload} testId="table-error" />
      <div
        ref={scroller}
        className="vt-scroller"
        role="table"
        aria-rowcount={count + 1}
        aria-busy={pages.total === null}
        data-testid="business-scroller"
      >
        <div className="vt-header" role="row" style={{ width: TABLE_WIDTH }}>
          <div className="vt-cell vt-num" role="columnheader" style={{ width: ROW_NUMBER_WIDTH }}>{t('data.col.no')}</div>
          {BUSINESS_COLUMNS.map((column) => {
            const active = column.sort !== undefined && column.sort === sort;
            return (
              <div
                key={column.key}
                className={`vt-cell${column.numeric ? ' vt-num' : ''}`}
                role="columnheader"
                style={{ width: column.width }}
                aria-sort={active ? (desc ? 'descending' : 'ascending') : undefined}
              >
                {column.sort ? (
                  <button
                    type="button"
                    className={`vt-sort${active ? ' vt-sort-active' : ''}`}
                    title={t('data.sortHint')}
                    onClick={() => column.sort && onSort(column.sort)}
                    data-testid={`sort-${column.key}`}
                  >
                    {t(column.label)}
                    <span className="vt-sort-mark" aria-hidden="true">{active ? (desc ? '▼' : '▲') : ''}</span>
                  </button>
                ) : (
                  t(column.label)
                )}
              </div>
            );
          })}
        </div>
        <div className="vt-body" style={{ height: virtualizer.getTotalSize(), width: TABLE_WIDTH }}>
          {items.map((item) => {
            const row = pages.rowAt(item.index);
            return (
              <div
                key={item.key}
                className={`vt-row${item.index % 2 ? ' vt-row-odd' : ''}${row && row.id === selectedId ? ' vt-row-selected' : ''}`}
                role="row"
                aria-rowindex={item.index + 2}
                tabIndex={row ? 0 : -1}
                style={{ height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
                onClick={() => row && onOpen(row.id)}
                onKeyDown={(e) => {
                  if (row && (e.key === 'Enter' || e.key === ' ')) {
                    e.preventDefault();
                    onOpen(row.id);
                  }
                }}
                data-testid={row ? 'business-row' : 'business-row-loading'}
                data-index={item.index}
                data-id={row?.id}
              >
                <div className="vt-cell vt-num muted" role="cell" style={{ width: ROW_NUMBER_WIDTH }}>{formatCount(item.index + 1)}</div>
                {BUSINESS_COLUMNS.map((column) => (
                  <div key={column.key} className={`vt-cell${column.numeric ? ' vt-num' : ''}`} role="cell" style={{ width: column.width }} data-col={column.key}>
                    {row ? column.render(row, t) : <span className="vt-placeholder">{column.key === 'nama_pelaku' ? t('data.table.loadingRow') : ''}</span>}
                  </div>
                ))}
              </div>
            );
          })}
        </div>
        {pages.total === 0 && <p className="vt-empty muted" data-testid="table-empty">{t('data.table.empty')}</p>}
      </div>
    </div>
  );
}
