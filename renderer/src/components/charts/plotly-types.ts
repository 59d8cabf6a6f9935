/**
 * The small part of Plotly's API the app uses, typed by hand (the bundled `plotly.js-dist-min` ships
 * no types). Only SVG trace types are allowed: the CSP forbids eval, and Plotly's WebGL traces
 * (`scattergl`, `heatmapgl`, …) generate code at run time.
 */

/** Bars, counts or sums per group. `customdata` carries preformatted Indonesian text for the hover. */
export interface BarTrace {
  type: 'bar';
  x: Array<string | number>;
  y: Array<string | number | null>;
  name?: string;
  orientation?: 'v' | 'h';
  marker?: { color?: string | string[]; line?: { color?: string; width?: number } };
  text?: string[];
  textposition?: 'auto' | 'outside' | 'inside' | 'none';
  customdata?: string[];
  hovertemplate?: string;
  cliponaxis?: boolean;
}

/**
 * A box plot from precomputed statistics (one box per x category): the services send quartiles, not
 * raw values, so the chart never needs the records themselves.
 */
export interface BoxTrace {
  type: 'box';
  x: string[];
  q1: number[];
  median: number[];
  q3: number[];
  lowerfence: number[];
  upperfence: number[];
  mean?: number[];
  name?: string;
  marker?: { color?: string };
  line?: { color?: string; width?: number };
  fillcolor?: string;
  boxpoints?: false;
  hoverinfo?: 'x' | 'y' | 'none' | 'skip';
  customdata?: string[];
  hovertemplate?: string;
}

/**
 * Points or lines at numeric (x, y). SVG `scatter` only: the CSP forbids eval, which Plotly's WebGL
 * `scattergl` needs. `customdata` carries an id or preformatted text for the hover.
 */
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

export type ChartTrace = BarTrace | BoxTrace | ScatterTrace;

/** A line or rectangle in data (x, y) or paper (0..1) coordinates. */
export interface ChartShape {
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

export interface AxisLayout {
  title?: { text: string; standoff?: number };
  type?: 'linear' | 'log' | 'category';
  tickvals?: number[];
  ticktext?: string[];
  tickangle?: number;
  /** Step between ticks; 1 on a category axis labels every category. */
  dtick?: number;
  tick0?: number;
  showgrid?: boolean;
  exponentformat?: 'none' | 'e' | 'power' | 'SI' | 'B';
  /** d3-format of tick labels, e.g. ',.0f' (with the layout's separators: 25.000, not 25k). */
  tickformat?: string;
  automargin?: boolean;
  range?: [number, number];
  fixedrange?: boolean;
  zeroline?: boolean;
  gridcolor?: string;
  tickfont?: { size?: number };
  /** d3-format of hover values, e.g. `,.0f` (with `separators: ',.'` that prints 1.234.567). */
  hoverformat?: string;
}

export interface ChartLayout {
  height?: number;
  margin?: { l?: number; r?: number; t?: number; b?: number };
  xaxis?: AxisLayout;
  yaxis?: AxisLayout;
  showlegend?: boolean;
  bargap?: number;
  font?: { family?: string; size?: number; color?: string };
  separators?: string;
  paper_bgcolor?: string;
  plot_bgcolor?: string;
  hoverlabel?: { font?: { family?: string; size?: number } };
  autosize?: boolean;
  shapes?: ChartShape[];
  legend?: { orientation?: 'h' | 'v'; x?: number; y?: number; xanchor?: 'left' | 'center' | 'right'; yanchor?: 'top' | 'middle' | 'bottom'; font?: { size?: number } };
  hovermode?: 'x' | 'closest' | false;
  clickmode?: 'event' | 'none';
  dragmode?: 'zoom' | 'pan' | false;
  boxmode?: 'group' | 'overlay';
}

export interface ChartConfig {
  displaylogo?: boolean;
  responsive?: boolean;
  displayModeBar?: boolean | 'hover';
  modeBarButtonsToRemove?: string[];
  toImageButtonOptions?: { format?: 'png' | 'svg'; filename?: string };
  locale?: string;
}

/** The part of a `plotly_click` event the charts read. */
export interface ChartClick {
  points: Array<{ x: number | string; y: number | string; curveNumber: number; pointIndex: number }>;
}

/** A chart element after Plotly has drawn into it: it can emit Plotly's events. */
export interface PlottedElement extends HTMLElement {
  on(event: 'plotly_click', handler: (event: ChartClick) => void): void;
}

/** What `import('plotly.js-dist-min')` resolves to (its default export). */
export interface PlotlyApi {
  react(element: HTMLElement, data: ChartTrace[], layout: ChartLayout, config: ChartConfig): Promise<PlottedElement>;
  purge(element: HTMLElement): void;
  Plots: { resize(element: HTMLElement): void };
}
