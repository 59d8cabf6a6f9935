/**
 * Text normalisation shared by the header, region and category matchers. Office spreadsheets spell the
 * same word in many ways (case, spacing, apostrophes, accents), so comparisons happen on a folded key.
 */

const APOSTROPHES = /['`\u2018\u2019\u02bc\u00b4]/g;
const DIACRITICS = /[\u0300-\u036f]/g;

/** Lower-cases, strips accents and apostrophes, and turns every other non-alphanumeric run into one space. */
export function foldWords(text: string): string {
  // NFKD is slow and only matters for non-ASCII text (accents, full-width characters).
  const ascii = !/[^\x00-\x7f]/.test(text);
  return (ascii ? text : text.normalize('NFKD'))
    .replace(DIACRITICS, '')
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Like foldWords, but without any spaces: `Panggung Rejo` and `PANGGUNGREJO` give the same key. */
export function foldKey(text: string): string {
  return foldWords(text).replace(/ /g, '');
}

/**
 * Levenshtein distance between two strings, giving up (returning `limit + 1`) as soon as it must exceed
 * `limit`; the matchers only care about distances of 1 or 2, so most comparisons stop after a few cells.
 */
export function boundedEditDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (a === b) return 0;
  let prev = new Array<number>(b.length + 1);
  let curr = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    curr[0] = i;
    let rowMin = curr[0];
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(prev[j] + 1, curr[j - 1] + 1, prev[j - 1] + cost);
      curr[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    [prev, curr] = [curr, prev];
  }
  return prev[b.length] <= limit ? prev[b.length] : limit + 1;
}

/**
 * Wraps a pure parser of one cell with a cache keyed by the cell's text: survey columns repeat the same
 * few values (`Perdagangan`, `valid`, `2 orang`) on every row. At most `limit` distinct texts are kept.
 */
export function memoiseByText<T>(parse: (cell: string | number | null) => T, limit = 20000): (cell: string | number | null) => T {
  const cache = new Map<string, T>();
  return (cell) => {
    if (typeof cell !== 'string' || cell.length > 200) return parse(cell);
    const hit = cache.get(cell);
    if (hit !== undefined || cache.has(cell)) return hit as T;
    const value = parse(cell);
    if (cache.size < limit) cache.set(cell, value);
    return value;
  };
}
