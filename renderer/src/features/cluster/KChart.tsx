import { useMemo } from 'react';
import type { SweepPoint } from '../../../../shared/cluster/recommend';
import { PlotlyChart } from '../../components/charts/PlotlyChart';
import type { ChartClick, ChartLayout, ChartTrace } from '../../components/charts/plotly-types';
import type { MessageKey } from '../../i18n/dictionaries';
import { useT } from '../../i18n/I18nProvider';

type IndexKey = 'inertia' | 'silhouette' | 'calinski_harabasz' | 'davies_bouldin';

/** The four indices in reading order, each with which direction is better (said on screen). */
const INDICES: ReadonlyArray<{ key: IndexKey; title: MessageKey; better: MessageKey; note: MessageKey; format: string }> = [
  { key: 'inertia', title: 'cluster.index.inertia', better: 'cluster.index.lowerElbow', note: 'cluster.index.inertiaNote', format: ',.0f' },
  { key: 'silhouette', title: 'cluster.index.silhouette', better: 'cluster.index.higher', note: 'cluster.index.silhouetteNote', format: '.3f' },
  { key: 'calinski_harabasz', title: 'cluster.index.calinski', better: 'cluster.index.higher', note: 'cluster.index.calinskiNote', format: ',.0f' },
  { key: 'davies_bouldin', title: 'cluster.index.davies', better: 'cluster.index.lower', note: 'cluster.index.daviesNote', format: '.3f' },
];

const LINE_COLOR = '#1f5fa8';
const RECOMMENDED_COLOR = '#c25a00';
const CHOSEN_COLOR = '#2e7d3e';
const HEIGHT = 190;

function IndexChart({ index, points, chosenK, recommendedK, onPick }: {
  index: (typeof INDICES)[number];
  points: readonly SweepPoint[];
  chosenK: number | null;
  recommendedK: number | null;
  onPick?: (k: number) => void;
}) {
  const t = useT();
  const traces = useMemo<ChartTrace[]>(() => {
    const ks = points.map((p) => p.k);
    const values = points.map((p) => p[index.key]);
    const list: ChartTrace[] = [
      {
        type: 'scatter', mode: 'lines+markers', x: ks, y: values, name: t(index.title),
        line: { color: LINE_COLOR, width: 2 }, marker: { color: LINE_COLOR, size: 8 },
        hovertemplate: `k = %{x}<br>%{y:${index.format}}<extra></extra>`,
      },
    ];
    const rec = points.find((p) => p.k === recommendedK);
    if (rec) {
      list.push({
        type: 'scatter', mode: 'markers', x: [rec.k], y: [rec[index.key]], name: t('cluster.sweep.recommendedShort'),
        marker: { color: RECOMMENDED_COLOR, size: 15, symbol: 'star' }, hovertemplate: `${t('cluster.sweep.recommendedShort')}: k = %{x}<extra></extra>`,
      });
    }
    return list;
  }, [points, index, recommendedK, t]);
  const layout = useMemo<ChartLayout>(() => ({
    margin: { l: 64, r: 12, t: 8, b: 34 },
    xaxis: { tickvals: points.map((p) => p.k), title: { text: 'k', standoff: 4 }, fixedrange: true, gridcolor: '#eef1f5' },
    yaxis: { fixedrange: true, automargin: true, gridcolor: '#e8ecf1', tickfont: { size: 11 }, tickformat: index.format === ',.0f' ? ',.0f' : undefined },
    hovermode: 'x',
    dragmode: false,
    clickmode: 'event',
    shapes: chosenK === null ? [] : [{
      type: 'line', xref: 'x', yref: 'paper', x0: chosenK, x1: chosenK, y0: 0, y1: 1, line: { color: CHOSEN_COLOR, width: 2.5, dash: 'dash' }, layer: 'below',
    }],
  }), [points, chosenK, index.format]);

  const pick = onPick
    ? (event: ChartClick) => {
        const k = Number(event.points[0]?.x);
        if (Number.isInteger(k)) onPick(k);
      }
    : undefined;

  return (
    <div className="k-index" data-testid={`k-index-${index.key}`}>
      <div className="k-index-head">
        <h4>{t(index.title)}</h4>
        <span className={`k-better k-better-${index.better === 'cluster.index.higher' ? 'up' : 'down'}`} data-testid={`k-better-${index.key}`}>
          {t(index.better)}
        </span>
      </div>
      <PlotlyChart
        traces={traces}
        layout={layout}
        height={HEIGHT}
        label={t('cluster.sweep.chartLabel', { index: t(index.title) })}
        testId={`k-chart-${index.key}`}
        errorText={t('cluster.chart.error')}
        loadingText={t('cluster.chart.loading')}
        onClick={pick}
        dataKey={`${chosenK ?? ''}`}
      />
      <p className="k-index-note small muted">{t(index.note)}</p>
    </div>
  );
}

/**
 * The k-selection chart: inertia (elbow), mean silhouette, Calinski-Harabasz and Davies-Bouldin against
 * k, the recommended k starred and the chosen k as a dashed line. Clicking a k in any panel picks it.
 */
export function KChart({ points, chosenK, recommendedK, onPick, testId = 'k-chart' }: {
  points: readonly SweepPoint[];
  chosenK: number | null;
  recommendedK: number | null;
  onPick?: (k: number) => void;
  testId?: string;
}) {
  return (
    <div className="k-chart" data-testid={testId} data-chosen-k={chosenK ?? ''}>
      {INDICES.map((index) => (
        <IndexChart key={index.key} index={index} points={points} chosenK={chosenK} recommendedK={recommendedK} onPick={onPick} />
      ))}
    </div>
  );
}
