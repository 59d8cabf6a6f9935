import { recommendK, type KRecommendation, type SweepPoint } from '../../../../shared/cluster/recommend';
import type { Language } from '../../i18n/define-messages';

/**
 * Numbers on the Klaster screen: decimals and percentages follow the UI language (0,41 / 0.41);
 * Rupiah stays Indonesian in both (as in components/format.ts), in the short form of reports.
 */
function localeOf(lang: Language): string {
  return lang === 'id' ? 'id-ID' : 'en-GB';
}

/** A decimal with a fixed number of digits; a dash for null or a non-finite value. */
export function formatDecimal(value: number | null | undefined, lang: Language, digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  // A tiny negative value would print as "-0,00".
  const shown = Math.abs(value) < 0.5 * 10 ** -digits ? 0 : value;
  return shown.toLocaleString(localeOf(lang), { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** A share 0..1 as a percentage: one decimal below 10%, none above; a dash for null. */
export function formatPercent(share: number | null | undefined, lang: Language): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return '—';
  const pct = share * 100;
  const digits = pct < 10 && Math.round(pct * 10) / 10 !== Math.round(pct) ? 1 : 0;
  return `${pct.toLocaleString(localeOf(lang), { minimumFractionDigits: digits, maximumFractionDigits: digits })}%`;
}

/** A number with up to `digits` decimals (workers, centres of transforms). */
export function formatNumber(value: number | null | undefined, lang: Language, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return value.toLocaleString(localeOf(lang), { maximumFractionDigits: digits });
}

/** Rupiah the way Indonesian reports shorten it: `Rp 1,5 jt`, `Rp 2,3 M` (M = miliar). */
export function formatRupiahShort(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const abs = Math.abs(value);
  const fmt = (v: number) => v.toLocaleString('id-ID', { maximumFractionDigits: 1 });
  if (abs >= 1e9) return `Rp ${fmt(value / 1e9)} M`;
  if (abs >= 1e6) return `Rp ${fmt(value / 1e6)} jt`;
  if (abs >= 1e3) return `Rp ${fmt(value / 1e3)} rb`;
  return `Rp ${fmt(value)}`;
}

/** A value of a feature in its raw unit, short: Rupiah for money, a plain number otherwise. */
export function formatRawValue(value: number, unit: string, lang: Language): string {
  return unit === 'Rp' ? formatRupiahShort(value) : formatNumber(value, lang, Math.abs(value) < 10 ? 2 : 0);
}

/** "Klaster 1" is cluster 0: people count from one. */
export function clusterNumber(cluster: number): number {
  return cluster + 1;
}

/**
 * The sentence saying why k was recommended, in the UI language: the service writes it in Indonesian;
 * for English it is written again from the same sweep points (same rule, so the same k).
 */
export function recommendationReason(sweep: { points: readonly SweepPoint[]; recommended: KRecommendation | null }, lang: Language): string {
  if (!sweep.recommended) return '';
  if (lang === 'id') return sweep.recommended.reason;
  return recommendK(sweep.points, lang)?.reason ?? sweep.recommended.reason;
}
