import type { GroupByKey, GroupStatsResult, GroupStatsRow, MeasureKey } from '../../../../shared/stats/table-types';
import { useT, type Translate } from '../../i18n/I18nProvider';
import { formatCount, formatMeasurePlain, formatShare } from '../../components/format';
import { rowLabel } from './stats-labels';

const STAT_COLUMNS = ['sum', 'mean', 'median', 'q1', 'q3', 'sd', 'min', 'max'] as const;

function Cells({ row, measure, unit, t }: { row: GroupStatsRow; measure: MeasureKey; unit: 'rupiah' | 'orang'; t: Translate }) {
  const d = row.stats[measure];
  return (
    <>
      <td className="num" data-testid="stats-count" data-value={row.count}>{formatCount(row.count)}</td>
      <td className="num">{formatShare(row.share)}</td>
      <td className={`num${d.missing > 0 ? ' st-missing' : ''}`} data-testid="stats-missing" data-value={d.missing} title={t('stats.table.missingTitle', { n: d.n })}>
        {formatCount(d.missing)}
      </td>
      {STAT_COLUMNS.map((key) => (
        <td key={key} className="num" data-stat={key}>{formatMeasurePlain(d[key], unit)}</td>
      ))}
    </>
  );
}

/**
 * Count, share and the description of one measure per group. Money columns say "(Rp)" in the header
 * and print the amounts with thousands dots, so twelve columns fit a 1366-pixel screen. "Kosong" counts the businesses without the
 * value: they are left out of every statistic, never counted as zero.
 */
export function GroupStatsTable({ result, by, measure }: { result: GroupStatsResult; by: GroupByKey; measure: MeasureKey }) {
  const t = useT();
  const unit = result.measures.find((m) => m.key === measure)?.unit ?? 'rupiah';
  return (
    <div className="st-table-scroll">
      <table className="table-recap st-table" data-testid="stats-table" data-by={result.by} data-measure={measure}>
        <thead>
          <tr>
            <th>{t(`stats.by.${by}` as const)}</th>
            <th className="num">{t('stats.col.count')}</th>
            <th className="num">{t('stats.col.share')}</th>
            <th className="num">{t('stats.col.missing')}</th>
            {STAT_COLUMNS.map((key) => <th key={key} className="num">{t(`stats.col.${key}` as const)}{unit === 'rupiah' ? ' (Rp)' : ''}</th>)}
          </tr>
        </thead>
        <tbody>
          {result.rows.map((row) => (
            <tr key={row.code || '-'} data-testid="stats-row" data-code={row.code}>
              <th scope="row" className="recap-name st-name">{rowLabel(t, by, row)}</th>
              <Cells row={row} measure={measure} unit={unit} t={t} />
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-testid="stats-total">
            <th scope="row">{t('stats.total')}</th>
            <Cells row={result.total} measure={measure} unit={unit} t={t} />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
