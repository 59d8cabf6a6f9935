/** Number formatting for generated sentences: Indonesian by default (decimal comma, dot for thousands). */

/** The language of a generated sentence. */
export type SentenceLanguage = 'id' | 'en';

const LOCALES: Record<SentenceLanguage, string> = { id: 'id-ID', en: 'en-GB' };

/** A decimal with `digits` decimals: 0.4051 → "0,41" (Indonesian) or "0.41" (English). */
export function formatDecimal(value: number, digits = 2, lang: SentenceLanguage = 'id'): string {
  return value.toLocaleString(LOCALES[lang], { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** A share 0..1 as a percentage without decimals below 10% only when needed: 0.085 → "8,5%". */
export function formatShare(share: number, lang: SentenceLanguage = 'id'): string {
  const pct = share * 100;
  const digits = pct < 10 && Math.round(pct) !== pct ? 1 : 0;
  return `${pct.toLocaleString(LOCALES[lang], { minimumFractionDigits: digits, maximumFractionDigits: digits })}%`;
}

/** Rupiah in words a report uses: 1_500_000 → "Rp 1,5 jt", 2_300_000_000 → "Rp 2,3 M". */
export function formatRupiahShort(value: number): string {
  const abs = Math.abs(value);
  const fmt = (v: number) => v.toLocaleString('id-ID', { maximumFractionDigits: 1 });
  if (abs >= 1e9) return `Rp ${fmt(value / 1e9)} M`;
  if (abs >= 1e6) return `Rp ${fmt(value / 1e6)} jt`;
  if (abs >= 1e3) return `Rp ${fmt(value / 1e3)} rb`;
  return `Rp ${fmt(value)}`;
}
