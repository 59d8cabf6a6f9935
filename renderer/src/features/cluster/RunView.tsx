import { useState } from 'react';
import type { ClusterRunDetail } from '../../../../shared/api/contract-cluster';
import { formatCount } from '../../components/format';
import { Panel } from '../../components/Panel';
import { useLanguage, useT } from '../../i18n/I18nProvider';
import { AssignPanel } from './AssignPanel';
import { BoxChart } from './BoxChart';
import { formatDecimal, recommendationReason } from './cluster-format';
import { InlineEdit } from './InlineEdit';
import { KChart } from './KChart';
import { KecamatanTable } from './KecamatanTable';
import { ProfileTable } from './ProfileTable';
import { ReproInfo } from './ReproInfo';
import { RunExport } from './RunExport';
import { ScatterChart } from './ScatterChart';

function Figure({ label, value, hint, testId }: { label: string; value: string; hint?: string; testId?: string }) {
  return (
    <div className="run-figure" title={hint} data-testid={testId}>
      <span className="run-figure-label">{label}</span>
      <span className="run-figure-value">{value}</span>
    </div>
  );
}

/**
 * A stored run: its name and headline figures, the cluster profiles (names editable), the PCA scatter,
 * box plots per cluster, the cluster × kecamatan table, what is needed to reproduce it, and the model
 * applied to other rounds.
 */
export function RunView({ run, onRenameCluster, onRenameRun, onUseSetup }: {
  run: ClusterRunDetail;
  onRenameCluster: (cluster: number, label: string) => Promise<boolean>;
  onRenameRun: (name: string) => Promise<boolean>;
  onUseSetup: () => void;
}) {
  const t = useT();
  const { lang } = useLanguage();
  // The stored k chart is drawn only once opened: Plotly cannot size a chart inside a closed <details>.
  const [sweepOpen, setSweepOpen] = useState(false);
  return (
    <div className="run-view" data-testid="run-view" data-run-id={run.run_id} data-k={run.k}>
      <header className="run-header">
        <h2 className="run-name">
          <InlineEdit value={run.name} onSave={onRenameRun} testId="run-name" editLabel={t('cluster.result.renameRun')} />
        </h2>
        <div className="run-figures">
          <Figure label={t('cluster.result.method')} value={`${t(`cluster.method.${run.method}`)}, k = ${run.k}`} />
          <Figure label={t('cluster.result.rows')} value={formatCount(run.rows)} testId="run-rows" />
          <Figure label={t('cluster.index.silhouette')} value={formatDecimal(run.silhouette, lang, 3)} hint={t('cluster.index.silhouetteNote')} />
          <Figure label={t('cluster.index.calinski')} value={formatCount(Math.round(run.calinski_harabasz))} hint={t('cluster.index.calinskiNote')} />
          <Figure label={t('cluster.index.davies')} value={formatDecimal(run.davies_bouldin, lang, 3)} hint={t('cluster.index.daviesNote')} />
          <Figure label={t('cluster.index.inertia')} value={formatCount(Math.round(run.inertia))} hint={t('cluster.index.inertiaNote')} />
          {run.stability?.mean !== null && run.stability !== null && (
            <Figure label={t('cluster.result.stability')} value={formatDecimal(run.stability.mean, lang, 2)} hint={t('cluster.result.stabilityHint')} />
          )}
        </div>
        <RunExport key={run.run_id} run={run} />
      </header>

      <Panel title={t('cluster.result.profiles')} testId="profiles-panel" className="cluster-panel">
        <p className="small muted panel-hint">{t('cluster.result.profilesHint')}</p>
        <ProfileTable clusters={run.clusters} onRename={onRenameCluster} />
      </Panel>

      <div className="run-charts">
        <section className="panel run-chart-panel"><div className="panel-body"><ScatterChart run={run} /></div></section>
        <section className="panel run-chart-panel"><div className="panel-body"><BoxChart run={run} /></div></section>
      </div>

      <div className="run-bottom">
        <Panel title={t('cluster.kecamatan.title')} testId="kecamatan-panel" className="cluster-panel">
          <KecamatanTable table={run.kecamatan_table} clusters={run.clusters} />
        </Panel>
        <Panel
          title={t('cluster.repro.title')}
          testId="repro-panel"
          className="cluster-panel"
          actions={<button type="button" className="button button-small" onClick={onUseSetup} data-testid="run-use-setup">{t('cluster.result.useSetup')}</button>}
        >
          <ReproInfo run={run} />
        </Panel>
      </div>

      <AssignPanel key={run.run_id} run={run} />

      {run.sweep && (
        <details className="panel run-sweep" data-testid="run-sweep" onToggle={(e) => setSweepOpen(e.currentTarget.open)}>
          <summary className="panel-header"><span className="panel-title">{t('cluster.result.sweep')}</span></summary>
          <div className="panel-body">
            {run.sweep.recommended && <p className="small">{recommendationReason(run.sweep, lang)}</p>}
            {sweepOpen && <KChart points={run.sweep.points} chosenK={run.k} recommendedK={run.sweep.recommended?.k ?? null} testId="run-k-chart" />}
          </div>
        </details>
      )}
    </div>
  );
}
