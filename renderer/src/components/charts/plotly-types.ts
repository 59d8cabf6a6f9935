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

export type ChartTrace = BarTrace | BoxTrace;

export interface AxisLayout {
  title?: { text: string; standoff?: number };
  type?: 'linear' | 'log' | 'category';
  tickvals?: number[];
  ticktext?: string[];
  tickangle?: number;
  /** Step between ticks; 1 on a category axis labels every category. */
  dtick?: number;
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
}

export interface ChartConfig {
  displaylogo?: boolean;
  responsive?: boolean;
  displayModeBar?: boolean | 'hover';
  modeBarButtonsToRemove?: string[];
  toImageButtonOptions?: { format?: 'png' | 'svg'; filename?: string };
  locale?: string;
}

/** What `import('plotly.js-dist-min')` resolves to (its default export). */
export interface PlotlyApi {
  react(element: HTMLElement, data: ChartTrace[], layout: ChartLayout, config: ChartConfig): Promise<unknown>;
  purge(element: HTMLElement): void;
  Plots: { resize(element: HTMLElement): void };
}
