import type { DistributionView, FeatureOverview } from '../../../../shared/api/contract-cluster';
import { SECTORS, type Sector } from '../../../../shared/domain/business';
import { formatCount } from '../../components/format';
import { useLanguage, useT } from '../../i18n/I18nProvider';
import { formatDecimal, formatPercent, formatRawValue } from './cluster-format';
import { featureLabel } from './feature-labels';
import { MiniHistogram } from './MiniHistogram';

const BEFORE_COLOR = '#9aa7b6';
const AFTER_COLOR = '#1f5fa8';

/** How the "after" values were made, in words: "log(1 + x) → z-score, dipotong 1–99%". */
function describeApplied(feature: FeatureOverview, t: ReturnType<typeof useT>): string {
  const a = feature.applied;
  const steps: string[] = [];
  if (a.winsor) steps.push(t('cluster.preview.clipped', { low: a.winsor[0] * 100, high: a.winsor[1] * 100 }));
  if (a.transform === 'log') steps.push(t('cluster.transform.log'));
  if (a.scale !== 'none') steps.push(t(`cluster.scale.${a.scale}`));
  if (a.weight !== 1) steps.push(t('cluster.preview.weighted', { weight: a.weight }));
  return steps.length > 0 ? steps.join(' → ') : t('cluster.preview.unchanged');
}

function Distribution({ view, feature, side }: { view: DistributionView; feature: FeatureOverview; side: 'before' | 'after' }) {
  const t = useT();
  const { lang } = useLanguage();
  const { histogram, summary } = view;
  const raw = side === 'before';
  const low = raw ? formatRawValue(summary.min, feature.unit, lang) : formatDecimal(summary.min, lang);
  const high = raw ? formatRawValue(summary.max, feature.unit, lang) : formatDecimal(summary.max, lang);
  const name = featureLabel(feature.key, feature.label, t);
  return (
    <div className="preview-side">
      <div className="preview-side-title small">
        <strong>{raw ? t('cluster.preview.before') : t('cluster.preview.after')}</strong>
        <span className="muted preview-desc">{raw ? (feature.unit ? t('cluster.preview.rawUnit', { unit: feature.unit }) : t('cluster.preview.raw')) : describeApplied(feature, t)}</span>
      </div>
      <MiniHistogram
        histogram={histogram}
        color={raw ? BEFORE_COLOR : AFTER_COLOR}
        lowLabel={low}
        highLabel={high}
        label={t('cluster.preview.histLabel', { name, side: raw ? t('cluster.preview.before') : t('cluster.preview.after') })}
        testId={`feature-hist-${side}-${feature.key}`}
      />
      <div className="small muted" data-testid={`feature-skew-${side}-${feature.key}`} data-skew={view.skewness}>
        {t('cluster.preview.skew', { value: formatDecimal(view.skewness, lang) })}
      </div>
    </div>
  );
}

function LevelBars({ feature }: { feature: FeatureOverview }) {
  const t = useT();
  const { lang } = useLanguage();
  const levels = feature.levels ?? [];
  const total = levels.reduce((s, l) => s + l.count, 0);
  if (levels.length === 0) return <p className="muted small">{t('cluster.preview.noLevels')}</p>;
  const shown = levels.slice(0, 6);
  // Sector levels are stored as codes (perdagangan); other levels are shown as stored.
  const levelName = (level: string) => ((SECTORS as readonly string[]).includes(level) ? t(`data.sector.${level as Sector}`) : level);
  return (
    <div className="level-bars">
      <div className="preview-side-title small">
        <strong>{t('cluster.preview.levels')}</strong>{' '}
        <span className="muted">{t('cluster.preview.oneHot', { weight: formatDecimal(feature.applied.weight, lang, 1) })}</span>
      </div>
      {shown.map((l) => (
        <div key={l.level} className="level-bar small">
          <span className="level-name" title={l.level}>{levelName(l.level)}</span>
          <span className="level-track"><span className="level-fill" style={{ width: `${total ? (l.count / total) * 100 : 0}%` }} /></span>
          <span className="num">{formatPercent(total ? l.count / total : 0, lang)}</span>
        </div>
      ))}
      {levels.length > shown.length && <p className="muted small">{t('cluster.preview.moreLevels', { count: levels.length - shown.length })}</p>}
    </div>
  );
}

/** One card per chosen feature: its distribution before and after the transform (categories: their levels). */
export function FeaturePreviews({ features, loading }: { features: readonly FeatureOverview[]; loading: boolean }) {
  const t = useT();
  if (features.length === 0) return <p className="muted" data-testid="feature-previews-empty">{t('cluster.features.none')}</p>;
  return (
    <div className="preview-grid" data-testid="feature-previews" aria-busy={loading}>
      {features.map((f) => (
        <article key={f.key} className="preview-card" data-testid={`feature-preview-${f.key}`}>
          <h4 className="preview-title">
            {featureLabel(f.key, f.label, t)}
            <span className="muted small"> · {t('cluster.preview.available', { count: formatCount(f.available) })}</span>
          </h4>
          {f.kind === 'category' ? (
            <LevelBars feature={f} />
          ) : f.before && f.after ? (
            <div className="preview-sides">
              <Distribution view={f.before} feature={f} side="before" />
              <Distribution view={f.after} feature={f} side="after" />
            </div>
          ) : (
            <p className="muted small">{f.note ?? t('cluster.preview.noValues')}</p>
          )}
        </article>
      ))}
    </div>
  );
}
