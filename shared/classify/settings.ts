import { DEFAULT_BAND_CONFIG, type BandConfig } from './turnover-bands';
import { DEFAULT_DICTIONARY, type DictionaryEntry } from './jenis-dictionary';
import { RULE_SET_DEFINITIONS, SIZE_CRITERION_LABELS, type RuleSet } from './size-rules';
import type { Pp7Basis } from './classify-size';

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

/** The rule set in words, for table footers: "PP 7/2021 menurut hasil penjualan tahunan (versi pp7-2021.1)". */
export function describeRuleSet(settings: Pick<ClassificationSettings, 'rule_set' | 'pp7_basis'>): string {
  const def = RULE_SET_DEFINITIONS[settings.rule_set];
  const basis =
    settings.rule_set === 'pp7-2021'
      ? `menurut ${SIZE_CRITERION_LABELS[settings.pp7_basis].toLowerCase()}`
      : settings.rule_set === 'uu20-2008'
        ? 'menurut kekayaan bersih atau hasil penjualan tahunan'
        : 'menurut jumlah tenaga kerja';
  return `${def.label} ${basis} (versi ${def.version})`;
}
