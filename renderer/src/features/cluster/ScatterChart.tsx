import { useMemo } from 'react';
import type { ClusterRunDetail } from '../../../../shared/api/contract-cluster';
import { PlotlyChart } from '../../components/charts/PlotlyChart';
import type { ChartLayout, ChartTrace } from '../../components/charts/plotly-types';
import { useLanguage, useT } from '../../i18n/I18nProvider';
import { clusterColor } from './cluster-colors';
import { clusterNumber, formatDecimal, formatPercent } from './cluster-format';
import { columnLabel } from './feature-labels';

const HEIGHT = 400;

/** The strongest loadings of a component, in words: "Omzet per tahun (+0,59), Aset usaha (+0,60)". */
function describeComponent(run: ClusterRunDetail, pc: 'pc1' | 'pc2', labels: Record<string, string>, t: ReturnType<typeof useT>, lang: 'id' | 'en'): string {
  return [...run.scatter.loadings]
    .sort((a, b) => Math.abs(b[pc]) - Math.abs(a[pc]))
    .slice(0, 3)
    .map((l) => `${columnLabel(l.column, labels, t)} (${l[pc] >= 0 ? '+' : ''}${formatDecimal(l[pc], lang)})`)
    .join(', ');
}

/**
 * The PCA 2-D scatter of a seeded sample of the clustered rows, one colour per cluster. SVG `scatter`
 * only (a few thousand points draw fine without WebGL, which the CSP rules out).
 */
export function ScatterChart({ run }: { run: ClusterRunDetail }) {
  const t = useT();
  const { lang } = useLanguage();
  const { scatter } = run;
  const traces = useMemo<ChartTrace[]>(() => {
    const byCluster = run.clusters.map(() => ({ x: [] as number[], y: [] as number[], id: [] as number[] }));
    scatter.cluster.forEach((c, i) => {
      const bucket = byCluster[c];
      if (!bucket) return;
      bucket.x.push(scatter.x[i] as number);
      bucket.y.push(scatter.y[i] as number);
      bucket.id.push(scatter.business_id[i] as number);
    });
    return run.clusters.map((c, idx) => ({
      type: 'scatter' as const,
      mode: 'markers' as const,
      name: `${clusterNumber(c.cluster)} · ${c.label}`,
      x: byCluster[idx]?.x ?? [],
      y: byCluster[idx]?.y ?? [],
      customdata: byCluster[idx]?.id ?? [],
      marker: { color: clusterColor(c.cluster), size: 5, opacity: 0.65 },
      hovertemplate: `${t('cluster.profile.cluster', { n: clusterNumber(c.cluster) })}<br>${t('cluster.scatter.business')} #%{customdata}<extra></extra>`,
    }));
  }, [run.clusters, scatter, t]);
  const layout = useMemo<ChartLayout>(() => ({
    margin: { l: 56, r: 12, t: 8, b: 48 },
    showlegend: true,
    legend: { orientation: 'h', x: 0, y: -0.16, yanchor: 'top', font: { size: 11 } },
    hovermode: 'closest',
    xaxis: { title: { text: t('cluster.scatter.axis', { pc: 'PC1', share: formatPercent(scatter.explained[0], lang) }), standoff: 6 }, zeroline: false, gridcolor: '#eef1f5' },
    yaxis: { title: { text: t('cluster.scatter.axis', { pc: 'PC2', share: formatPercent(scatter.explained[1], lang) }), standoff: 6 }, zeroline: false, gridcolor: '#eef1f5' },
  }), [scatter.explained, t, lang]);
  const labels = Object.fromEntries(run.fitted_features.map((f) => [f.key, f.label]));
  return (
    <div className="run-chart" data-testid="scatter-panel">
      <h3 className="run-chart-title">{t('cluster.scatter.title')}</h3>
      <PlotlyChart
        traces={traces}
        layout={layout}
        height={HEIGHT}
        label={t('cluster.scatter.title')}
        testId="cluster-scatter"
        errorText={t('cluster.chart.error')}
        loadingText={t('cluster.chart.loading')}
        dataKey={`${run.run_id}:${run.clusters.map((c) => c.label).join('|')}`}
      />
      <p className="small muted" data-testid="scatter-note">
        {t('cluster.scatter.note', { size: scatter.sample_size, rows: run.rows })}{' '}
        {scatter.loadings.length > 0 && t('cluster.scatter.loadings', { pc1: describeComponent(run, 'pc1', labels, t, lang), pc2: describeComponent(run, 'pc2', labels, t, lang) })}
      </p>
    </div>
  );
}
