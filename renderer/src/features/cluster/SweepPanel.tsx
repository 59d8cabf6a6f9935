import type { SweepResult } from '../../../../shared/api/contract-cluster';
import type { ApiError } from '../../../../shared/api/result';
import type { Job } from '../../api/useJob';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Panel } from '../../components/Panel';
import { useLanguage, useT } from '../../i18n/I18nProvider';
import { recommendationReason } from './cluster-format';
import { K_RANGE, K_VALUES, type EngineChoice } from './cluster-config';
import { EngineSettings } from './EngineSettings';
import { JobProgressBar } from './JobProgressBar';
import { KChart } from './KChart';
import { SweepTable } from './SweepTable';

/** A failed job's notice, or the quiet "cancelled" line when the user stopped it. */
export function JobOutcome({ error, testId }: { error: ApiError | null; testId: string }) {
  const t = useT();
  if (!error) return null;
  if (error.code === 'CANCELLED') {
    return <div className="notice notice-info" role="status" data-testid={`${testId}-cancelled`}>{t('cluster.job.cancelled')}</div>;
  }
  return <ErrorNotice error={error} testId={`${testId}-error`} />;
}

function SilhouetteNote({ sweep }: { sweep: SweepResult }) {
  const t = useT();
  const s = sweep.silhouette;
  return (
    <p className="small muted" data-testid="sweep-silhouette-info">
      {s.exact ? t('cluster.sweep.silhouetteExact', { rows: sweep.rows }) : t('cluster.sweep.silhouetteSample', { size: s.sample_size, rows: sweep.rows, seed: s.sample_seed })}
    </p>
  );
}

/**
 * Step 2 and 3: engine settings, the k = 2…10 sweep (progress, cancel) with its chart, table and
 * recommended k, the choice of k (chart click, table row or list) and the run itself.
 */
export function SweepPanel({ engine, onEngine, sweep, sweepStale, sweepJob, onSweep, chosenK, onPick, runJob, onRun, canStart }: {
  engine: EngineChoice;
  onEngine: (next: EngineChoice) => void;
  sweep: SweepResult | null;
  /** True when the settings changed after the sweep: its chart no longer describes them. */
  sweepStale: boolean;
  sweepJob: Job<'cluster:sweep'>;
  onSweep: () => void;
  chosenK: number;
  onPick: (k: number) => void;
  runJob: Job<'cluster:run'>;
  onRun: () => void;
  canStart: boolean;
}) {
  const t = useT();
  const { lang } = useLanguage();
  const busy = sweepJob.running || runJob.running;
  const recommendedK = sweep?.recommended?.k ?? null;
  return (
    <Panel title={t('cluster.sweep.title')} testId="sweep-panel" className="cluster-panel">
      <EngineSettings engine={engine} onChange={onEngine} disabled={busy} />
      <div className="job-row">
        {sweepJob.running ? (
          <JobProgressBar progress={sweepJob.progress} cancelling={sweepJob.cancelling} onCancel={() => void sweepJob.cancel()} testId="sweep-progress" />
        ) : (
          <>
            <button type="button" className="button button-primary" onClick={onSweep} disabled={busy || !canStart} data-testid="sweep-start">
              {t('cluster.sweep.start', { kMin: K_RANGE.kMin, kMax: K_RANGE.kMax })}
            </button>
            <span className="muted small">{t('cluster.sweep.startHint', { restarts: engine.restarts })}</span>
          </>
        )}
      </div>
      <JobOutcome error={sweepJob.error} testId="sweep" />
      {sweep && (
        <div className={`sweep-result${sweepStale ? ' sweep-result-stale' : ''}`} data-testid="sweep-result" data-stale={sweepStale}>
          {sweepStale && <div className="notice notice-warning" role="status" data-testid="sweep-stale">{t('cluster.sweep.stale')}</div>}
          {sweep.recommended && (
            <div className="recommendation" data-testid="k-recommended" data-k={sweep.recommended.k}>
              <strong>{t('cluster.sweep.recommended', { k: sweep.recommended.k })}</strong>
              <span>{recommendationReason(sweep, lang)}</span>
            </div>
          )}
          <p className="small">{t('cluster.sweep.pickHint')}</p>
          <KChart points={sweep.points} chosenK={chosenK} recommendedK={recommendedK} onPick={busy ? undefined : onPick} />
          <SilhouetteNote sweep={sweep} />
          <SweepTable points={sweep.points} chosenK={chosenK} recommendedK={recommendedK} onPick={busy ? undefined : onPick} />
        </div>
      )}
      <div className="job-row run-row">
        <label className="filter filter-inline">
          <span>{t('cluster.run.k')}</span>
          <select value={chosenK} onChange={(e) => onPick(Number(e.target.value))} disabled={busy} data-testid="k-select">
            {K_VALUES.map((k) => (
              <option key={k} value={k}>{k === recommendedK ? t('cluster.run.kRecommended', { k }) : String(k)}</option>
            ))}
          </select>
        </label>
        {runJob.running ? (
          <JobProgressBar progress={runJob.progress} cancelling={runJob.cancelling} onCancel={() => void runJob.cancel()} testId="run-progress" />
        ) : (
          <>
            <button type="button" className="button button-primary" onClick={onRun} disabled={busy || !canStart} data-testid="cluster-run-start">
              {t('cluster.run.start', { k: chosenK })}
            </button>
            {(!sweep || sweepStale) && <span className="muted small">{t('cluster.run.withoutSweep')}</span>}
          </>
        )}
      </div>
      <JobOutcome error={runJob.error} testId="run" />
    </Panel>
  );
}
