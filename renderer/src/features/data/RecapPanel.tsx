import { useEffect } from 'react';
import type { BusinessFilter, RecapResult, RecapRow } from '../../../../shared/api/contract-data';
import { useApiQuery } from '../../api/useApiQuery';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatCount, formatRupiah } from '../../components/format';
import { useT, type Translate } from '../../i18n/I18nProvider';

export type RecapBy = RecapResult['by'];

/** A sum; when some businesses lacked the value, the cell says how many (tooltip, dotted underline). */
function ValueCell({ value, missing, money, t, testId }: { value: number; missing: number; money: boolean; t: Translate; testId: string }) {
  const title = missing > 0 ? t('common.missing', { count: missing }) : undefined;
  return (
    <td className={`num${missing > 0 ? ' has-missing' : ''}`} title={title} data-testid={testId} data-missing={missing}>
      {money ? formatRupiah(value) : formatCount(value)}
    </td>
  );
}

function RecapCells({ row, t }: { row: RecapRow; t: Translate }) {
  return (
    <>
      <td className="num" data-testid="recap-count" data-value={row.businesses}>{formatCount(row.businesses)}</td>
      <ValueCell value={row.modal} missing={row.missing.modal} money t={t} testId="recap-modal" />
      <ValueCell value={row.aset} missing={row.missing.aset} money t={t} testId="recap-aset" />
      <ValueCell value={row.omzet_bulanan} missing={row.missing.omzet} money t={t} testId="recap-omzet" />
      <ValueCell value={row.tenaga_kerja_l} missing={row.missing.tenaga_kerja_lp} money={false} t={t} testId="recap-tkl" />
      <ValueCell value={row.tenaga_kerja_p} missing={row.missing.tenaga_kerja_lp} money={false} t={t} testId="recap-tkp" />
    </>
  );
}

/** The "Data kosong" row: per column, how many counted businesses lacked the value. */
function MissingRow({ total, t }: { total: RecapRow; t: Translate }) {
  const m = total.missing;
  return (
    <tr className="recap-missing-row" data-testid="recap-missing">
      <th scope="row">{t('recap.missingRow')}</th>
      <td />
      {[m.modal, m.aset, m.omzet, m.tenaga_kerja_lp, m.tenaga_kerja_lp].map((n, i) => (
        <td key={i} className="num">{formatCount(n)}</td>
      ))}
    </tr>
  );
}

/**
 * The recap per kecamatan or kelurahan for the same filter as the table (000:316-324): JUMLAH DATA,
 * MODAL, ASET, OMZET/BULAN, TK L, TK P and a total row, computed by the services from the same records.
 */
export function RecapPanel({ filter, by, onByChange, refreshKey = 0 }: {
  filter: BusinessFilter;
  by: RecapBy;
  onByChange: (by: RecapBy) => void;
  /** Changes after an edit of the data (e.g. a verification status): the recap is read again. */
  refreshKey?: number;
}) {
  const t = useT();
  const recap = useApiQuery('recap:get', { filter, by });
  const { reload } = recap;
  useEffect(() => {
    if (refreshKey > 0) reload();
  }, [refreshKey, reload]);
  const data = recap.data;

  return (
    <section className="panel recap" data-testid="recap-panel" aria-busy={recap.loading}>
      <header className="panel-header">
        <h2 className="panel-title">{t('recap.title', { by: t(`recap.by.${by}` as const) })}</h2>
        <div className="segmented" role="group">
          {(['kecamatan', 'kelurahan'] as const).map((option) => (
            <button
              key={option}
              type="button"
              className={`segmented-item${option === by ? ' segmented-item-active' : ''}`}
              aria-pressed={option === by}
              onClick={() => onByChange(option)}
              data-testid={`recap-by-${option}`}
            >
              {t(`data.filter.${option}` as const)}
            </button>
          ))}
        </div>
      </header>
      <div className="panel-body recap-body">
        <ErrorNotice error={recap.error} onRetry={recap.reload} testId="recap-error" />
        {data && (
          <div className="recap-content">
            <div className="recap-scroll">
              <table className="table-recap" data-testid="recap-table" data-by={data.by}>
                <thead>
                  <tr>
                    <th>{t('recap.col.uraian')}</th>
                    <th className="num">{t('recap.col.jumlah')}</th>
                    <th className="num">{t('recap.col.modal')}</th>
                    <th className="num">{t('recap.col.aset')}</th>
                    <th className="num">{t('recap.col.omzet')}</th>
                    <th className="num">{t('recap.col.tkl')}</th>
                    <th className="num">{t('recap.col.tkp')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.rows.map((row) => (
                    <tr key={row.code || '-'} data-testid="recap-row" data-code={row.code}>
                      <th scope="row" className="recap-name">{row.code ? row.name : t('recap.unassigned')}</th>
                      <RecapCells row={row} t={t} />
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr data-testid="recap-total">
                    <th scope="row">{t('recap.total')}</th>
                    <RecapCells row={data.total} t={t} />
                  </tr>
                  <MissingRow total={data.total} t={t} />
                </tfoot>
              </table>
            </div>
            <RecapNotes data={data} statusFiltered={Boolean(filter.status?.length)} t={t} />
          </div>
        )}
      </div>
    </section>
  );
}

function RecapNotes({ data, statusFiltered, t }: { data: RecapResult; statusFiltered: boolean; t: Translate }) {
  const lost = Object.values(data.lost).reduce((sum, n) => sum + n, 0);
  return (
    <ul className="recap-notes muted small" data-testid="recap-notes" data-lost={lost} data-duplicates={data.duplicates}>
      {lost > 0 && <li>{t('recap.notes.lost', { count: lost })}</li>}
      {data.duplicates > 0 && <li>{t('recap.notes.duplicates', { count: data.duplicates })}</li>}
      {data.possible_duplicates > 0 && <li>{t('recap.notes.possible', { count: data.possible_duplicates })}</li>}
      {data.unassigned > 0 && <li>{t('recap.notes.unassigned', { count: data.unassigned })}</li>}
      {statusFiltered && <li>{t('recap.notes.status')}</li>}
      <li>{t('recap.notes.missing')}</li>
    </ul>
  );
}
