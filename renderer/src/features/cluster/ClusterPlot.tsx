import { useEffect, useRef, useState } from 'react';
import { BASE_CONFIG, BASE_LAYOUT } from '../../components/charts/chart-axes';
import '../../components/charts/charts.css';
import type { PlotClick, PlotElement, PlotLayout, PlotlyForCluster, PlotTrace } from './plot-types';

let plotlyPromise: Promise<PlotlyForCluster> | null = null;

/**
 * Loads Plotly on first use, in its own chunk (the same module the shared chart wrapper loads, so it
 * is fetched once). The bundle is seen through this screen's wider types: scatter traces and clicks.
 */
function loadPlotly(): Promise<PlotlyForCluster> {
  plotlyPromise ??= import('plotly.js-dist-min')
    .then((module) => module.default as unknown as PlotlyForCluster)
    .catch((err: unknown) => {
      plotlyPromise = null;
      throw err;
    });
  return plotlyPromise;
}

type PlotState = 'loading' | 'ready' | 'error';

/**
 * A Plotly chart (SVG traces only) that can report clicks. `traces` and `layout` should be memoised by
 * the caller: each new object redraws. `data-state` says `loading`, `ready` or `error` (tests, screen
 * readers); `data-rendered-key` copies `dataKey` once that drawing is on screen.
 */
export function ClusterPlot({ traces, layout, label, testId, height, errorText, loadingText, onClick, dataKey = '' }: {
  traces: PlotTrace[];
  layout: PlotLayout;
  label: string;
  testId?: string;
  height: number;
  errorText: string;
  loadingText: string;
  onClick?: (event: PlotClick) => void;
  dataKey?: string;
}) {
  const plotRef = useRef<HTMLDivElement>(null);
  const clickRef = useRef(onClick);
  const listening = useRef(false);
  const [state, setState] = useState<PlotState>('loading');
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
        if (!listening.current) {
          (drawn as PlotElement).on('plotly_click', (event) => clickRef.current?.(event));
          listening.current = true;
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

  // Redraws at the container's width when the layout around it changes.
  useEffect(() => {
    const element = plotRef.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    let frame = 0;
    const observer = new ResizeObserver(() => {
      window.cancelAnimationFrame(frame);
      frame = window.requestAnimationFrame(() => {
        if (plotlyPromise && element.isConnected && listening.current) void plotlyPromise.then((P) => P.Plots.resize(element)).catch(() => undefined);
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
      if (element && plotlyPromise) void plotlyPromise.then((P) => P.purge(element)).catch(() => undefined);
      listening.current = false;
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
