/**
 * A fast 53-bit string hash (cyrb53, public domain). Used to recognise exactly repeated rows without
 * keeping every row's text in memory; a hit is always confirmed against the stored row, so a collision
 * can never drop a row.
 */
export function hashText(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  return finishCyrb53(h1, h2);
}

/**
 * cyrb53 over several texts as if joined with a separator (U+001F), without building the joined string;
 * `skip[i]` leaves text i out, and trailing texts that are empty (after trimming) are left out too.
 */
export function hashTexts(texts: readonly string[], skip: readonly boolean[], seed = 0): number {
  let end = texts.length;
  while (end > 0 && (skip[end - 1] || texts[end - 1].trim() === '')) end--;
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let t = 0; t < end; t++) {
    if (skip[t]) continue;
    const text = texts[t].trim();
    for (let i = 0; i <= text.length; i++) {
      const ch = i < text.length ? text.charCodeAt(i) : 0x1f;
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
  }
  return finishCyrb53(h1, h2);
}

/** cyrb53's final avalanche of the two 32-bit halves into one 53-bit integer (safe as a JS number). */
function finishCyrb53(h1: number, h2: number): number {
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
