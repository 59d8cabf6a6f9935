import { createHash } from 'node:crypto';
import type { Db } from '../db/open';
import { defaultClassificationSettings, type ClassificationSettings } from '../../shared/classify/settings';
import { DEFAULT_DICTIONARY, type DictionaryEntry } from '../../shared/classify/jenis-dictionary';
import { BandConfigSchema, DictionaryEntrySchema } from '../../shared/api/contract-stats';
import { RULE_SETS, RULE_SET_DEFINITIONS } from '../../shared/classify/size-rules';
import { KBLI_EDITION } from '../../shared/classify/jenis-groups';
import { z } from 'zod';
import { logError } from '../log';

const RulesJson = z.object({
  rule_set: z.enum(RULE_SETS),
  pp7_basis: z.enum(['penjualan', 'modal']),
  bands: BandConfigSchema,
});

function readJson(db: Db, key: string): unknown {
  const row = db.prepare('SELECT value_json FROM classification_settings WHERE key = ?').get(key) as { value_json: string } | undefined;
  return row ? (JSON.parse(row.value_json) as unknown) : undefined;
}

function writeJson(db: Db, key: string, value: unknown): void {
  db.prepare(`INSERT INTO classification_settings (key, value_json, updated_at) VALUES (?, ?, ?)
    ON CONFLICT(key) DO UPDATE SET value_json = excluded.value_json, updated_at = excluded.updated_at`).run(key, JSON.stringify(value), new Date().toISOString());
}

/** The project's classification settings; defaults for whatever was never saved (or cannot be read). */
export function loadClassificationSettings(db: Db): ClassificationSettings {
  const settings = defaultClassificationSettings();
  const rules = RulesJson.safeParse(readJson(db, 'rules'));
  if (rules.success) Object.assign(settings, rules.data);
  else if (readJson(db, 'rules') !== undefined) logError('classification rules unreadable, defaults used', rules.error);
  const dict = z.array(DictionaryEntrySchema).safeParse(readJson(db, 'dictionary'));
  if (dict.success) settings.dictionary = dict.data;
  return settings;
}

/** Saves the rules part of the settings (rule set, PP 7/2021 basis, bands). */
export function saveRules(db: Db, rules: Pick<ClassificationSettings, 'rule_set' | 'pp7_basis' | 'bands'>): void {
  writeJson(db, 'rules', { rule_set: rules.rule_set, pp7_basis: rules.pp7_basis, bands: rules.bands });
}

/** Saves the dictionary; `null` restores the shipped one. */
export function saveDictionary(db: Db, entries: DictionaryEntry[] | null): void {
  if (entries === null) db.prepare("DELETE FROM classification_settings WHERE key = 'dictionary'").run();
  else writeJson(db, 'dictionary', entries);
}

/** True when the dictionary is the shipped one, entry for entry. */
export function isDefaultDictionary(entries: readonly DictionaryEntry[]): boolean {
  return (
    entries.length === DEFAULT_DICTIONARY.length &&
    entries.every((e, i) => {
      const d = DEFAULT_DICTIONARY[i] as DictionaryEntry;
      return e.keyword === d.keyword && e.label === d.label && e.group === d.group && e.kbli === d.kbli;
    })
  );
}

/** A hash of everything a classification depends on (rule version included), to detect stale rows. */
export function hashSettings(settings: ClassificationSettings): string {
  const basis = {
    rule_set: settings.rule_set,
    version: RULE_SET_DEFINITIONS[settings.rule_set].version,
    pp7_basis: settings.rule_set === 'pp7-2021' ? settings.pp7_basis : null,
    bands: settings.bands,
    dictionary: settings.dictionary.map((e) => [e.keyword, e.label, e.group, e.kbli]),
    kbli: KBLI_EDITION,
  };
  return createHash('sha256').update(JSON.stringify(basis)).digest('hex').slice(0, 16);
}
