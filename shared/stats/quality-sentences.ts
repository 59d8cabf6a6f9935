import { formatDecimal, type SentenceLanguage } from '../cluster/format';
import { formatRupiahShort } from '../classify/turnover-bands';
import { nameRuleSet } from '../classify/settings';
import type { RuleSet, SizeCriterion } from '../classify/size-rules';

/**
 * The sentences of the data-quality flags, written from their figures in Bahasa Indonesia (the
 * services' `message`, used by the CLI and the exports) or in English (the English screen). One
 * template per sentence and language, fed the same figures, so the two cannot quote different ones.
 * Rupiah stays "Rp 61,2 jt" in both languages, as everywhere in the UI; other numbers follow the language.
 */

/** The micro limit a business is above: the criterion that decided its class and that criterion's limit. */
export interface MicroCeiling {
  rule_set: RuleSet;
  criterion: SizeCriterion;
  /** The largest value that is still micro: Rupiah (per year for sales), or persons for workers. */
  limit: number;
}

/** A record flag's code with the figures its sentence quotes. */
export type RecordFlagDetail =
  | {
      code: 'outlier_omzet' | 'outlier_aset' | 'rasio_omzet_modal';
      /** Robust z of the value on a log scale among its peers (positive = above them). */
      z: number;
    }
  | {
      code: 'omzet_tampak_bulanan' | 'omzet_tampak_tahunan';
      /** The peers' median turnover, Rupiah per year. */
      peer_median_tahunan: number;
    }
  | { code: 'tenaga_kerja_nol' }
  | { code: 'di_atas_batas_mikro'; ceiling: MicroCeiling | null };

/** Why an area was flagged, with the figures its sentence quotes. */
export type AreaFlagReason =
  | {
      code: 'omzet_ratio';
      /** The larger of mean ÷ neighbours and median ÷ neighbours. */
      ratio: number;
      /** The area's mean monthly turnover per business, Rupiah. */
      mean_omzet_bulanan: number;
    }
  | {
      code: 'period_share';
      /** Share of the area's businesses whose turnover looks like the wrong period, 0..1. */
      period_share: number;
      ratio: number;
    };

const CEILING_WHAT: Record<SentenceLanguage, Record<Exclude<SizeCriterion, 'tenaga_kerja'>, string>> = {
  id: { penjualan: 'penjualan per tahun', modal: 'modal', aset: 'aset' },
  en: { penjualan: 'annual sales', modal: 'capital', aset: 'assets' },
};

interface FlagWords {
  above: string;
  below: string;
  outlierOmzet: (dir: string, z: string) => string;
  outlierAset: (dir: string, z: string) => string;
  ratio: (dir: string) => string;
  looksMonthly: (norm: string) => string;
  looksYearly: (norm: string) => string;
  zeroWorkers: string;
  workersCeiling: (limit: string) => string;
  moneyCeiling: (what: string, limit: string, rules: string) => string;
  aboveMicro: (ceiling: string | null) => string;
  areaRatio: (name: string, ratio: string, mean: string) => string;
  areaPeriod: (name: string, pct: string, ratio: string) => string;
}

const WORDS: Record<SentenceLanguage, FlagWords> = {
  id: {
    above: 'jauh di atas',
    below: 'jauh di bawah',
    outlierOmzet: (dir, z) => `Omzet per tahun ${dir} usaha sejenis (z robust ${z} pada skala log).`,
    outlierAset: (dir, z) => `Aset ${dir} usaha sejenis (z robust ${z} pada skala log).`,
    ratio: (dir) => `Rasio omzet per tahun terhadap modal ${dir} kebiasaan di kecamatannya.`,
    looksMonthly: (norm) => `Omzet dicatat per tahun, tetapi jika dibaca per bulan lebih dekat ke kebiasaan usaha sejenis (${norm} per tahun).`,
    looksYearly: (norm) => `Omzet dicatat per bulan, tetapi jika dibaca per tahun lebih dekat ke kebiasaan usaha sejenis (${norm} per tahun).`,
    zeroWorkers: 'Jumlah tenaga kerja 0: apakah pemilik tidak dihitung?',
    workersCeiling: (limit) => `lebih dari ${limit} tenaga kerja`,
    moneyCeiling: (what, limit, rules) => `${what} lebih dari ${limit}, ${rules}`,
    aboveMicro: (ceiling) => `Melebihi batas usaha mikro${ceiling ? ` (${ceiling})` : ''}: calon "naik kelas" atau salah isi.`,
    areaRatio: (name, ratio, mean) =>
      `Omzet per usaha di ${name} ${ratio} wilayah sekitarnya (rata-rata ${mean} per bulan): periksa satuan (per bulan/per tahun, ribu/juta).`,
    areaPeriod: (name, pct, ratio) =>
      `${pct} usaha di ${name} mencatat omzet yang tampak salah periode (per bulan/per tahun); omzet rata-rata ${ratio} wilayah sekitarnya: periksa satuan.`,
  },
  en: {
    above: 'far above',
    below: 'far below',
    outlierOmzet: (dir, z) => `Yearly turnover ${dir} similar businesses (robust z ${z} on a log scale).`,
    outlierAset: (dir, z) => `Assets ${dir} similar businesses (robust z ${z} on a log scale).`,
    ratio: (dir) => `Ratio of yearly turnover to capital ${dir} the norm in its district.`,
    looksMonthly: (norm) => `Turnover recorded per year, but read as monthly it is closer to the norm of similar businesses (${norm} per year).`,
    looksYearly: (norm) => `Turnover recorded per month, but read as yearly it is closer to the norm of similar businesses (${norm} per year).`,
    zeroWorkers: 'Number of workers is 0: was the owner left out?',
    workersCeiling: (limit) => `more than ${limit} workers`,
    moneyCeiling: (what, limit, rules) => `${what} over ${limit}, ${rules}`,
    aboveMicro: (ceiling) => `Above the micro-enterprise limit${ceiling ? ` (${ceiling})` : ''}: a candidate that "moved up a class", or a data-entry error.`,
    areaRatio: (name, ratio, mean) =>
      `Turnover per business in ${name} is ${ratio} that of the surrounding areas (mean ${mean} per month): check the unit (per month/per year, thousands/millions).`,
    areaPeriod: (name, pct, ratio) =>
      `${pct} of businesses in ${name} recorded a turnover that looks like the wrong period (per month/per year); mean turnover ${ratio} that of the surrounding areas: check the unit.`,
  },
};

/** "lebih dari 4 tenaga kerja" / "penjualan per tahun lebih dari Rp 2 M, PP 7/2021", or the English. */
function describeCeiling(c: MicroCeiling, lang: SentenceLanguage): string {
  const w = WORDS[lang];
  if (c.criterion === 'tenaga_kerja') return w.workersCeiling(c.limit.toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB'));
  return w.moneyCeiling(CEILING_WHAT[lang][c.criterion], formatRupiahShort(c.limit), nameRuleSet(c.rule_set, lang));
}

/**
 * A record flag in words: "Omzet per tahun jauh di atas usaha sejenis (z robust 4,3 pada skala log)." or
 * "Yearly turnover far above similar businesses (robust z 4.3 on a log scale)."
 */
export function describeRecordFlag(flag: RecordFlagDetail, lang: SentenceLanguage = 'id'): string {
  const w = WORDS[lang];
  switch (flag.code) {
    case 'outlier_omzet':
    case 'outlier_aset':
    case 'rasio_omzet_modal': {
      const dir = flag.z > 0 ? w.above : w.below;
      const z = formatDecimal(flag.z, 1, lang);
      return flag.code === 'outlier_omzet' ? w.outlierOmzet(dir, z) : flag.code === 'outlier_aset' ? w.outlierAset(dir, z) : w.ratio(dir);
    }
    case 'omzet_tampak_bulanan':
      return w.looksMonthly(formatRupiahShort(flag.peer_median_tahunan));
    case 'omzet_tampak_tahunan':
      return w.looksYearly(formatRupiahShort(flag.peer_median_tahunan));
    case 'tenaga_kerja_nol':
      return w.zeroWorkers;
    case 'di_atas_batas_mikro':
      return w.aboveMicro(flag.ceiling ? describeCeiling(flag.ceiling, lang) : null);
  }
}

/**
 * An area flag in words, naming the area: "Omzet per usaha di Gadingrejo 9,6× wilayah sekitarnya (…)" or
 * "Turnover per business in Gadingrejo is 9.6× that of the surrounding areas (…)".
 */
export function describeAreaFlag(name: string, reason: AreaFlagReason, lang: SentenceLanguage = 'id'): string {
  const w = WORDS[lang];
  const ratio = `${formatDecimal(reason.ratio, 1, lang)}×`;
  if (reason.code === 'omzet_ratio') return w.areaRatio(name, ratio, formatRupiahShort(Math.round(reason.mean_omzet_bulanan)));
  return w.areaPeriod(name, `${Math.round(reason.period_share * 100)}%`, ratio);
}
