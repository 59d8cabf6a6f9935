import type { Description } from '../../../../shared/stats/descriptive';
import type { ChartLayout, ChartTrace } from '../../components/charts/plotly-types';
import { categoryAxis, categoryLabels, formatAxisValue, linearAxis, logAxis } from '../../components/charts/chart-axes';
import { formatCount, formatMeasure } from '../../components/format';

/** What the bars show for a group: its number of businesses, or a statistic of the measure. */
export type BarStat = 'count' | 'sum' | 'mean' | 'median';

export interface ChartRow {
  label: string;
  count: number;
  stats: Description;
}

export interface ChartSpec {
  traces: ChartTrace[];
  layout: ChartLayout;
}

const BAR_COLOUR = '#1f5fa8';
const BOX_LINE = '#1f5fa8';
const BOX_FILL = 'rgba(31, 95, 168, 0.18)';

/** Bars per group, labelled in Indonesian style; the hover gives the full figure. */
export function buildBarChart(
  rows: readonly ChartRow[],
  stat: BarStat,
  unit: 'rupiah' | 'orang',
  axisTitle: string,
  /** `1.234 usaha` in the UI language, for the hover. */
  describeCount: (count: number) => string,
): ChartSpec {
  const values = rows.map((r) => (stat === 'count' ? r.count : r.stats[stat]));
  const axisUnit = stat !== 'count' && unit === 'rupiah' ? 'rupiah' : 'count';
  const full = (v: number | null) => (v === null ? '—' : stat === 'count' ? formatCount(v) : formatMeasure(v, unit));
  const max = values.reduce<number>((m, v) => Math.max(m, v ?? 0), 0);
  const labels = categoryLabels(rows.map((r) => r.label));
  return {
    traces: [
      {
        type: 'bar',
        x: labels,
        y: values,
        marker: { color: BAR_COLOUR },
        text: values.map((v) => (v === null ? '' : axisUnit === 'rupiah' ? formatAxisValue(v, 'rupiah') : stat === 'count' ? formatCount(v) : formatMeasure(v, unit))),
        textposition: rows.length > 12 ? 'none' : 'outside',
        cliponaxis: false,
        customdata: rows.map((r, i) => `${full(values[i] ?? null)} · ${describeCount(r.count)}`),
        hovertemplate: '%{x}<br>%{customdata}<extra></extra>',
      },
    ],
    layout: { xaxis: categoryAxis(labels), yaxis: linearAxis(max * (rows.length > 12 ? 1 : 1.12), axisUnit, axisTitle), bargap: 0.3, margin: { l: 70, r: 12, t: 12, b: 40 } },
  };
}

/**
 * Box plots from precomputed quartiles: the box is Q1-Q3 with the median, the whiskers reach the
 * minimum and maximum (not Tukey fences: the services send no raw values). Money uses a log axis
 * (five orders of magnitude); a log axis needs Q1 > 0, else the axis is linear. A zero minimum is
 * drawn at Q1 on a log axis.
 */
export function buildBoxChart(rows: readonly ChartRow[], unit: 'rupiah' | 'orang', axisTitle: string): ChartSpec & { log: boolean } {
  const present = rows.filter((r) => r.stats.n > 0 && r.stats.q1 !== null && r.stats.q3 !== null && r.stats.median !== null && r.stats.min !== null && r.stats.max !== null);
  const log = present.length > 0 && present.every((r) => (r.stats.q1 as number) > 0);
  const lower = present.map((r) => (log && (r.stats.min as number) <= 0 ? (r.stats.q1 as number) : (r.stats.min as number)));
  const upper = present.map((r) => r.stats.max as number);
  const axisUnit = unit === 'rupiah' ? 'rupiah' : 'count';
  const labels = categoryLabels(present.map((r) => r.label));
  const lo = lower.length ? Math.min(...lower) : 1;
  const hi = upper.length ? Math.max(...upper) : 10;
  const yaxis = log ? logAxis(lo, hi, axisUnit, axisTitle) : linearAxis(hi, axisUnit, axisTitle);
  return {
    log,
    traces: [
      {
        type: 'box',
        x: labels,
        q1: present.map((r) => r.stats.q1 as number),
        median: present.map((r) => r.stats.median as number),
        q3: present.map((r) => r.stats.q3 as number),
        lowerfence: lower,
        upperfence: upper,
        mean: present.map((r) => r.stats.mean as number),
        boxpoints: false,
        line: { color: BOX_LINE, width: 1.5 },
        fillcolor: BOX_FILL,
        marker: { color: BOX_LINE },
      },
    ],
    layout: { xaxis: categoryAxis(labels), yaxis: { ...yaxis, hoverformat: unit === 'rupiah' ? ',.0f' : ',.2f' }, margin: { l: 70, r: 12, t: 12, b: 40 } },
  };
}
