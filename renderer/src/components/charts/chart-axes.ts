import { formatRupiahShort } from '../../../../shared/classify/turnover-bands';
import type { AxisLayout, ChartConfig, ChartLayout } from './plotly-types';

/**
 * Axes with Indonesian labels. Plotly's own tick labels use SI prefixes ("2G", "1M"), and in Indonesian
 * "M" means miliar (10^9), not million, so money axes always get explicit ticks: `Rp 15 jt`, `Rp 2 M`.
 */

const ID_NUMBER = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 });

/** System fonts only: nothing is fetched, the app is offline. */
const FONT_FAMILY = "system-ui, 'Segoe UI', 'Noto Sans', 'Liberation Sans', Roboto, Arial, sans-serif";

/** The layout every chart starts from: decimal comma, thousands dot, quiet colours. */
export const BASE_LAYOUT: ChartLayout = {
  autosize: true,
  margin: { l: 70, r: 16, t: 10, b: 40 },
  showlegend: false,
  font: { family: FONT_FAMILY, size: 12, color: '#1c2430' },
  separators: ',.',
  paper_bgcolor: '#ffffff',
  plot_bgcolor: '#ffffff',
  hoverlabel: { font: { family: FONT_FAMILY, size: 12 } },
};

export const BASE_CONFIG: ChartConfig = {
  displaylogo: false,
  responsive: false,
  displayModeBar: 'hover',
  modeBarButtonsToRemove: ['select2d', 'lasso2d', 'autoScale2d', 'toggleSpikelines', 'hoverClosestCartesian', 'hoverCompareCartesian'],
  toImageButtonOptions: { format: 'png' },
};

/** A short label for a value of the axis unit: `Rp 15 jt` for money, `1.234` for counts and persons. */
export function formatAxisValue(value: number, unit: 'rupiah' | 'count'): string {
  return unit === 'rupiah' ? formatRupiahShort(value) : ID_NUMBER.format(value);
}

/** A "nice" step (1, 2 or 5 times a power of ten) giving about `target` intervals up to `max`. */
export function niceStep(max: number, target = 5): number {
  if (!(max > 0)) return 1;
  const raw = max / target;
  const power = 10 ** Math.floor(Math.log10(raw));
  const scaled = raw / power;
  const factor = scaled <= 1 ? 1 : scaled <= 2 ? 2 : scaled <= 5 ? 5 : 10;
  return factor * power;
}

/** A linear value axis from 0 with explicit Indonesian tick labels. */
export function linearAxis(max: number, unit: 'rupiah' | 'count', title?: string): AxisLayout {
  const step = niceStep(max);
  const top = Math.max(step, Math.ceil(max / step) * step);
  const tickvals: number[] = [];
  for (let v = 0; v <= top + step / 2; v += step) tickvals.push(v);
  return {
    tickvals,
    ticktext: tickvals.map((v) => formatAxisValue(v, unit)),
    range: [0, top * 1.04],
    zeroline: true,
    gridcolor: '#e8ecf1',
    automargin: true,
    ...(title ? { title: { text: title, standoff: 8 } } : {}),
  };
}

/**
 * A log axis over positive values from `min` to `max`, ticked at 1, 2 and 5 times each power of ten
 * while the span is short and at powers of ten only when it is long, labelled in Rupiah or persons.
 */
export function logAxis(min: number, max: number, unit: 'rupiah' | 'count', title?: string): AxisLayout {
  const lo = Math.floor(Math.log10(Math.max(min, 1e-9)));
  const hi = Math.ceil(Math.log10(Math.max(max, min * 10, 1e-9)));
  const multipliers = hi - lo <= 3 ? [1, 2, 5] : [1];
  const tickvals: number[] = [];
  for (let p = lo; p <= hi; p++) for (const m of multipliers) tickvals.push(m * 10 ** p);
  const inRange = tickvals.filter((v) => v >= 10 ** lo && v <= 10 ** hi);
  return {
    type: 'log',
    tickvals: inRange,
    ticktext: inRange.map((v) => formatAxisValue(v, unit)),
    range: [lo, hi],
    gridcolor: '#e8ecf1',
    automargin: true,
    ...(title ? { title: { text: title, standoff: 8 } } : {}),
  };
}

/** Few categories keep horizontal labels, wrapped at spaces; many are set upright so none overlap. */
export const MANY_CATEGORIES = 10;

/** Breaks a label at spaces into lines of about `width` characters (Plotly draws `<br>` as a line break). */
export function wrapLabel(label: string, width = 10): string {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('<br>');
}

/** The category labels as drawn: wrapped when there are few, unchanged (and set upright) when many. */
export function categoryLabels(labels: readonly string[]): string[] {
  return labels.length > MANY_CATEGORIES ? [...labels] : labels.map((l) => wrapLabel(l));
}

/** A category axis for labels made by categoryLabels. */
export function categoryAxis(labels: readonly string[]): AxisLayout {
  const many = labels.length > MANY_CATEGORIES;
  // dtick 1: every category gets its label (Plotly otherwise skips some when they are crowded).
  return { type: 'category', tickangle: many ? -90 : 0, dtick: 1, automargin: true, tickfont: { size: many ? 10.5 : 11.5 } };
}
