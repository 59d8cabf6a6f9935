import { useMemo, useState } from 'react';
import type { GroupByKey, GroupStatsResult, MeasureKey } from '../../../../shared/stats/table-types';
import { PlotlyChart } from '../../components/charts/PlotlyChart';
import { MANY_CATEGORIES } from '../../components/charts/chart-axes';
import { useT } from '../../i18n/I18nProvider';
import { buildBarChart, buildBoxChart, type BarStat, type ChartRow } from './stats-charts';
import { measureLabel, rowLabel } from './stats-labels';

const BAR_STATS: readonly BarStat[] = ['count', 'sum', 'mean', 'median'];
const CHART_HEIGHT = 320;
/** Upright labels of many groups (kelurahan) need room under the plot. */
const TALL_CHART_HEIGHT = 420;

/** The two charts of a grouping: bars (a chosen statistic) and box plots of the measure on a log axis. */
export function GroupCharts({ result, by, measure }: { result: GroupStatsResult; by: GroupByKey; measure: MeasureKey }) {
  const t = useT();
  const [barStat, setBarStat] = useState<BarStat>('count');
  const unit = result.measures.find((m) => m.key === measure)?.unit ?? 'rupiah';
  const rows = useMemo<ChartRow[]>(
    () => result.rows.map((r) => ({ label: rowLabel(t, by, r), count: r.count, stats: r.stats[measure] })),
    [result, by, measure, t],
  );
  const bar = useMemo(() => {
    const title = barStat === 'count' ? t('stats.col.count') : `${t(`stats.col.${barStat}` as const)} ${measureLabel(t, measure).toLowerCase()}`;
    return buildBarChart(rows.filter((r) => r.count > 0), barStat, unit, title, (n) => t('stats.chart.businesses', { count: n }));
  }, [rows, barStat, unit, measure, t]);
  const box = useMemo(() => buildBoxChart(rows, unit, measureLabel(t, measure)), [rows, unit, measure, t]);
  const key = `${by}:${measure}`;
  const height = rows.length > MANY_CATEGORIES ? TALL_CHART_HEIGHT : CHART_HEIGHT;

  return (
    <div className="st-charts">
      <div className="st-chart-card">
        <div className="st-chart-head">
          <h3 className="subheading">{t('stats.chart.barTitle')}</h3>
          <select value={barStat} onChange={(e) => setBarStat(e.target.value as BarStat)} aria-label={t('stats.chart.barStat')} data-testid="stats-bar-stat">
            {BAR_STATS.map((s) => (
              <option key={s} value={s}>{s === 'count' ? t('stats.col.count') : `${t(`stats.col.${s}` as const)} ${measureLabel(t, measure).toLowerCase()}`}</option>
            ))}
          </select>
        </div>
        <PlotlyChart
          traces={bar.traces}
          layout={bar.layout}
          height={height}
          label={t('stats.chart.barLabel', { by: t(`stats.by.${by}` as const) })}
          testId="stats-chart-bar"
          dataKey={`${key}:${barStat}`}
          loadingText={t('stats.chart.loading')}
          errorText={t('stats.chart.error')}
        />
      </div>
      <div className="st-chart-card">
        <div className="st-chart-head">
          <h3 className="subheading">{t('stats.chart.boxTitle', { measure: measureLabel(t, measure) })}</h3>
          <span className="muted small">{t(box.log ? 'stats.chart.logAxis' : 'stats.chart.linearAxis')}</span>
        </div>
        <PlotlyChart
          traces={box.traces}
          layout={box.layout}
          height={height}
          label={t('stats.chart.boxLabel', { measure: measureLabel(t, measure), by: t(`stats.by.${by}` as const) })}
          testId="stats-chart-box"
          dataKey={key}
          loadingText={t('stats.chart.loading')}
          errorText={t('stats.chart.error')}
        />
        <p className="muted small st-chart-note">{t('stats.chart.boxNote')}</p>
      </div>
    </div>
  );
}
