import type { Db } from '../db/open';
import type { ClassificationRules, JenisDictionary } from '../../shared/classify/classification-types';
import type { DictionaryEntry } from '../../shared/classify/jenis-dictionary';
import type { BandConfig } from '../../shared/classify/turnover-bands';
import type { Pp7Basis } from '../../shared/classify/classify-size';
import { buildBands } from '../../shared/classify/turnover-bands';
import { describeRuleSet } from '../../shared/classify/settings';
import { RULE_SETS, RULE_SET_DEFINITIONS, SIZE_CLASSES, SIZE_CLASS_LABELS, SIZE_CRITERION_LABELS, type RuleSet, type SizeCriterion } from '../../shared/classify/size-rules';
import { JENIS_GROUPS, JENIS_GROUP_LABELS, KBLI_2020_DIVISIONS, KBLI_EDITION } from '../../shared/classify/jenis-groups';
import { normaliseJenis } from '../../shared/classify/match-jenis';
import { AppError } from '../../shared/api/result';
import { isDefaultDictionary, loadClassificationSettings, saveDictionary, saveRules } from './classification-settings';

/** The current rules with every rule set's thresholds, for the Klasifikasi screen. */
export function getClassificationRules(db: Db): ClassificationRules {
  const s = loadClassificationSettings(db);
  return {
    rule_set: s.rule_set,
    pp7_basis: s.pp7_basis,
    bands: s.bands,
    fixed_bands: s.bands.mode === 'fixed' ? buildBands(s.bands.upper) : [],
    rule_description: describeRuleSet(s),
    rule_sets: RULE_SETS.map((code) => {
      const def = RULE_SET_DEFINITIONS[code];
      return {
        code,
        label: def.label,
        version: def.version,
        note: def.note,
        thresholds: (Object.entries(def.bounds) as Array<[SizeCriterion, readonly [number, number, number]]>).map(([criterion, b]) => ({
          criterion,
          label: SIZE_CRITERION_LABELS[criterion],
          mikro: b[0],
          kecil: b[1],
          menengah: b[2],
        })),
      };
    }),
    size_classes: SIZE_CLASSES.map((code) => ({ code, label: SIZE_CLASS_LABELS[code] })),
  };
}

/**
 * Saves rule changes. No table is ever computed with mixed rules: each round's stored classification
 * is tied to the settings' hash and is redone before its next use.
 */
export function updateClassificationRules(db: Db, change: { rule_set?: RuleSet; pp7_basis?: Pp7Basis; bands?: BandConfig }): ClassificationRules {
  if (change.bands?.mode === 'fixed') {
    const u = change.bands.upper;
    if (u.some((v, i) => i > 0 && v <= (u[i - 1] as number))) throw new AppError('VALIDATION', 'Batas kelompok omzet harus naik berurutan (Rupiah per tahun).');
  }
  const s = loadClassificationSettings(db);
  // Every round's stored classification now carries an old settings hash, so the next read of any
  // table reclassifies that round (in a worker thread, see classify-in-worker.ts): saving stays instant.
  saveRules(db, { rule_set: change.rule_set ?? s.rule_set, pp7_basis: change.pp7_basis ?? s.pp7_basis, bands: change.bands ?? s.bands });
  return getClassificationRules(db);
}

/** The jenis-usaha dictionary with its groups and KBLI divisions. */
export function getDictionary(db: Db): JenisDictionary {
  const s = loadClassificationSettings(db);
  return {
    kbli_edition: KBLI_EDITION,
    groups: JENIS_GROUPS.map((code) => ({ code, label: JENIS_GROUP_LABELS[code] })),
    kbli_divisions: Object.entries(KBLI_2020_DIVISIONS).map(([code, title]) => ({ code, title })),
    entries: s.dictionary,
    is_default: isDefaultDictionary(s.dictionary),
  };
}

/**
 * Replaces the dictionary (or restores the shipped one) and reclassifies every round. Two entries
 * with the same normalised keyword are refused: which one wins would otherwise be arbitrary.
 */
export function updateDictionary(db: Db, req: { entries?: DictionaryEntry[]; reset?: boolean }): JenisDictionary {
  if (!req.reset) {
    const seen = new Map<string, number>();
    (req.entries ?? []).forEach((e, i) => {
      const k = normaliseJenis(e.keyword);
      if (k === '') throw new AppError('VALIDATION', `Kata kunci baris ${i + 1} kosong setelah tanda baca dibuang.`);
      const prev = seen.get(k);
      if (prev !== undefined) throw new AppError('VALIDATION', `Kata kunci "${e.keyword}" ada dua kali (baris ${prev + 1} dan ${i + 1}).`);
      seen.set(k, i);
    });
  }
  // As for the rules: the settings hash changes, so each round is reclassified on its next read.
  saveDictionary(db, req.reset ? null : (req.entries ?? []).map((e) => ({ ...e, keyword: normaliseJenis(e.keyword) })));
  return getDictionary(db);
}
