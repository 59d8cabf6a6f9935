/**
 * A business's original row, `businesses.original_json`: the source row exactly as read, in one of two
 * stored forms, told apart by their first character (no schema version needed, both stay readable):
 *
 * - array, `["Ani","Gadingrejo",…]` (written by imports since the array form was introduced): every cell's
 *   text in source column order. The keys are the import's headers (`imports.headers_json`, joined via
 *   `businesses.import_id`), and cells beyond the header's width are `Kolom N`. The headers are stored
 *   once per import instead of once per row: a smaller project file and a cheaper import.
 * - object, `{"Nama":"Ani","Kecamatan":"Gadingrejo",…}` (projects imported before): `{header: cell}`, as is.
 *
 * Both forms read back as the same `{header: cell}` object, with the same keys in the same order.
 */

/** The key of a cell beyond the header's width. */
export function extraColumnKey(c: number): string {
  return `Kolom ${c + 1}`;
}

/** The stored (array) form of a row's cell texts. */
export function encodeOriginalRow(texts: readonly string[]): string {
  return JSON.stringify(texts);
}

/**
 * The original row as `{header: cell}`, from either stored form. `headers` are the import's headers
 * (ignored for the object form; null when the business has no import, then every cell is `Kolom N`).
 * Keys are set the way JSON.parse sets them (a repeated key keeps its first place, the last value wins),
 * so an array row reads back exactly as the object the earlier imports wrote for the same cells.
 */
export function decodeOriginalRow(json: string, headers: readonly string[] | null): Record<string, string> {
  const parsed = JSON.parse(json) as unknown;
  if (!Array.isArray(parsed)) return parsed as Record<string, string>;
  const out: Record<string, string> = {};
  for (let c = 0; c < parsed.length; c++) setOwn(out, headers?.[c] ?? extraColumnKey(c), String(parsed[c] ?? ''));
  return out;
}

/**
 * The row's cell texts in column order, from either stored form (the object form is read by `headers`,
 * then its `Kolom N` cells beyond them), so that two rows compare like with like whatever their form.
 */
export function originalCellTexts(json: string, headers: readonly string[]): string[] {
  const parsed = JSON.parse(json) as unknown;
  if (Array.isArray(parsed)) return parsed.map((t) => String(t ?? ''));
  const original = parsed as Record<string, string>;
  const texts = headers.map((h) => original[h] ?? '');
  for (let c = texts.length; extraColumnKey(c) in original; c++) texts.push(original[extraColumnKey(c)]);
  return texts;
}

/** Sets an own property, even one called `__proto__` (a plain assignment would change the prototype). */
export function setOwn(target: Record<string, string>, key: string, value: string): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}
