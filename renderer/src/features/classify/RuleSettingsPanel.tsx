import { Fragment, useState } from 'react';
import type { ClassificationRules, RuleSetInfo } from '../../../../shared/classify/classification-types';
import type { BandConfig } from '../../../../shared/classify/turnover-bands';
import { DEFAULT_BAND_CONFIG } from '../../../../shared/classify/turnover-bands';
import type { Pp7Basis } from '../../../../shared/classify/classify-size';
import { formatRupiahShort } from '../../../../shared/classify/turnover-bands';
import { formatCount } from '../../components/format';
import { describeRuleSet } from '../../../../shared/classify/settings';
import { useLanguage, useT, type Translate } from '../../i18n/I18nProvider';
import { BandsEditor } from './BandsEditor';
import { criterionLabel, ruleSetName, ruleSetNote } from './classify-labels';
import { sameBands, type RuleDraft } from './useClassification';

/** "Mikro ≤ Rp 2 M · Kecil ≤ Rp 15 M · Menengah ≤ Rp 50 M" for one criterion (persons for workers). */
function describeThreshold(t: Translate, th: RuleSetInfo['thresholds'][number]): string {
  const f = (v: number) => (th.criterion === 'tenaga_kerja' ? t('classify.persons', { count: formatCount(v) }) : formatRupiahShort(v));
  return `${t('classify.size.mikro')} ≤ ${f(th.mikro)} · ${t('classify.size.kecil')} ≤ ${f(th.kecil)} · ${t('classify.size.menengah')} ≤ ${f(th.menengah)}`;
}

/**
 * The size-class rule set (PP 7/2021 by sales or by capital, UU 20/2008, BPS by workers) and the
 * turnover bands. Nothing changes until "Terapkan", which classifies the round again.
 */
export function RuleSettingsPanel({ rules, applying, onApply }: {
  rules: ClassificationRules;
  applying: boolean;
  onApply: (draft: RuleDraft) => Promise<boolean>;
}) {
  const t = useT();
  const { lang } = useLanguage();
  const [ruleSet, setRuleSet] = useState(rules.rule_set);
  const [basis, setBasis] = useState<Pp7Basis>(rules.pp7_basis);
  const [bands, setBands] = useState<BandConfig | null>(rules.bands);
  const [bandsKey, setBandsKey] = useState(0);
  const [applied, setApplied] = useState(false);

  const dirty = ruleSet !== rules.rule_set || basis !== rules.pp7_basis || bands === null || !sameBands(bands, rules.bands);

  async function apply() {
    if (bands === null) return;
    setApplied(false);
    setApplied(await onApply({ rule_set: ruleSet, pp7_basis: basis, bands }));
  }
  function restoreBands() {
    setBands(DEFAULT_BAND_CONFIG);
    setBandsKey((k) => k + 1);
  }

  return (
    <section className="panel cls-rules" data-testid="classify-rules">
      <header className="panel-header">
        <h2 className="panel-title">{t('classify.rules.title')}</h2>
      </header>
      <div className="panel-body cls-rules-body">
        <fieldset className="cls-fieldset">
          <legend>{t('classify.rules.ruleSet')}</legend>
          {rules.rule_sets.map((rs) => (
            <Fragment key={rs.code}>
              <label className={`cls-choice${ruleSet === rs.code ? ' cls-choice-active' : ''}`}>
                <input type="radio" name="rule-set" value={rs.code} checked={ruleSet === rs.code} onChange={() => setRuleSet(rs.code)} data-testid={`rule-set-${rs.code}`} />
                <span className="cls-choice-text">
                  <strong>{ruleSetName(t, rs.code)}</strong> <span className="muted small">({t('classify.rules.version', { version: rs.version })})</span>
                  <span className="cls-choice-note small">{ruleSetNote(t, rs.code)}</span>
                  {rs.thresholds
                    .filter((th) => rs.code !== 'pp7-2021' || ruleSet !== 'pp7-2021' || th.criterion === basis)
                    .map((th) => (
                      <span key={th.criterion} className="cls-threshold small">
                        <span className="muted">{criterionLabel(t, th.criterion)}:</span> {describeThreshold(t, th)}
                      </span>
                    ))}
                </span>
              </label>
              {rs.code === 'pp7-2021' && ruleSet === 'pp7-2021' && (
                <div className="cls-basis" role="radiogroup" aria-label={t('classify.rules.basis')}>
                  <span className="cls-basis-title">{t('classify.rules.basis')}</span>
                  {(['penjualan', 'modal'] as const).map((b) => (
                    <label key={b} className="cls-radio">
                      <input type="radio" name="pp7-basis" value={b} checked={basis === b} onChange={() => setBasis(b)} data-testid={`pp7-basis-${b}`} />
                      {t(b === 'penjualan' ? 'classify.rules.basisSales' : 'classify.rules.basisCapital')}
                    </label>
                  ))}
                </div>
              )}
            </Fragment>
          ))}
        </fieldset>
        <BandsEditor key={bandsKey} initial={bands ?? rules.bands} onChange={setBands} />
        <button type="button" className="button button-small cls-restore" onClick={restoreBands} data-testid="bands-restore">{t('classify.bands.restore')}</button>
        <div className="cls-apply">
          <button type="button" className="button button-primary" onClick={() => void apply()} disabled={applying || bands === null} data-testid="classify-apply">
            {applying ? t('classify.rules.applying') : t('classify.rules.apply')}
          </button>
          <span className="small" aria-live="polite" data-testid="classify-apply-state">
            {applying ? '' : dirty ? <span className="cls-dirty">{t('classify.rules.dirty')}</span> : applied ? <span className="cls-ok">{t('classify.rules.applied')}</span> : null}
          </span>
        </div>
        <p className="muted small cls-current" data-testid="classify-rule-description">{t('classify.rules.current', { rule: describeRuleSet(rules, lang) })}</p>
      </div>
    </section>
  );
}
