/**
 * What the Klaster charts need beyond the shared chart wrapper's types (components/charts/plotly-types.ts
 * has bars and boxes only): SVG scatter traces, shapes and annotations, legends and click events.
 * Only the SVG `scatter` type: the CSP forbids eval, which Plotly's WebGL `scattergl` needs.
 */
import type { AxisLayout, BoxTrace, ChartConfig, ChartLayout } from '../../components/charts/plotly-types';

export interface ScatterTrace {
  type: 'scatter';
  x: number[];
  y: number[];
  mode: 'markers' | 'lines' | 'lines+markers';
  name?: string;
  marker?: { color?: string; size?: number; opacity?: number; symbol?: string; line?: { color?: string; width?: number } };
  line?: { color?: string; width?: number; dash?: 'solid' | 'dash' | 'dot' };
  customdata?: Array<string | number>;
  hovertemplate?: string;
  showlegend?: boolean;
  cliponaxis?: boolean;
}

export type PlotTrace = ScatterTrace | BoxTrace;

/** A line or rectangle in data (x, y) or paper (0..1) coordinates. */
export interface PlotShape {
  type: 'line' | 'rect';
  xref: 'x' | 'paper';
  yref: 'y' | 'paper';
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  line?: { color?: string; width?: number; dash?: 'solid' | 'dash' | 'dot' };
  fillcolor?: string;
  layer?: 'above' | 'below';
}

export interface PlotAxis extends AxisLayout {
  dtick?: number;
  tick0?: number;
  showgrid?: boolean;
  exponentformat?: 'none' | 'e' | 'power' | 'SI' | 'B';
  /** d3-format, e.g. ',.0f' (with the layout's separators: 25.000, not 25k). */
  tickformat?: string;
}

export interface PlotLayout extends Omit<ChartLayout, 'xaxis' | 'yaxis'> {
  xaxis?: PlotAxis;
  yaxis?: PlotAxis;
  shapes?: PlotShape[];
  legend?: { orientation?: 'h' | 'v'; x?: number; y?: number; xanchor?: 'left' | 'center' | 'right'; yanchor?: 'top' | 'middle' | 'bottom'; font?: { size?: number } };
  hovermode?: 'x' | 'closest' | false;
  clickmode?: 'event' | 'none';
  dragmode?: 'zoom' | 'pan' | false;
  boxmode?: 'group' | 'overlay';
}

/** The part of a `plotly_click` event the charts read. */
export interface PlotClick {
  points: Array<{ x: number | string; y: number | string; curveNumber: number; pointIndex: number }>;
}

/** A chart element after Plotly has drawn into it: it can emit Plotly's events. */
export interface PlotElement extends HTMLElement {
  on(event: 'plotly_click', handler: (event: PlotClick) => void): void;
}

/** The Plotly functions these charts call (the bundle's default export, seen through these types). */
export interface PlotlyForCluster {
  react(element: HTMLElement, data: PlotTrace[], layout: PlotLayout, config: ChartConfig): Promise<PlotElement>;
  purge(element: HTMLElement): void;
  Plots: { resize(element: HTMLElement): void };
}
