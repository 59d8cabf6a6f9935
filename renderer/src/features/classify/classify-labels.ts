import { formatRupiahShort } from '../../../../shared/classify/turnover-bands';
import type { JenisGroup } from '../../../../shared/classify/jenis-groups';
import type { RuleSet, SizeClass, SizeCriterion } from '../../../../shared/classify/size-rules';
import type { Translate } from '../../i18n/I18nProvider';

/**
 * Codes of the classification in the UI language. The services label them in Indonesian; the screen
 * translates the codes itself so English works too (band bounds stay in Rupiah, `jt` and `M`).
 */
export function sizeClassLabel(t: Translate, code: SizeClass): string {
  return t(`classify.size.${code}` as const);
}

export function groupLabel(t: Translate, code: string): string {
  return isGroupKey(code) ? t(`classify.group.${code}` as const) : code;
}

function isGroupKey(code: string): code is JenisGroup {
  return ['makanan_minuman', 'kerajinan', 'batik', 'mebel', 'logam', 'pracangan', 'jasa', 'lainnya'].includes(code);
}

export function criterionLabel(t: Translate, code: SizeCriterion | 'none'): string {
  return t(`classify.criterion.${code}` as const);
}

export function ruleSetNote(t: Translate, code: RuleSet): string {
  return t(`classify.rule.${code}.note` as const);
}

export function ruleSetName(t: Translate, code: RuleSet): string {
  return t(`classify.rule.${code}.name` as const);
}

/** `≤ Rp 15 jt`, `> Rp 15 jt – Rp 50 jt`, `> Rp 2 M` (yearly), or the same divided by 12 (monthly). */
export function bandLabel(t: Translate, lower: number | null, upper: number | null, period: 'tahun' | 'bulan', withUnit = true): string {
  const divisor = period === 'bulan' ? 12 : 1;
  const f = (v: number) => formatRupiahShort(Math.round(v / divisor));
  const unit = withUnit ? ` ${t(period === 'bulan' ? 'classify.band.perMonth' : 'classify.band.perYear')}` : '';
  if (lower === null && upper === null) return t('classify.band.all');
  if (lower === null) return `≤ ${f(upper as number)}${unit}`;
  if (upper === null) return `> ${f(lower)}${unit}`;
  return `> ${f(lower)} – ${f(upper)}${unit}`;
}
