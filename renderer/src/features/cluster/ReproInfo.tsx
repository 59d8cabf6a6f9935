import type { ClusterRunDetail, FittedFeatureView } from '../../../../shared/api/contract-cluster';
import type { BusinessFilter } from '../../../../shared/api/contract-data';
import type { AreaName } from '../../../../shared/cluster/profiles';
import { formatCount, formatDateTime } from '../../components/format';
import type { Language } from '../../i18n/define-messages';
import { useLanguage, useT, type Translate } from '../../i18n/I18nProvider';
import { formatDecimal, formatNumber, formatPercent, formatRawValue } from './cluster-format';
import { featureLabel } from './feature-labels';

/** One fitted feature in words, with the parameters learnt from the data (enough to redo it by hand). */
function describeFitted(f: FittedFeatureView, t: Translate, lang: Language): string {
  const parts: string[] = [];
  if (f.kind === 'category') {
    parts.push(t('cluster.repro.oneHot', { levels: f.levels.length }));
  } else {
    if (f.winsor) {
      parts.push(t('cluster.repro.winsor', {
        low: formatNumber(f.winsor[0] * 100, lang, 2), high: formatNumber(f.winsor[1] * 100, lang, 2),
        from: f.clip_low === null ? '—' : formatRawValue(f.clip_low, f.unit, lang), to: f.clip_high === null ? '—' : formatRawValue(f.clip_high, f.unit, lang),
      }));
    }
    if (f.transform === 'log') parts.push(t('cluster.transform.log'));
    if (f.scale !== 'none') {
      parts.push(t('cluster.repro.scaled', { scale: t(`cluster.scale.${f.scale}`), center: formatDecimal(f.center, lang, 4), spread: formatDecimal(f.spread, lang, 4) }));
    }
  }
  parts.push(t('cluster.repro.weight', { weight: formatNumber(f.weight, lang, 2) }));
  return parts.join('; ');
}

/** A filter's limits besides its round, in words (kecamatan by name where the table knows it); empty when none. */
export function describeLimits(filter: BusinessFilter, areas: readonly AreaName[], t: Translate): string[] {
  const parts: string[] = [];
  const areaNames = new Map(areas.map((a) => [a.code, a.name]));
  if (filter.kecamatan?.length) parts.push(t('cluster.repro.kecamatan', { names: filter.kecamatan.map((c) => areaNames.get(c) ?? c).join(', ') }));
  if (filter.kelurahan?.length) parts.push(t('cluster.repro.kelurahan', { codes: filter.kelurahan.join(', ') }));
  if (filter.sector?.length) parts.push(t('cluster.repro.sector', { names: filter.sector.map((s) => t(`data.sector.${s}`)).join(', ') }));
  if (filter.status?.length) parts.push(t('cluster.repro.status', { names: filter.status.join(', ') }));
  if (filter.search) parts.push(t('cluster.repro.search', { text: filter.search }));
  return parts;
}

/** The row filter in words. */
function describeFilter(run: ClusterRunDetail, t: Translate): string {
  return [t('cluster.repro.round', { name: run.round_name }), ...describeLimits(run.filter, run.kecamatan_table.areas, t)].join('; ');
}

function describeMissing(run: ClusterRunDetail, t: Translate): string {
  const m = run.missing;
  if (m.mode === 'drop') return t('cluster.repro.dropped', { dropped: m.dropped, rowsIn: m.rows_in, used: m.rows_used });
  const filled = Object.values(m.imputed).reduce((a, b) => a + b, 0);
  return t('cluster.repro.imputed', { count: filled, group: t(`cluster.missing.group.${m.group}`), used: m.rows_used });
}

/** Everything needed to reproduce a run: features and transforms, rows, method, k, seed, input hash, versions. */
export function ReproInfo({ run }: { run: ClusterRunDetail }) {
  const t = useT();
  const { lang } = useLanguage();
  const s = run.silhouette_info;
  return (
    <dl className="facts repro-facts" data-testid="repro-info" data-input-hash={run.input_hash}>
      <dt>{t('cluster.repro.features')}</dt>
      <dd>
        <ul className="repro-features" data-testid="repro-features">
          {run.fitted_features.map((f) => (
            <li key={f.key} data-key={f.key}><strong>{featureLabel(f.key, f.label, t)}</strong>: {describeFitted(f, t, lang)}</li>
          ))}
        </ul>
      </dd>
      <dt>{t('cluster.repro.rows')}</dt>
      <dd data-testid="repro-filter">{describeFilter(run, t)}</dd>
      <dt>{t('cluster.repro.missing')}</dt>
      <dd data-testid="repro-missing">{describeMissing(run, t)}</dd>
      <dt>{t('cluster.repro.method')}</dt>
      <dd data-testid="repro-method">
        {t('cluster.repro.methodDetail', {
          method: t(`cluster.method.${run.method}`), k: run.k, seed: String(run.seed), restarts: run.restarts,
          maxIterations: run.max_iterations, tolerance: run.tolerance.toExponential(),
        })}
      </dd>
      <dt>{t('cluster.repro.convergence')}</dt>
      <dd>{run.converged ? t('cluster.repro.converged', { iterations: run.iterations }) : t('cluster.repro.notConverged', { iterations: run.iterations })}</dd>
      <dt>{t('cluster.repro.silhouette')}</dt>
      <dd>{s.exact ? t('cluster.sweep.silhouetteExact', { rows: run.rows }) : t('cluster.sweep.silhouetteSample', { size: s.sample_size, rows: run.rows, seed: String(s.sample_seed) })}</dd>
      <dt>{t('cluster.repro.stability')}</dt>
      <dd data-testid="repro-stability">
        {run.restart_agreement !== null && t('cluster.repro.restartAgreement', { value: formatDecimal(run.restart_agreement, lang) })}
        {run.stability?.mean !== null && run.stability !== null && (
          <> {t('cluster.repro.seedStability', { value: formatDecimal(run.stability.mean, lang), seeds: run.stability.seeds.join(', ') })}</>
        )}
      </dd>
      <dt>{t('cluster.repro.inputHash')}</dt>
      <dd className="path" data-testid="repro-hash">{run.input_hash}</dd>
      <dt>{t('cluster.repro.versions')}</dt>
      <dd data-testid="repro-versions">
        {Object.entries(run.versions).map(([name, version]) => (
          <div key={name} className="small"><span className="muted">{name}:</span> {version}</div>
        ))}
      </dd>
      <dt>{t('cluster.repro.created')}</dt>
      <dd>{formatDateTime(run.created_at, lang)} · {t('cluster.repro.rowsUsed', { rows: formatCount(run.rows), share: formatPercent(run.missing.rows_in ? run.rows / run.missing.rows_in : null, lang) })}</dd>
    </dl>
  );
}
