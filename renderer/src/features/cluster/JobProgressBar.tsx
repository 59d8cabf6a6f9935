import type { JobProgress } from '../../../../shared/api/events';
import { useT, type Translate } from '../../i18n/I18nProvider';

/**
 * The clustering services name their phases in Indonesian (services/cluster/*, shared/cluster/engine.ts);
 * they are looked up here so the English UI can translate them. An unknown phase is shown as named.
 */
function describePhase(phase: string, t: Translate): string {
  const fit = /^Klaster k = (\d+)$/.exec(phase);
  if (fit) return t('cluster.phase.fit', { k: fit[1] as string });
  switch (phase) {
    case 'Memuat data':
      return t('cluster.phase.load');
    case 'Indeks validitas':
      return t('cluster.phase.indices');
    case 'Uji stabilitas':
      return t('cluster.phase.stability');
    case 'Profil klaster':
      return t('cluster.phase.profile');
    default:
      return phase;
  }
}

/** Progress of a sweep or a run: the phase, done / total when known, and Cancel. */
export function JobProgressBar({ progress, cancelling, onCancel, testId }: {
  progress: JobProgress | null;
  cancelling: boolean;
  onCancel: () => void;
  testId: string;
}) {
  const t = useT();
  const total = progress?.total ?? null;
  const done = progress?.done ?? 0;
  const percent = total ? Math.min(100, Math.round((done / total) * 100)) : null;
  return (
    <div className="cluster-progress" data-testid={testId} data-phase={progress?.phase ?? ''} role="status">
      <div className="cluster-progress-label">
        <strong>{progress ? describePhase(progress.phase, t) : t('cluster.job.starting')}</strong>
        {total !== null && <span className="muted"> {t('cluster.job.progress', { done, total })} ({percent}%)</span>}
      </div>
      <progress className="cluster-progress-bar" max={100} value={percent ?? undefined} aria-label={t('cluster.job.running')} />
      <button type="button" className="button" onClick={onCancel} disabled={cancelling} data-testid={`${testId}-cancel`}>
        {cancelling ? t('cluster.job.cancelling') : t('cluster.job.cancel')}
      </button>
    </div>
  );
}
