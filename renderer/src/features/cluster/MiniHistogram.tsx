import type { Histogram } from '../../../../shared/cluster/quantiles';

const WIDTH = 220;
const HEIGHT = 56;

/**
 * A small histogram drawn as plain SVG (no Plotly: a dozen of these appear at once and redraw on every
 * setting change). Bars share the tallest bin's scale; the lowest and highest values label the ends.
 */
export function MiniHistogram({ histogram, color, lowLabel, highLabel, label, testId }: {
  histogram: Histogram;
  color: string;
  lowLabel: string;
  highLabel: string;
  /** What it shows, for screen readers. */
  label: string;
  testId?: string;
}) {
  const { counts } = histogram;
  const tallest = counts.reduce((a, b) => Math.max(a, b), 0);
  const barWidth = counts.length > 0 ? WIDTH / counts.length : WIDTH;
  return (
    <div className="mini-hist" data-testid={testId}>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" height={HEIGHT} preserveAspectRatio="none" role="img" aria-label={label}>
        <line x1={0} y1={HEIGHT - 0.5} x2={WIDTH} y2={HEIGHT - 0.5} stroke="#b7c0cc" strokeWidth={1} />
        {counts.map((count, i) => {
          const h = tallest > 0 ? (count / tallest) * (HEIGHT - 2) : 0;
          return <rect key={i} x={i * barWidth + 0.5} y={HEIGHT - 1 - h} width={Math.max(barWidth - 1, 0.5)} height={h} fill={color} />;
        })}
      </svg>
      <div className="mini-hist-axis small muted">
        <span>{lowLabel}</span>
        <span>{highLabel}</span>
      </div>
    </div>
  );
}
