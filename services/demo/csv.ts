/** RFC 4180 writing: `,` delimiter, CRLF line ends, quotes only where a cell needs them. */

const NEEDS_QUOTES = /[",\r\n]/;

/** One cell, quoted (with doubled inner quotes) when it holds a comma, quote or line break. */
export function quoteCsvCell(cell: string): string {
  return NEEDS_QUOTES.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** One record as a CSV line including its CRLF terminator. */
export function toCsvLine(cells: readonly string[]): string {
  return cells.map(quoteCsvCell).join(',') + '\r\n';
}
