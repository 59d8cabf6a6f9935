import type { ClusterProjectionView, ClusterRunDetail } from '../../../../shared/api/contract-cluster';
import { formatCount, formatDateTime } from '../../components/format';
import type { Language } from '../../i18n/define-messages';
import { useLanguage, useT, type Translate } from '../../i18n/I18nProvider';
import { clusterColor } from './cluster-colors';
import { clusterNumber, formatDecimal, formatPercent } from './cluster-format';
import { featureLabel } from './feature-labels';
import { KecamatanTable } from './KecamatanTable';
import { ProfileTable, type NamedProfile } from './ProfileTable';

/** A placement on screen: stored (with its date) or just computed, before the stored list is re-read. */
export type Placement = Omit<ClusterProjectionView, 'created_at'> & { created_at: string | null };

/** A share difference in percentage points, signed, one decimal (`+3,2`, `-0,4`, `0,0`). */
export function formatPoints(share: number, fitShare: number, lang: Language): string {
  const text = formatDecimal((share - fitShare) * 100, lang, 1);
  return /^[0.,]+$/.test(text) || text.startsWith('-') ? text : `+${text}`;
}

/** What happened to the rows with a missing model feature: left out or filled in, and per feature. */
function describeMissing(placement: Placement, run: ClusterRunDetail, t: Translate): string {
  const m = placement.missing;
  const filled = Object.values(m.imputed).reduce((a, b) => a + b, 0);
  let text: string;
  if (m.mode === 'drop' && m.dropped > 0) text = t('cluster.assign.dropped', { dropped: m.dropped, rowsIn: m.rows_in, used: m.rows_used });
  else if (m.mode === 'impute' && filled > 0) text = t('cluster.assign.imputed', { count: filled, group: t(`cluster.missing.group.${m.group}`), used: m.rows_used });
  else return t('cluster.assign.noneMissing', { rowsIn: m.rows_in });
  const labels = new Map(run.fitted_features.map((f) => [f.key, f.label]));
  const perFeature = Object.entries(m.missing_by_feature)
    .filter(([, count]) => count > 0)
    .map(([key, count]) => `${featureLabel(key, labels.get(key) ?? key, t)} ${formatCount(count)}`);
  return perFeature.length ? `${text} ${t('cluster.assign.missingBy', { list: perFeature.join(', ') })}` : text;
}

function Figure({ label, value, testId, raw }: { label: string; value: string; testId: string; raw: number }) {
  return (
    <div className="run-figure" data-testid={testId} data-value={raw}>
      <span className="run-figure-label">{label}</span>
      <span className="run-figure-value">{value}</span>
    </div>
  );
}

/** Each cluster's share when the model was fitted beside its share in the placed round, and the change. */
function ShareTable({ run, placement, clusters }: { run: ClusterRunDetail; placement: Placement; clusters: readonly NamedProfile[] }) {
  const t = useT();
  const { lang } = useLanguage();
  const widest = Math.max(...placement.shares, ...placement.fit_shares, 0.01);
  return (
    <div className="recap-scroll">
      <table className="table-plain share-table" data-testid="assign-share-table">
        <thead>
          <tr>
            <th>{t('cluster.assign.cluster')}</th>
            <th className="num">{run.round_name}</th>
            <th className="num">{placement.round_name}</th>
            <th className="num">{t('cluster.assign.change')}</th>
          </tr>
        </thead>
        <tbody>
          {clusters.map((c) => {
            const j = c.cluster;
            const share = placement.shares[j] ?? 0;
            const fit = placement.fit_shares[j] ?? 0;
            const diff = share - fit;
            return (
              <tr
                key={j} data-testid="assign-share-row" data-cluster={j} data-size={placement.sizes[j]}
                data-share={share} data-fit-share={fit}
              >
                <td>
                  <span className="cluster-chip" style={{ background: clusterColor(j) }} aria-hidden="true" />
                  <strong>{t('cluster.profile.cluster', { n: clusterNumber(j) })}</strong>
                  <div className="small muted share-label">{c.label}</div>
                </td>
                <td className="num">
                  {formatPercent(fit, lang)} <span className="small muted">({formatCount(run.sizes[j])})</span>
                  <span className="share-bar share-bar-fit" style={{ width: `${Math.round((fit / widest) * 100)}%` }} aria-hidden="true" />
                </td>
                <td className="num">
                  <span data-testid="assign-share">{formatPercent(share, lang)}</span>{' '}
                  <span className="small muted">(<span data-testid="assign-size">{formatCount(placement.sizes[j])}</span>)</span>
                  <span className="share-bar" style={{ width: `${Math.round((share / widest) * 100)}%`, background: clusterColor(j) }} aria-hidden="true" />
                </td>
                <td className={`num share-change${diff >= 0.0005 ? ' share-up' : diff <= -0.0005 ? ' share-down' : ''}`} data-testid="assign-change">
                  {t('cluster.assign.points', { value: formatPoints(share, fit, lang) })}
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th>{t('cluster.kecamatan.total')}</th>
            <td className="num">{formatCount(run.rows)}</td>
            <td className="num">{formatCount(placement.rows)}</td>
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/**
 * A round placed on a run's centroids: how many businesses were placed and what happened to those with
 * missing values, each cluster's share then and now, the profiles of the placed businesses and where
 * they are. Cluster names are the run's current ones (a rename shows here at once).
 */
export function PlacementView({ run, placement }: { run: ClusterRunDetail; placement: Placement }) {
  const t = useT();
  const { lang } = useLanguage();
  const clusters: NamedProfile[] = placement.clusters.map((c) => {
    const own = run.clusters.find((v) => v.cluster === c.cluster);
    const label = own?.label ?? placement.labels[c.cluster] ?? t('cluster.profile.cluster', { n: clusterNumber(c.cluster) });
    return { ...c, label, generated_label: own?.generated_label ?? label };
  });
  const m = placement.missing;
  const filled = Object.values(m.imputed).reduce((a, b) => a + b, 0);
  return (
    <div
      className="assign-result" data-testid="assign-result" data-round-id={placement.round_id} data-rows={placement.rows}
      data-input-hash={placement.input_hash}
    >
      <h3 className="assign-result-title">{t('cluster.assign.resultTitle', { round: placement.round_name })}</h3>
      <div className="run-figures">
        <Figure label={t('cluster.assign.placed')} value={formatCount(placement.rows)} raw={placement.rows} testId="assign-rows" />
        <Figure label={t('cluster.assign.rowsIn')} value={formatCount(m.rows_in)} raw={m.rows_in} testId="assign-rows-in" />
        {m.mode === 'drop'
          ? <Figure label={t('cluster.assign.notPlaced')} value={formatCount(m.dropped)} raw={m.dropped} testId="assign-dropped" />
          : <Figure label={t('cluster.assign.filled')} value={formatCount(filled)} raw={filled} testId="assign-filled" />}
        {placement.created_at && (
          <div className="run-figure">
            <span className="run-figure-label">{t('cluster.assign.appliedCol')}</span>
            <span className="run-figure-value">{formatDateTime(placement.created_at, lang)}</span>
          </div>
        )}
      </div>
      <p className="small assign-missing" data-testid="assign-missing">{describeMissing(placement, run, t)}</p>
      <div className="assign-tables">
        <section>
          <h4 className="subheading">{t('cluster.assign.shares')}</h4>
          <ShareTable run={run} placement={placement} clusters={clusters} />
          <p className="small muted">{t('cluster.assign.sharesHint', { round: placement.round_name, fitRound: run.round_name })}</p>
        </section>
        <section>
          <h4 className="subheading">{t('cluster.assign.kecamatan', { round: placement.round_name })}</h4>
          <KecamatanTable table={placement.kecamatan_table} clusters={clusters} testIdPrefix="assign-" />
        </section>
      </div>
      <h4 className="subheading">{t('cluster.assign.profiles')}</h4>
      <p className="small muted panel-hint">{t('cluster.assign.profilesHint')}</p>
      <ProfileTable clusters={clusters} testIdPrefix="assign-" />
    </div>
  );
}
