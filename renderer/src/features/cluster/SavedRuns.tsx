import { useState } from 'react';
import type { ClusterRunSummary } from '../../../../shared/api/contract-cluster';
import { formatCount, formatDateTime } from '../../components/format';
import { useLanguage, useT } from '../../i18n/I18nProvider';
import { formatDecimal } from './cluster-format';
import { featureLabel } from './feature-labels';

/** Delete asks once more in place (no browser dialog): the run and its assignments go for good. */
function DeleteButton({ run, onDelete }: { run: ClusterRunSummary; onDelete: (runId: number) => Promise<boolean> }) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!confirming) {
    return (
      <button type="button" className="button button-small" onClick={() => setConfirming(true)} data-testid="saved-run-delete">
        {t('cluster.saved.delete')}
      </button>
    );
  }
  return (
    <span className="confirm-delete">
      <span className="small">{t('cluster.saved.confirm')}</span>
      <button
        type="button" className="button button-small button-danger" disabled={busy} data-testid="saved-run-delete-confirm"
        onClick={() => {
          setBusy(true);
          void onDelete(run.run_id).then((ok) => {
            setBusy(false);
            if (!ok) setConfirming(false);
          });
        }}
      >
        {t('cluster.saved.deleteYes')}
      </button>
      <button type="button" className="button button-small" disabled={busy} onClick={() => setConfirming(false)} data-testid="saved-run-delete-cancel">
        {t('cluster.edit.cancel')}
      </button>
    </span>
  );
}

/** The runs stored in the project, newest first: open one, or delete it. */
export function SavedRuns({ runs, openRunId, onOpen, onDelete }: {
  runs: readonly ClusterRunSummary[];
  openRunId: number | null;
  onOpen: (runId: number) => void;
  onDelete: (runId: number) => Promise<boolean>;
}) {
  const t = useT();
  const { lang } = useLanguage();
  if (runs.length === 0) return <p className="muted" data-testid="saved-runs-empty">{t('cluster.saved.empty')}</p>;
  return (
    <div className="recap-scroll">
      <table className="table-plain saved-runs" data-testid="saved-runs">
        <thead>
          <tr>
            <th>{t('cluster.saved.name')}</th>
            <th>{t('cluster.saved.round')}</th>
            <th>{t('cluster.saved.method')}</th>
            <th className="num">{t('cluster.result.rows')}</th>
            <th className="num">{t('cluster.index.silhouette')}</th>
            <th>{t('cluster.saved.created')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {runs.map((run) => (
            <tr key={run.run_id} className={run.run_id === openRunId ? 'saved-run-open' : ''} data-testid="saved-run" data-run-id={run.run_id}>
              <td>
                <div className="saved-run-name" data-testid="saved-run-name">{run.name}</div>
                <div className="small muted">{run.features.map((k) => featureLabel(k, k, t)).join(', ')}</div>
              </td>
              <td>{run.round_name}</td>
              <td className="nowrap">{t(`cluster.method.${run.method}`)}, k = {run.k}</td>
              <td className="num">{formatCount(run.rows)}</td>
              <td className="num">{formatDecimal(run.silhouette, lang, 3)}</td>
              <td className="small">{formatDateTime(run.created_at, lang)}</td>
              <td className="saved-run-actions">
                <button type="button" className="button button-small button-primary" onClick={() => onOpen(run.run_id)} data-testid="saved-run-open">
                  {t('cluster.saved.open')}
                </button>
                <DeleteButton run={run} onDelete={onDelete} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
