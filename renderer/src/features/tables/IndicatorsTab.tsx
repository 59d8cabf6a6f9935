import type { IndicatorRow, ShareOf } from '../../../../shared/stats/table-types';
import { useApiQuery } from '../../api/useApiQuery';
import { ErrorNotice } from '../../components/ErrorNotice';
import { describeRuleSet } from '../../../../shared/classify/settings';
import { useLanguage, useT } from '../../i18n/I18nProvider';
import { formatCount, formatShare } from '../../components/format';
import type { AreaLevel } from './tables-types';

const KEYS = ['nib', 'kemitraan', 'online', 'above_micro'] as const;

function ShareCell({ value, testId }: { value: ShareOf; testId: string }) {
  return (
    <td className="num" data-testid={testId} data-share={value.share ?? ''}>
      <span className="tb-share">{formatShare(value.share)}</span>
      <span className="tb-share-base">{formatCount(value.count)} / {formatCount(value.known)}</span>
    </td>
  );
}

function Cells({ row }: { row: IndicatorRow }) {
  return (
    <>
      <td className="num">{formatCount(row.businesses)}</td>
      {KEYS.map((k) => <ShareCell key={k} value={row[k]} testId={`ind-${k}`} />)}
    </>
  );
}

/** Single-round indicators per area: shares with NIB, partnership, online marketing, above the micro limits. */
export function IndicatorsTab({ roundId, by }: { roundId: number; by: AreaLevel }) {
  const t = useT();
  const { lang } = useLanguage();
  const query = useApiQuery('tables:indicators', { filter: { roundId }, by });
  const data = query.data;
  return (
    <section className="panel tb-panel" data-testid="indicators-panel" aria-busy={query.loading}>
      <div className="panel-body">
        <ErrorNotice error={query.error} onRetry={query.reload} testId="indicators-error" />
        {data && (
          <>
            <div className="tb-scroll">
              <table className="tb-report" data-testid="indicators-table" data-by={data.by}>
                <thead>
                  <tr>
                    <th>{t(`tables.level.${data.by}` as const)}</th>
                    <th>{t('tables.ind.businesses')}</th>
                    {KEYS.map((k) => <th key={k}>{t(`tables.ind.${k}` as const)}</th>)}
                  </tr>
                </thead>
                <tbody>
                  {data.rows.map((row) => (
                    <tr key={row.code || '-'} data-testid="indicators-row" data-code={row.code}>
                      <th scope="row" className="tb-uraian">{row.code ? row.name : t('tables.noArea')}</th>
                      <Cells row={row} />
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr data-testid="indicators-total">
                    <th scope="row" className="tb-uraian">{t('tables.total')}</th>
                    <Cells row={data.total} />
                  </tr>
                </tfoot>
              </table>
            </div>
            <p className="muted small tb-note" data-testid="indicators-note">{t('tables.ind.note', { rule: describeRuleSet(data.rule, lang) })}</p>
          </>
        )}
      </div>
    </section>
  );
}
