import { DEFAULT_BAND_CONFIG, type BandConfig } from './turnover-bands';
import { DEFAULT_DICTIONARY, type DictionaryEntry } from './jenis-dictionary';
import { RULE_SET_DEFINITIONS, SIZE_CRITERION_LABELS, type RuleSet } from './size-rules';
import type { Pp7Basis } from './classify-size';
import type { SentenceLanguage } from '../cluster/format';

/**
 * Everything a classification depends on. It is stored in the project, and a change of any part
 * makes the stored classification stale (it is recomputed before the next table).
 */
export interface ClassificationSettings {
  rule_set: RuleSet;
  /** PP 7/2021 only: sales for existing businesses (default) or capital for new registrations. */
  pp7_basis: Pp7Basis;
  bands: BandConfig;
  dictionary: DictionaryEntry[];
}

/** The settings of a new project: PP 7/2021 by sales, the default bands and dictionary. */
export function defaultClassificationSettings(): ClassificationSettings {
  return {
    rule_set: 'pp7-2021',
    pp7_basis: 'penjualan',
    bands: structuredClone(DEFAULT_BAND_CONFIG),
    dictionary: DEFAULT_DICTIONARY.map((e) => ({ ...e })),
  };
}

/** The part of the settings a rule description quotes. */
export type RuleChoice = Pick<ClassificationSettings, 'rule_set' | 'pp7_basis'>;

/** Rule-set names and the "by …" clause per language (the Indonesian names are the rule sets' own labels). */
const RULE_WORDS: Record<SentenceLanguage, { name: (rs: RuleSet) => string; by: (c: RuleChoice) => string; version: string }> = {
  id: {
    name: (rs) => RULE_SET_DEFINITIONS[rs].label,
    by: (c) =>
      c.rule_set === 'pp7-2021'
        ? `menurut ${SIZE_CRITERION_LABELS[c.pp7_basis].toLowerCase()}`
        : c.rule_set === 'uu20-2008'
          ? 'menurut kekayaan bersih atau hasil penjualan tahunan'
          : 'menurut jumlah tenaga kerja',
    version: 'versi',
  },
  en: {
    name: (rs) => ({ 'pp7-2021': 'PP 7/2021', 'uu20-2008': 'UU 20/2008', 'bps-workers': 'BPS (workers)' })[rs],
    by: (c) =>
      c.rule_set === 'pp7-2021'
        ? c.pp7_basis === 'modal' ? 'by business capital (excluding land and buildings)' : 'by annual sales'
        : c.rule_set === 'uu20-2008'
          ? 'by net assets or annual sales'
          : 'by number of workers',
    version: 'version',
  },
};

/** A rule set's name in a language: "PP 7/2021", "BPS (tenaga kerja)" / "BPS (workers)". */
export function nameRuleSet(ruleSet: RuleSet, lang: SentenceLanguage = 'id'): string {
  return RULE_WORDS[lang].name(ruleSet);
}

/**
 * The rule set in words, for table footers and the screens: "PP 7/2021 menurut hasil penjualan tahunan
 * (versi pp7-2021.1)", or in English "PP 7/2021 by annual sales (version pp7-2021.1)".
 */
export function describeRuleSet(settings: RuleChoice, lang: SentenceLanguage = 'id'): string {
  const words = RULE_WORDS[lang];
  return `${words.name(settings.rule_set)} ${words.by(settings)} (${words.version} ${RULE_SET_DEFINITIONS[settings.rule_set].version})`;
}
