import { findTag, rootName } from './xml-scan';

/**
 * Shared strings up to index `last` (the highest a cut sheet uses) as a complete `<sst>`: the entries
 * after it are not inflated. Excel numbers strings in the order it meets them, so the first rows of the
 * first sheet use the first strings; otherwise more of the table is read, at worst all of it.
 */
export async function cutSharedStrings(pieces: AsyncIterable<Buffer>, last: number): Promise<Buffer | null> {
  const parts: Buffer[] = [];
  let length = 0;
  let carry: Buffer = Buffer.alloc(0);
  let seen = 0;
  for await (const piece of pieces) {
    // The few bytes carried over from the last piece may hold the start of a tag.
    const window = carry.length > 0 ? Buffer.concat([carry, piece]) : piece;
    const offset = length - carry.length;
    parts.push(piece);
    length += piece.length;
    let from = 0;
    for (;;) {
      const at = findTag(window, 'si', from);
      if (at < 0) break;
      if (seen === last + 1) {
        const root = rootName(parts[0]);
        return root === null ? null : Buffer.concat([Buffer.concat(parts).subarray(0, offset + at), Buffer.from(`</${root}>`)]);
      }
      seen++;
      from = at + 3;
    }
    carry = window.subarray(Math.max(from, window.length - 4));
  }
  return Buffer.concat(parts);
}

/** The highest shared-string index the cells of a (cut) worksheet use, -1 for none. */
export function lastSharedStringIndex(sheetXml: Buffer): number {
  let last = -1;
  for (const m of sheetXml.toString('utf8').matchAll(/<c\s[^>]*?\bt\s*=\s*["']s["'][^>]*>\s*<v>\s*(\d+)/g)) last = Math.max(last, Number(m[1]));
  return last;
}
