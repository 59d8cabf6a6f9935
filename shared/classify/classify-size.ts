import {
  RULE_SET_DEFINITIONS,
  classOfValue,
  rankOfClass,
  type KnownSizeClass,
  type RuleSet,
  type SizeClass,
  type SizeCriterion,
} from './size-rules';

/** The values a size class is decided from: integer Rupiah per year, and persons. Null = missing. */
export interface SizeInputs {
  omzet_tahunan: number | null;
  modal: number | null;
  aset: number | null;
  tenaga_kerja: number | null;
}

/** Which PP 7/2021 criterion applies: sales for existing businesses (the default), capital for new registrations. */
export type Pp7Basis = 'penjualan' | 'modal';

export interface SizeResult {
  size_class: SizeClass;
  /** The criterion that decided; null when the class is unknown. */
  criterion: SizeCriterion | null;
  /** The class by the rule set's other criterion, when it has one and the value is known. */
  alt_class: KnownSizeClass | null;
  alt_criterion: SizeCriterion | null;
  /** True when both criteria are known and give different classes (e.g. mikro by sales, kecil by capital). */
  conflict: boolean;
}

function valueOf(inputs: SizeInputs, criterion: SizeCriterion): number | null {
  switch (criterion) {
    case 'penjualan':
      return inputs.omzet_tahunan;
    case 'modal':
      return inputs.modal;
    case 'aset':
      return inputs.aset;
    case 'tenaga_kerja':
      return inputs.tenaga_kerja;
  }
}

function classBy(inputs: SizeInputs, ruleSet: RuleSet, criterion: SizeCriterion): KnownSizeClass | null {
  const bounds = RULE_SET_DEFINITIONS[ruleSet].bounds[criterion];
  return bounds ? classOfValue(valueOf(inputs, criterion), bounds) : null;
}

/**
 * Classifies one business by a rule set. PP 7/2021 uses the chosen basis (sales by default) and
 * reports the other criterion beside it; UU 20/2008 takes the smaller class of net assets and sales
 * (Pasal 6 says "atau": meeting either criterion is enough); BPS uses workers only. A missing value
 * gives `unknown`, never a guess from zero.
 */
export function classifySize(inputs: SizeInputs, ruleSet: RuleSet, pp7Basis: Pp7Basis = 'penjualan'): SizeResult {
  if (ruleSet === 'bps-workers') {
    const c = classBy(inputs, ruleSet, 'tenaga_kerja');
    return { size_class: c ?? 'unknown', criterion: c ? 'tenaga_kerja' : null, alt_class: null, alt_criterion: null, conflict: false };
  }
  if (ruleSet === 'pp7-2021') {
    const other: SizeCriterion = pp7Basis === 'penjualan' ? 'modal' : 'penjualan';
    const main = classBy(inputs, ruleSet, pp7Basis);
    const alt = classBy(inputs, ruleSet, other);
    return {
      size_class: main ?? 'unknown',
      criterion: main ? pp7Basis : null,
      alt_class: alt,
      alt_criterion: alt ? other : null,
      conflict: main !== null && alt !== null && main !== alt,
    };
  }
  const bySales = classBy(inputs, ruleSet, 'penjualan');
  const byAssets = classBy(inputs, ruleSet, 'aset');
  if (bySales === null && byAssets === null) {
    return { size_class: 'unknown', criterion: null, alt_class: null, alt_criterion: null, conflict: false };
  }
  if (bySales === null || byAssets === null) {
    const c = (bySales ?? byAssets) as KnownSizeClass;
    return { size_class: c, criterion: bySales ? 'penjualan' : 'aset', alt_class: null, alt_criterion: null, conflict: false };
  }
  // Sales decides on a tie, so the recorded criterion is stable.
  const salesDecides = rankOfClass(bySales) <= rankOfClass(byAssets);
  return {
    size_class: salesDecides ? bySales : byAssets,
    criterion: salesDecides ? 'penjualan' : 'aset',
    alt_class: salesDecides ? byAssets : bySales,
    alt_criterion: salesDecides ? 'aset' : 'penjualan',
    conflict: bySales !== byAssets,
  };
}
