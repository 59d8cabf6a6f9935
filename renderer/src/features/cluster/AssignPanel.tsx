import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ClusterProjectionView, ClusterRunDetail } from '../../../../shared/api/contract-cluster';
import type { BusinessFilter } from '../../../../shared/api/contract-data';
import type { ApiError } from '../../../../shared/api/result';
import { useApi } from '../../api/ApiContext';
import { useJob } from '../../api/useJob';
import { useProject } from '../../app/ProjectContext';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatCount, formatDateTime } from '../../components/format';
import { Panel } from '../../components/Panel';
import { useLanguage, useT } from '../../i18n/I18nProvider';
import { JobProgressBar } from './JobProgressBar';
import { PlacementView, type Placement } from './PlacementView';
import { describeLimits } from './ReproInfo';
import { JobOutcome } from './SweepPanel';

/** The run's filter moved to another round: its limits (kecamatan, sector, …) kept when asked, else the whole round. */
function filterFor(run: ClusterRunDetail, roundId: number, sameLimits: boolean): BusinessFilter {
  return sameLimits ? { ...run.filter, roundId } : { roundId };
}

/** The placements stored in the project: round, limits, rows placed, when; one is shown below. */
function StoredPlacements({ run, stored, shown, onShow }: {
  run: ClusterRunDetail;
  stored: readonly ClusterProjectionView[];
  shown: number | null;
  onShow: (roundId: number) => void;
}) {
  const t = useT();
  const { lang } = useLanguage();
  if (stored.length === 0) return <p className="muted small" data-testid="assign-stored-empty">{t('cluster.assign.storedEmpty')}</p>;
  return (
    <div className="recap-scroll">
      <table className="table-plain assign-stored" data-testid="assign-stored">
        <thead>
          <tr>
            <th>{t('cluster.assign.round')}</th>
            <th>{t('cluster.assign.limits')}</th>
            <th className="num">{t('cluster.assign.placedCol')}</th>
            <th>{t('cluster.assign.appliedCol')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {stored.map((p) => {
            const limits = describeLimits(p.filter, [...run.kecamatan_table.areas, ...p.kecamatan_table.areas], t);
            const isShown = p.round_id === shown;
            return (
              <tr key={p.round_id} className={isShown ? 'saved-run-open' : ''} data-testid="assign-stored-row" data-round-id={p.round_id} data-rows={p.rows}>
                <td className="saved-run-name">{p.round_name}</td>
                <td className="small">{limits.length ? limits.join('; ') : t('cluster.assign.allRows')}</td>
                <td className="num">{formatCount(p.rows)}</td>
                <td className="small">{formatDateTime(p.created_at, lang)}</td>
                <td className="saved-run-actions">
                  <button
                    type="button" className="button button-small" disabled={isShown} onClick={() => onShow(p.round_id)}
                    data-testid="assign-stored-show"
                  >
                    {isShown ? t('cluster.assign.shown') : t('cluster.assign.show')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/**
 * "Terapkan ke putaran lain": places another round of the project on this run's centroids as a job
 * (progress, cancel), shows the placement, and lists the placements stored with the run so they can be
 * shown again after the project is reopened. Leaving the result cancels a running placement.
 */
export function AssignPanel({ run }: { run: ClusterRunDetail }) {
  const t = useT();
  const api = useApi();
  const { project } = useProject();
  const job = useJob('cluster:assign', { idPrefix: 'terapkan', abandonOnUnmount: true });
  const others = useMemo(
    () => (project?.rounds ?? []).filter((r) => r.id !== run.round_id).sort((a, b) => b.id - a.id),
    [project, run.round_id],
  );
  const [picked, setPicked] = useState<number | null>(null);
  const roundId = others.some((r) => r.id === picked) ? picked : (others[0]?.id ?? null);
  const limitWords = describeLimits(run.filter, run.kecamatan_table.areas, t);
  const [sameLimits, setSameLimits] = useState(true);

  // The list starts as `cluster:get` returned it and is re-read after each placement.
  const [stored, setStored] = useState<ClusterProjectionView[]>(run.projections);
  useEffect(() => setStored(run.projections), [run.projections]);
  const [shown, setShown] = useState<number | null>(run.projections[0]?.round_id ?? null);
  const [fresh, setFresh] = useState<Placement | null>(null);
  const [rereadError, setRereadError] = useState<ApiError | null>(null);
  const placed = new Set(stored.map((p) => p.round_id));
  const replacing = roundId !== null && placed.has(roundId);

  const apply = useCallback(async () => {
    if (roundId === null) return;
    const filter = filterFor(run, roundId, sameLimits && limitWords.length > 0);
    setRereadError(null);
    const result = await job.start({ runId: run.run_id, filter });
    if (!result) return;
    setFresh({ ...result, round_name: others.find((r) => r.id === roundId)?.name ?? '', filter, created_at: null });
    setShown(result.round_id);
    const reread = await api.invoke('cluster:get', { runId: run.run_id });
    if (!reread.ok) {
      setRereadError(reread.error);
      return;
    }
    setStored(reread.data.projections);
    setFresh(null);
  }, [api, job, run, roundId, sameLimits, limitWords.length, others]);

  const show = useCallback((id: number) => {
    setFresh(null);
    setShown(id);
  }, []);

  const placement: Placement | null = fresh && fresh.round_id === shown ? fresh : (stored.find((p) => p.round_id === shown) ?? null);
  return (
    <Panel title={t('cluster.assign.title')} testId="assign-panel" className="cluster-panel assign-panel">
      <p className="small muted panel-hint">{t('cluster.assign.hint')}</p>
      {others.length === 0 ? (
        <div className="notice notice-info" role="status" data-testid="assign-no-rounds">{t('cluster.assign.noOtherRounds')}</div>
      ) : (
        <div className="job-row assign-row">
          <label className="filter filter-inline">
            <span>{t('cluster.assign.round')}</span>
            <select
              value={roundId ?? ''} onChange={(e) => setPicked(Number(e.target.value))} disabled={job.running}
              data-testid="assign-round-select"
            >
              {others.map((r) => (
                <option key={r.id} value={r.id}>
                  {t(placed.has(r.id) ? 'cluster.assign.roundPlaced' : 'cluster.assign.roundOption', { name: r.name, count: r.business_count })}
                </option>
              ))}
            </select>
          </label>
          {limitWords.length > 0 && (
            <label className="check-inline small">
              <input
                type="checkbox" checked={sameLimits} onChange={(e) => setSameLimits(e.target.checked)} disabled={job.running}
                data-testid="assign-same-limits"
              />
              {t('cluster.assign.sameLimits', { limits: limitWords.join('; ') })}
            </label>
          )}
          {job.running ? (
            <JobProgressBar progress={job.progress} cancelling={job.cancelling} onCancel={() => void job.cancel()} testId="assign-progress" />
          ) : (
            <>
              <button type="button" className="button button-primary" onClick={() => void apply()} disabled={roundId === null} data-testid="assign-start">
                {replacing ? t('cluster.assign.restart') : t('cluster.assign.start')}
              </button>
              {replacing && <span className="small muted">{t('cluster.assign.replaces')}</span>}
            </>
          )}
        </div>
      )}
      <JobOutcome error={job.error} testId="assign" />
      <ErrorNotice error={rereadError} testId="assign-reread-error" />
      <h3 className="subheading">{t('cluster.assign.stored')}</h3>
      <StoredPlacements run={run} stored={stored} shown={placement ? shown : null} onShow={show} />
      {placement && <PlacementView run={run} placement={placement} />}
    </Panel>
  );
}
