import type { ClusterMethod } from '../../../../shared/cluster/engine';
import { useT } from '../../i18n/I18nProvider';
import type { EngineChoice } from './cluster-config';
import { NumberInput } from './NumberInput';

/** A labelled integer input clamped to [min, max]. */
function IntegerField({ label, value, min, max, onChange, testId, hint }: {
  label: string;
  value: number;
  min: number;
  max: number;
  onChange: (v: number) => void;
  testId: string;
  hint?: string;
}) {
  return (
    <label className="filter" title={hint}>
      <span>{label}</span>
      <NumberInput integer value={value} min={min} max={max} onValue={onChange} className="engine-number" data-testid={testId} />
    </label>
  );
}

/** The methods of shared/cluster/engine.ts, listed here so the engine's code stays out of the UI bundle. */
const METHODS: readonly ClusterMethod[] = ['kmeans', 'kprototypes'];

const TOLERANCES: ReadonlyArray<[number, string]> = [[1e-2, '10⁻²'], [1e-3, '10⁻³'], [1e-4, '10⁻⁴'], [1e-5, '10⁻⁵'], [1e-6, '10⁻⁶']];

/** The offered tolerances, plus the current one when a stored run used another. */
function tolerances(current: number): ReadonlyArray<[number, string]> {
  return TOLERANCES.some(([v]) => v === current) ? TOLERANCES : [...TOLERANCES, [current, current.toExponential()]];
}

/** Method, seed, restarts, iteration cap and tolerance: everything besides k that decides a fit. */
export function EngineSettings({ engine, onChange, disabled }: { engine: EngineChoice; onChange: (next: EngineChoice) => void; disabled: boolean }) {
  const t = useT();
  return (
    <fieldset className="engine-settings filters" disabled={disabled} data-testid="engine-settings">
      <label className="filter" title={t('cluster.engine.methodHint')}>
        <span>{t('cluster.engine.method')}</span>
        <select value={engine.method} onChange={(e) => onChange({ ...engine, method: e.target.value as ClusterMethod })} data-testid="cluster-method">
          {METHODS.map((m) => <option key={m} value={m}>{t(`cluster.method.${m}`)}</option>)}
        </select>
      </label>
      <IntegerField label={t('cluster.engine.seed')} value={engine.seed} min={0} max={2 ** 31 - 1} onChange={(seed) => onChange({ ...engine, seed })} testId="cluster-seed" hint={t('cluster.engine.seedHint')} />
      <IntegerField label={t('cluster.engine.restarts')} value={engine.restarts} min={1} max={100} onChange={(restarts) => onChange({ ...engine, restarts })} testId="cluster-restarts" hint={t('cluster.engine.restartsHint')} />
      <IntegerField label={t('cluster.engine.maxIterations')} value={engine.maxIterations} min={1} max={10_000} onChange={(maxIterations) => onChange({ ...engine, maxIterations })} testId="cluster-max-iterations" />
      <label className="filter" title={t('cluster.engine.toleranceHint')}>
        <span>{t('cluster.engine.tolerance')}</span>
        <select value={engine.tolerance} onChange={(e) => onChange({ ...engine, tolerance: Number(e.target.value) })} data-testid="cluster-tolerance">
          {tolerances(engine.tolerance).map(([tol, text]) => <option key={tol} value={tol}>{text}</option>)}
        </select>
      </label>
    </fieldset>
  );
}
