import type { FeatureOverview } from '../../../../shared/api/contract-cluster';
import { FEATURE_SCALES, FEATURE_TRANSFORMS, type FeatureScale, type FeatureTransform } from '../../../../shared/cluster/features';
import { formatCount } from '../../components/format';
import { useT } from '../../i18n/I18nProvider';
import { DEFAULT_WINSOR, isNumericKind, type FeatureChoice } from './cluster-config';
import { featureLabel } from './feature-labels';
import { NumberInput } from './NumberInput';

function WinsorCell({ choice, onChange, disabled }: { choice: FeatureChoice; onChange: (c: FeatureChoice) => void; disabled: boolean }) {
  const t = useT();
  const key = choice.key;
  const winsor = choice.winsor;
  return (
    <div className="winsor-cell">
      <label className="check-inline">
        <input
          type="checkbox"
          checked={winsor !== null}
          disabled={disabled}
          onChange={(e) => onChange({ ...choice, winsor: e.target.checked ? DEFAULT_WINSOR : null })}
          data-testid={`feature-winsor-${key}`}
        />
        <span>{t('cluster.features.winsorOn')}</span>
      </label>
      {winsor && (
        <span className="winsor-range">
          <NumberInput
            min={0} max={50} value={winsor[0]} disabled={disabled} className="winsor-input"
            aria-label={t('cluster.features.winsorLow')}
            onValue={(v) => onChange({ ...choice, winsor: [v, winsor[1]] })}
            data-testid={`feature-winsor-low-${key}`}
          />
          <span aria-hidden="true">–</span>
          <NumberInput
            min={50} max={100} value={winsor[1]} disabled={disabled} className="winsor-input"
            aria-label={t('cluster.features.winsorHigh')}
            onValue={(v) => onChange({ ...choice, winsor: [winsor[0], v] })}
            data-testid={`feature-winsor-high-${key}`}
          />
          <span className="muted">%</span>
        </span>
      )}
    </div>
  );
}

function FeatureRow({ feature, choice, onChange }: { feature: FeatureOverview; choice: FeatureChoice; onChange: (c: FeatureChoice) => void }) {
  const t = useT();
  const numeric = isNumericKind(feature.kind);
  const off = !choice.selected;
  const key = feature.key;
  return (
    <tr className={off ? 'feature-off' : 'feature-on'} data-testid={`feature-row-${key}`} data-selected={choice.selected}>
      <td>
        <label className="feature-name">
          <input type="checkbox" checked={choice.selected} onChange={(e) => onChange({ ...choice, selected: e.target.checked })} data-testid={`feature-toggle-${key}`} />
          <span>
            <strong>{featureLabel(key, feature.label, t)}</strong>
            <span className="feature-kind muted small"> · {t(`cluster.kind.${feature.kind}`)}</span>
            {feature.note && <span className="feature-note small">{feature.note}</span>}
          </span>
        </label>
      </td>
      <td className="num small" data-testid={`feature-missing-${key}`} data-missing={feature.missing}>
        {formatCount(feature.available)}
        {feature.missing > 0 && <span className="feature-missing"> · {t('common.missing', { count: feature.missing })}</span>}
      </td>
      <td>
        {numeric ? (
          <select value={choice.transform} disabled={off} onChange={(e) => onChange({ ...choice, transform: e.target.value as FeatureTransform })} data-testid={`feature-transform-${key}`}>
            {FEATURE_TRANSFORMS.map((tr) => <option key={tr} value={tr}>{t(`cluster.transform.${tr}`)}</option>)}
          </select>
        ) : (
          <span className="muted small">{feature.kind === 'category' ? t('cluster.features.oneHot') : t('cluster.features.zeroOne')}</span>
        )}
      </td>
      <td>
        {feature.kind !== 'category' ? (
          <select value={choice.scale} disabled={off} onChange={(e) => onChange({ ...choice, scale: e.target.value as FeatureScale })} data-testid={`feature-scale-${key}`}>
            {FEATURE_SCALES.map((s) => <option key={s} value={s}>{t(`cluster.scale.${s}`)}</option>)}
          </select>
        ) : (
          <span className="muted small">—</span>
        )}
      </td>
      <td>{numeric ? <WinsorCell choice={choice} onChange={onChange} disabled={off} /> : <span className="muted small">—</span>}</td>
      <td>
        <NumberInput
          className="weight-input" min={0} max={100} value={choice.weight} disabled={off}
          title={feature.kind === 'category' ? t('cluster.features.weightCategoryHint') : t('cluster.features.weightHint')}
          aria-label={t('cluster.features.col.weight')}
          onValue={(weight) => onChange({ ...choice, weight })}
          data-testid={`feature-weight-${key}`}
        />
      </td>
    </tr>
  );
}

/** The feature catalogue with a checkbox and the transform settings of each feature. */
export function FeaturePicker({ features, choices, onChange }: {
  features: readonly FeatureOverview[];
  choices: Record<string, FeatureChoice>;
  onChange: (choice: FeatureChoice) => void;
}) {
  const t = useT();
  return (
    <div className="feature-scroll">
      <table className="table-plain feature-table" data-testid="feature-table">
        <thead>
          <tr>
            <th>{t('cluster.features.col.feature')}</th>
            <th className="num">{t('cluster.features.col.filled')}</th>
            <th>{t('cluster.features.col.transform')}</th>
            <th>{t('cluster.features.col.scale')}</th>
            <th>{t('cluster.features.col.winsor')}</th>
            <th title={t('cluster.features.weightHint')}>{t('cluster.features.col.weight')}</th>
          </tr>
        </thead>
        <tbody>
          {features.map((f) => {
            const choice = choices[f.key];
            return choice ? <FeatureRow key={f.key} feature={f} choice={choice} onChange={onChange} /> : null;
          })}
        </tbody>
      </table>
    </div>
  );
}
