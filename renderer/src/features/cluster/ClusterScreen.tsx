import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { SweepResult } from '../../../../shared/api/contract-cluster';
import type { MissingReport } from '../../../../shared/cluster/missing';
import { useApiQuery } from '../../api/useApiQuery';
import { useJob } from '../../api/useJob';
import { useProject } from '../../app/ProjectContext';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Panel } from '../../components/Panel';
import { useT } from '../../i18n/I18nProvider';
import { K_RANGE, setupOfRun } from './cluster-config';
import { FeaturePicker } from './FeaturePicker';
import { FeaturePreviews } from './FeaturePreviews';
import { RowsAndMissing } from './RowsAndMissing';
import { RunView } from './RunView';
import { SavedRuns } from './SavedRuns';
import { SweepPanel } from './SweepPanel';
import { useClusterSetup, type ClusterSetup } from './useClusterSetup';
import { useOpenRun } from './useOpenRun';
import './cluster.css';

type Tab = 'setup' | 'result' | 'saved';

/** Step 1: which businesses, which features with which transforms, and their distributions before/after. */
function FeaturesPanel({ setup, report }: { setup: ClusterSetup; report: MissingReport | null }) {
  const t = useT();
  const { overview } = setup;
  return (
    <Panel title={t('cluster.features.title')} testId="features-panel" className="cluster-panel">
      <ErrorNotice error={setup.overviewError} onRetry={setup.reloadOverview} testId="features-error" />
      <RowsAndMissing
        facets={setup.facets}
        rowsChoice={setup.rows}
        onRows={setup.setRows}
        rows={overview?.rows ?? null}
        selected={setup.selected}
        missing={setup.missing}
        onMissing={setup.setMissing}
        report={report}
      />
      {overview ? (
        <>
          <p className="small muted panel-hint">{t('cluster.features.hint')}</p>
          <FeaturePicker features={overview.features} choices={setup.choices} onChange={setup.setChoice} />
          <h3 className="subheading">{t('cluster.preview.title')}</h3>
          <FeaturePreviews features={setup.selected} loading={setup.overviewLoading} />
        </>
      ) : (
        !setup.overviewError && <p className="muted">{t('app.loading')}</p>
      )}
    </Panel>
  );
}

/**
 * Klaster: choose rows, features and transforms (with previews), choose k from the k = 2…10 sweep,
 * run, then read the profiles, scatter, box plots and the kecamatan table, rename clusters, and reopen
 * or delete stored runs.
 */
export function ClusterScreen() {
  const t = useT();
  const { project, roundId, setRoundId } = useProject();
  if (!project) return null;
  if (project.rounds.length === 0 || roundId === null) {
    return <p className="muted" data-testid="cluster-no-rounds">{t('cluster.noRounds')}</p>;
  }
  return <ClusterWorkspace roundId={roundId} rounds={project.rounds} onRound={setRoundId} />;
}

function ClusterWorkspace({ roundId, rounds, onRound }: { roundId: number; rounds: ReadonlyArray<{ id: number; name: string }>; onRound: (id: number) => void }) {
  const t = useT();
  const setup = useClusterSetup(roundId);
  const runsQuery = useApiQuery('cluster:list', useMemo(() => ({}), []));
  const reloadRuns = runsQuery.reload;
  const openRun = useOpenRun(reloadRuns);
  // Leaving the screen cancels a running sweep or clustering: nobody would see its answer.
  const sweepJob = useJob('cluster:sweep', { idPrefix: 'pilih-k', abandonOnUnmount: true });
  const runJob = useJob('cluster:run', { idPrefix: 'klaster', abandonOnUnmount: true });
  const [tab, setTab] = useState<Tab>('setup');
  const rootRef = useRef<HTMLDivElement>(null);
  // Another tab starts at its top, not at the scroll position the previous one was left at.
  useEffect(() => {
    const scroller = rootRef.current?.closest('.screen');
    if (scroller) scroller.scrollTop = 0;
  }, [tab]);
  const [sweep, setSweep] = useState<{ result: SweepResult; key: string } | null>(null);
  const [chosenK, setChosenK] = useState(4);
  const sweepStale = sweep !== null && sweep.key !== setup.key;
  const canStart = setup.config.features.length > 0;

  const startSweep = useCallback(async () => {
    const key = setup.key;
    runJob.clearError();
    const result = await sweepJob.start({ ...setup.config, range: { ...K_RANGE } });
    if (!result) return;
    setSweep({ result, key });
    if (result.recommended) setChosenK(result.recommended.k);
  }, [setup.key, setup.config, sweepJob, runJob]);

  const startRun = useCallback(async () => {
    const token = sweep && sweep.key === setup.key ? sweep.result.sweep_token : null;
    sweepJob.clearError();
    const result = await runJob.start({ ...setup.config, k: chosenK, ...(token ? { sweepToken: token } : {}) });
    if (!result) return;
    openRun.show(result);
    reloadRuns();
    setTab('result');
  }, [sweep, setup.key, setup.config, chosenK, runJob, sweepJob, openRun, reloadRuns]);

  const openStored = useCallback(async (runId: number) => {
    if (await openRun.open(runId)) setTab('result');
  }, [openRun]);

  const adoptRunSetup = useCallback(() => {
    const run = openRun.run;
    if (!run) return;
    if (run.round_id !== roundId && rounds.some((r) => r.id === run.round_id)) onRound(run.round_id);
    setup.applyStored(setupOfRun(run));
    setChosenK(run.k);
    setTab('setup');
  }, [openRun.run, roundId, rounds, onRound, setup]);

  const runs = runsQuery.data ?? [];
  const busy = sweepJob.running || runJob.running;
  const tabs: Array<{ id: Tab; label: string; disabled: boolean }> = [
    { id: 'setup', label: t('cluster.tab.setup'), disabled: false },
    { id: 'result', label: openRun.run ? t('cluster.tab.resultOf', { k: openRun.run.k }) : t('cluster.tab.result'), disabled: !openRun.run },
    { id: 'saved', label: t('cluster.tab.saved', { count: runs.length }), disabled: false },
  ];

  return (
    <div className="cluster-screen" data-testid="cluster-screen" data-tab={tab} ref={rootRef}>
      <div className="data-toolbar cluster-toolbar">
        <h1>{t('cluster.title')}</h1>
        <label className="filter filter-inline">
          <span>{t('cluster.round')}</span>
          <select value={roundId} onChange={(e) => onRound(Number(e.target.value))} disabled={busy} data-testid="cluster-round-select">
            {rounds.map((round) => <option key={round.id} value={round.id}>{round.name}</option>)}
          </select>
        </label>
        <div className="segmented cluster-tabs" role="tablist">
          {tabs.map((item) => (
            <button
              key={item.id} type="button" role="tab" aria-selected={tab === item.id} disabled={item.disabled}
              className={`segmented-item${tab === item.id ? ' segmented-item-active' : ''}`}
              onClick={() => setTab(item.id)} data-testid={`cluster-tab-${item.id}`}
            >
              {item.label}
            </button>
          ))}
        </div>
      </div>
      <p className="muted cluster-intro">{t('cluster.intro')}</p>
      <ErrorNotice error={openRun.error} testId="cluster-action-error" />

      {tab === 'setup' && (
        <div className="cluster-setup" role="tabpanel">
          <FeaturesPanel setup={setup} report={sweep && !sweepStale ? sweep.result.missing : null} />
          <SweepPanel
            engine={setup.engine}
            onEngine={setup.setEngine}
            sweep={sweep?.result ?? null}
            sweepStale={sweepStale}
            sweepJob={sweepJob}
            onSweep={() => void startSweep()}
            chosenK={chosenK}
            onPick={setChosenK}
            runJob={runJob}
            onRun={() => void startRun()}
            canStart={canStart && !!setup.overview}
          />
        </div>
      )}
      {tab === 'result' && openRun.run && (
        <div role="tabpanel">
          <RunView run={openRun.run} onRenameCluster={openRun.renameCluster} onRenameRun={openRun.renameRun} onUseSetup={adoptRunSetup} />
        </div>
      )}
      {tab === 'saved' && (
        <div role="tabpanel">
          <Panel title={t('cluster.saved.title')} testId="saved-panel" className="cluster-panel">
            <ErrorNotice error={runsQuery.error} onRetry={reloadRuns} testId="saved-error" />
            {runsQuery.data && <SavedRuns runs={runs} openRunId={openRun.run?.run_id ?? null} onOpen={(id) => void openStored(id)} onDelete={openRun.remove} />}
            {openRun.loading && <p className="muted">{t('app.loading')}</p>}
          </Panel>
        </div>
      )}
    </div>
  );
}
