import { useState } from 'react';
import { MEASURE_KEYS, type GroupByKey, type MeasureKey } from '../../../../shared/stats/table-types';
import { useApiQuery } from '../../api/useApiQuery';
import { ErrorNotice } from '../../components/ErrorNotice';
import { describeRuleSet } from '../../../../shared/classify/settings';
import { useLanguage, useT } from '../../i18n/I18nProvider';
import { GroupCharts } from './GroupCharts';
import { GroupStatsTable } from './GroupStatsTable';
import { GROUP_BY_OPTIONS, groupByLabel, measureLabel } from './stats-labels';

/** Statistics per group: the grouping, the measure, the table and its two charts. */
export function GroupStatsPanel({ roundId }: { roundId: number }) {
  const t = useT();
  const { lang } = useLanguage();
  const [by, setBy] = useState<GroupByKey>('kecamatan');
  const [measure, setMeasure] = useState<MeasureKey>('omzet_tahunan');
  const query = useApiQuery('stats:groupBy', { filter: { roundId }, by });
  // The table keeps showing the previous grouping until the new one arrives; `data-by` says which.
  const data = query.data;

  return (
    <section className="panel st-panel" data-testid="stats-panel" aria-busy={query.loading} data-by={data?.by ?? ''}>
      <header className="panel-header st-panel-header">
        <h2 className="panel-title">{t('stats.group.title')}</h2>
        <label className="filter filter-inline">
          <span>{t('stats.group.by')}</span>
          <select value={by} onChange={(e) => setBy(e.target.value as GroupByKey)} data-testid="stats-group-by">
            {GROUP_BY_OPTIONS.map((key) => <option key={key} value={key}>{groupByLabel(t, key)}</option>)}
          </select>
        </label>
        <div className="segmented st-measures" role="group" aria-label={t('stats.group.measure')}>
          {MEASURE_KEYS.map((key) => (
            <button key={key} type="button" className={`segmented-item${key === measure ? ' segmented-item-active' : ''}`} aria-pressed={key === measure} onClick={() => setMeasure(key)} data-testid={`stats-measure-${key}`}>
              {measureLabel(t, key)}
            </button>
          ))}
        </div>
      </header>
      <div className="panel-body st-body">
        <ErrorNotice error={query.error} onRetry={query.reload} testId="stats-error" />
        {data && (
          <>
            <GroupStatsTable result={data} by={data.by} measure={measure} />
            <p className="muted small st-note" data-testid="stats-rule-note">{t('stats.table.note', { rule: describeRuleSet(data.rule, lang) })}</p>
            <GroupCharts result={data} by={data.by} measure={measure} />
          </>
        )}
      </div>
    </section>
  );
}
