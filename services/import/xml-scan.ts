/*
 * Finding tags and attributes in workbook XML without parsing it (see cut-sheet-xml.ts): on bytes,
 * searching for ASCII markup, which UTF-8 text never contains.
 */

/** A tag starting at `at` is `<name` followed by a space, `>` or `/` (so `<c` is not `<color`). */
export function tagAt(buf: Buffer, at: number, name: string): boolean {
  const next = buf[at + 1 + name.length];
  return next === 0x20 || next === 0x3e || next === 0x2f || next === 0x0a || next === 0x0d || next === 0x09;
}

/** The next `<name` tag from `from`, or -1. */
export function findTag(buf: Buffer, name: string, from: number): number {
  let at = buf.indexOf(`<${name}`, from, 'latin1');
  while (at >= 0 && at + name.length + 1 < buf.length && !tagAt(buf, at, name)) at = buf.indexOf(`<${name}`, at + 1, 'latin1');
  // A tag cut at the end of the buffer is found again when more bytes have come.
  return at >= 0 && at + name.length + 1 >= buf.length ? -1 : at;
}

const ATTRIBUTES = new Map<string, RegExp>();

/** The value of attribute `name` in the tag text, or undefined. */
export function attribute(tag: string, name: string): string | undefined {
  let pattern = ATTRIBUTES.get(name);
  if (!pattern) ATTRIBUTES.set(name, (pattern = new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`)));
  return pattern.exec(tag)?.[1];
}

/** 1-based column of a cell reference (`AB12` → 28), or 0. */
export function columnOf(ref: string | undefined): number {
  const letters = ref === undefined ? null : /^([A-Z]+)\d+$/.exec(ref);
  if (!letters) return 0;
  let col = 0;
  for (const ch of letters[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col;
}

/** The name of the document's root element (`worksheet`), to close the cut XML with. */
export function rootName(head: Buffer): string | null {
  return /<([A-Za-z_][\w.:-]*)[\s>]/.exec(head.toString('latin1', 0, Math.min(head.length, 4096)).replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, ''))?.[1] ?? null;
}
