import type { DictionaryEntry } from './jenis-dictionary';

/**
 * Normalises free text for keyword matching: lower case, accents and punctuation removed, single
 * spaces. "Toko Kelontong / Sembako" -> "toko kelontong sembako".
 */
export function normaliseJenis(text: string | null): string {
  if (text === null) return '';
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** A compiled dictionary: `match(text)` returns the best entry or null. Results are cached per text. */
export interface JenisMatcher {
  match(text: string | null): DictionaryEntry | null;
}

interface Compiled {
  entry: DictionaryEntry;
  tokens: string[];
  order: number;
}

function better(a: Compiled, b: Compiled | null): boolean {
  if (!b) return true;
  if (a.tokens.length !== b.tokens.length) return a.tokens.length > b.tokens.length;
  if (a.entry.keyword.length !== b.entry.keyword.length) return a.entry.keyword.length > b.entry.keyword.length;
  return a.order < b.order;
}

/**
 * Compiles a dictionary. A keyword matches when its words appear consecutively as whole words; of
 * several matches the one with more words wins, then the longer keyword, then the earlier entry.
 */
export function createJenisMatcher(dictionary: readonly DictionaryEntry[]): JenisMatcher {
  const byFirst = new Map<string, Compiled[]>();
  dictionary.forEach((entry, order) => {
    const tokens = normaliseJenis(entry.keyword).split(' ').filter(Boolean);
    const first = tokens[0];
    if (!first) return;
    const list = byFirst.get(first) ?? [];
    list.push({ entry, tokens, order });
    byFirst.set(first, list);
  });
  const cache = new Map<string, DictionaryEntry | null>();
  return {
    match(text) {
      const norm = normaliseJenis(text);
      const hit = cache.get(norm);
      if (hit !== undefined) return hit;
      const words = norm === '' ? [] : norm.split(' ');
      let best: Compiled | null = null;
      for (let i = 0; i < words.length; i++) {
        for (const c of byFirst.get(words[i] as string) ?? []) {
          let ok = i + c.tokens.length <= words.length;
          for (let k = 1; ok && k < c.tokens.length; k++) ok = words[i + k] === c.tokens[k];
          if (ok && better(c, best)) best = c;
        }
      }
      const result = best?.entry ?? null;
      cache.set(norm, result);
      return result;
    },
  };
}
