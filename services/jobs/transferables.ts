/**
 * The ArrayBuffers under the typed arrays of a value, each once (the same column can sit in several
 * places: a profile column is also a feature column), to move them to another thread instead of
 * copying. Only buffers a view covers whole: a slice of Node's shared Buffer pool must not be moved
 * (and cannot be, from Node 21).
 */
export function transferablesOf(value: unknown): ArrayBuffer[] {
  const found = new Set<ArrayBuffer>();
  const seen = new Set<object>();
  const visit = (v: unknown): void => {
    if (v === null || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    if (ArrayBuffer.isView(v)) {
      if (v.buffer instanceof ArrayBuffer && v.byteOffset === 0 && v.byteLength === v.buffer.byteLength && v.byteLength > 0) found.add(v.buffer);
      return;
    }
    if (v instanceof Map) v.forEach(visit);
    else if (Array.isArray(v)) v.forEach(visit);
    else Object.values(v).forEach(visit);
  };
  visit(value);
  return [...found];
}
