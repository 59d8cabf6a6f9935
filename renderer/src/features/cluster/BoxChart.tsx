import { useMemo, useState } from 'react';
import type { ClusterRunDetail } from '../../../../shared/api/contract-cluster';
import type { VariableSummary } from '../../../../shared/cluster/profiles';
import { categoryAxis, logAxis } from '../../components/charts/chart-axes';
import { PlotlyChart } from '../../components/charts/PlotlyChart';
import type { BoxTrace, ChartLayout } from '../../components/charts/plotly-types';
import type { MessageKey } from '../../i18n/dictionaries';
import { useT } from '../../i18n/I18nProvider';
import { clusterColor } from './cluster-colors';
import { clusterNumber } from './cluster-format';

type BoxVariable = 'omzet_tahunan' | 'aset' | 'modal' | 'tenaga_kerja';
const VARIABLES: ReadonlyArray<{ key: BoxVariable; label: MessageKey; unit: 'rupiah' | 'count' }> = [
  { key: 'omzet_tahunan', label: 'cluster.feature.omzet_tahunan', unit: 'rupiah' },
  { key: 'aset', label: 'cluster.feature.aset', unit: 'rupiah' },
  { key: 'modal', label: 'cluster.feature.modal', unit: 'rupiah' },
  { key: 'tenaga_kerja', label: 'cluster.feature.tenaga_kerja', unit: 'count' },
];
const HEIGHT = 400;

/** A log axis cannot show 0 or less: such a fence is drawn at 1 (Rp 1, one person). */
function positive(v: number): number {
  return v > 0 ? v : 1;
}

/**
 * Box plots per cluster on a log axis (money is heavily skewed: on a linear axis every box would be a
 * flat line at the bottom). Drawn from the profiles' quartiles and Tukey whiskers, not from records.
 */
export function BoxChart({ run }: { run: ClusterRunDetail }) {
  const t = useT();
  const [variable, setVariable] = useState<BoxVariable>('omzet_tahunan');
  const spec = VARIABLES.find((v) => v.key === variable) ?? VARIABLES[0]!;
  const { traces, layout } = useMemo(() => {
    const shown = run.clusters
      .map((c) => ({ c, s: c[variable] as VariableSummary | null }))
      .filter((e): e is { c: (typeof run.clusters)[number]; s: VariableSummary } => e.s !== null);
    const names = shown.map((e) => t('cluster.profile.cluster', { n: clusterNumber(e.c.cluster) }));
    const list: BoxTrace[] = shown.map((e, i) => ({
      type: 'box',
      x: [names[i] as string],
      q1: [positive(e.s.q1)],
      median: [positive(e.s.median)],
      q3: [positive(e.s.q3)],
      lowerfence: [positive(e.s.whisker_low)],
      upperfence: [positive(e.s.whisker_high)],
      name: names[i],
      marker: { color: clusterColor(e.c.cluster) },
      line: { color: clusterColor(e.c.cluster), width: 1.5 },
      boxpoints: false,
      hoverinfo: 'y',
    }));
    const lows = shown.map((e) => positive(e.s.whisker_low));
    const highs = shown.map((e) => positive(e.s.whisker_high));
    const chartLayout: ChartLayout = {
      margin: { l: 80, r: 12, t: 8, b: 40 },
      xaxis: categoryAxis(names),
      yaxis: logAxis(lows.length ? Math.min(...lows) : 1, highs.length ? Math.max(...highs) : 10, spec.unit, t(spec.label)),
    };
    return { traces: list, layout: chartLayout };
  }, [run.clusters, variable, spec, t]);

  return (
    <div className="run-chart" data-testid="box-panel">
      <div className="run-chart-head">
        <h3 className="run-chart-title">{t('cluster.box.title')}</h3>
        <label className="filter filter-inline">
          <span>{t('cluster.box.variable')}</span>
          <select value={variable} onChange={(e) => setVariable(e.target.value as BoxVariable)} data-testid="box-variable">
            {VARIABLES.map((v) => <option key={v.key} value={v.key}>{t(v.label)}</option>)}
          </select>
        </label>
      </div>
      <PlotlyChart
        traces={traces}
        layout={layout}
        height={HEIGHT}
        label={t('cluster.box.title')}
        testId="cluster-box"
        errorText={t('cluster.chart.error')}
        loadingText={t('cluster.chart.loading')}
        dataKey={`${run.run_id}:${variable}`}
      />
      <p className="small muted">{t('cluster.box.note')}</p>
    </div>
  );
}
