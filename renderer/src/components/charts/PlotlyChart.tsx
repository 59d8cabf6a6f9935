import { useEffect, useRef, useState } from 'react';
import type { ChartClick, ChartLayout, ChartTrace, PlotlyApi } from './plotly-types';
import { BASE_CONFIG, BASE_LAYOUT } from './chart-axes';
import './charts.css';

let plotlyPromise: Promise<PlotlyApi> | null = null;

/**
 * Plotly is ~4.8 MB: it is loaded on first use (its own chunk), so the screens that have no chart
 * start fast. A failed load is forgotten, so the next chart tries again.
 */
function loadPlotly(): Promise<PlotlyApi> {
  plotlyPromise ??= import('plotly.js-dist-min').then((module) => module.default).catch((err: unknown) => {
    plotlyPromise = null;
    throw err;
  });
  return plotlyPromise;
}

type ChartState = 'loading' | 'ready' | 'error';

/**
 * One Plotly chart (SVG only) that can report clicks. `traces` and `layout` should be memoised by the
 * caller: each new object redraws. `data-state` on the wrapper says `loading`, `ready` or `error`, for
 * tests and screen readers; `data-rendered-key` copies `dataKey` once that drawing is on screen.
 */
export function PlotlyChart({ traces, layout, label, testId, height = 300, errorText, loadingText, dataKey = '', onClick }: {
  traces: ChartTrace[];
  layout: ChartLayout;
  /** What the chart shows, for screen readers (the numbers are in the table beside it). */
  label: string;
  testId?: string;
  height?: number;
  errorText: string;
  loadingText: string;
  /** Names what is drawn (e.g. the grouping); copied to `data-rendered-key` once that drawing is done. */
  dataKey?: string;
  /** Called with the clicked point(s); the cursor over the plot becomes a pointer. */
  onClick?: (event: ChartClick) => void;
}) {
  const plotRef = useRef<HTMLDivElement>(null);
  const clickRef = useRef(onClick);
  // True once Plotly has drawn into the element (and its click listener is attached).
  const drawnRef = useRef(false);
  const [state, setState] = useState<ChartState>('loading');
  const [renderedKey, setRenderedKey] = useState<string | null>(null);
  clickRef.current = onClick;

  useEffect(() => {
    let cancelled = false;
    const element = plotRef.current;
    if (!element) return;
    loadPlotly()
      .then((Plotly) => (cancelled ? null : Plotly.react(element, traces, { ...BASE_LAYOUT, ...layout, height }, BASE_CONFIG)))
      .then((drawn) => {
        if (cancelled || !drawn) return;
        // One listener per element; it calls whatever onClick is current.
        if (!drawnRef.current) {
          drawn.on('plotly_click', (event) => clickRef.current?.(event));
          drawnRef.current = true;
        }
        setState('ready');
        setRenderedKey(dataKey);
      })
      .catch(() => {
        if (!cancelled) setState('error');
      });
    return () => {
      cancelled = true;
    };
  }, [traces, layout, height, dataKey]);

  // Redraws at the container's width when the panel is resized (window, sidebar, layout change).
  useEffect(() => {
    const element = plotRef.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    let frame = 0;
    const observer = new ResizeObserver(() => {
      window.cancelAnimationFrame(frame);
      frame = window.requestAnimationFrame(() => {
        if (plotlyPromise && element.isConnected && drawnRef.current) void plotlyPromise.then((Plotly) => Plotly.Plots.resize(element)).catch(() => undefined);
      });
    });
    observer.observe(element);
    return () => {
      window.cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, []);

  useEffect(() => {
    const element = plotRef.current;
    return () => {
      if (element && plotlyPromise) void plotlyPromise.then((Plotly) => Plotly.purge(element)).catch(() => undefined);
      drawnRef.current = false;
    };
  }, []);

  return (
    <figure
      className={`chart${onClick ? ' chart-clickable' : ''}`}
      data-testid={testId}
      data-state={state}
      data-rendered-key={renderedKey ?? undefined}
      aria-label={label}
      aria-busy={state === 'loading'}
    >
      <div ref={plotRef} className="chart-plot" style={{ minHeight: height }} />
      {state === 'loading' && <p className="chart-status muted small">{loadingText}</p>}
      {state === 'error' && <p className="chart-status notice notice-error" role="alert">{errorText}</p>}
    </figure>
  );
}
