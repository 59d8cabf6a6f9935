import Papa from 'papaparse';
import type { RawCell } from '../../shared/parse/cell';

const DELIMITERS = [';', ',', '\t', '|'] as const;

/**
 * The delimiter whose rows most often have the same number (>1) of fields over the first rows. Title rows
 * and blank rows vary, data rows agree; `1,5 jt` in a `;` file does not fool it because its count varies.
 */
export function detectDelimiter(text: string): string {
  const sample = text.slice(0, 256 * 1024);
  let best: { delimiter: string; rows: number; width: number } = { delimiter: ',', rows: -1, width: 0 };
  for (const delimiter of DELIMITERS) {
    const parsed = Papa.parse<string[]>(sample, { delimiter, preview: 60, skipEmptyLines: 'greedy' });
    const counts = new Map<number, number>();
    for (const row of parsed.data) counts.set(row.length, (counts.get(row.length) ?? 0) + 1);
    let width = 0;
    let rows = 0;
    for (const [w, n] of counts) {
      if (w > 1 && (n > rows || (n === rows && w > width))) {
        width = w;
        rows = n;
      }
    }
    if (rows > best.rows || (rows === best.rows && width > best.width)) best = { delimiter, rows, width };
  }
  return best.delimiter;
}

/** The first `limit` rows of a CSV text (blank rows kept, so row numbers stay those of the file). */
export function readCsvHead(text: string, delimiter: string, limit: number): RawCell[][] {
  return Papa.parse<string[]>(text, { delimiter, preview: limit, skipEmptyLines: false }).data;
}

/** The line ending of a text: the first line break decides (`\r\n` from Windows Excel, `\n`, or old `\r`). */
export function detectNewline(text: string): '\r\n' | '\n' | '\r' {
  const lf = text.indexOf('\n');
  if (lf > 0 && text[lf - 1] === '\r') return '\r\n';
  if (lf >= 0) return '\n';
  return text.includes('\r') ? '\r' : '\n';
}

/** Characters handed to the parser at a time (a row cut at the end is carried to the next piece). */
const PIECE_CHARS = 1024 * 1024;

/**
 * Streams every row of a CSV text to `onChunk` in order, a piece at a time, synchronously. No
 * dynamicTyping: every cell stays text and is typed later by its column's field (phones keep their 0).
 * `onChunk` also receives how far the parse has got (characters), for progress. papaparse's own string
 * streaming recurses once per chunk and keeps every chunk alive until the end, so the loop is ours.
 */
export function streamCsvRows(text: string, delimiter: string, onChunk: (rows: RawCell[][], cursor: number) => void): void {
  const parser = new Papa.Parser({ delimiter, newline: detectNewline(text), quoteChar: '"' });
  let pos = 0;
  let carry = '';
  while (pos < text.length || carry !== '') {
    const end = Math.min(text.length, pos + PIECE_CHARS);
    const piece = carry + text.slice(pos, end);
    const last = end >= text.length;
    const result = parser.parse(piece, 0, !last) as { data: string[][]; meta: { cursor: number } };
    carry = last ? '' : piece.slice(result.meta.cursor);
    pos = end;
    onChunk(result.data, pos - carry.length);
    if (last) break;
  }
}
