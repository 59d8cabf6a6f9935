import { attribute, columnOf, findTag, rootName, tagAt } from './xml-scan';

/*
 * Cutting a large worksheet's XML down to what the import wizard's preview reads, without parsing it:
 * its first rows, and what the rest changes about them. The cut XML is read by exceljs as before
 * (read-xlsx-head.ts), so cell values come out exactly as from the whole workbook. Whatever the
 * scanner does not expect makes it give up (null): the caller then reads the whole workbook.
 */

/** The first rows of a sheet as worksheet XML, and whether the sheet has rows after them. */
export interface SheetCut {
  xml: Buffer;
  rowsBeyond: boolean;
}

/** The head is kept in memory while the cut is looked for: past this a sheet is read the slow way. */
const MAX_HEAD_BYTES = 64 * 1024 * 1024;
/** Rows after the head that are kept because they may widen the table (see cutSheetXml). */
const MAX_KEPT_BYTES = 16 * 1024 * 1024;
const SHEET_DATA_END = '</sheetData>';

/**
 * The columns a row certainly gives the sheet's width: the last cell exceljs keeps (one with a value,
 * or a style), provided the row has a value at all (exceljs's columnCount skips rows without). Anything
 * unsure counts as 0: the row is then kept for exceljs to judge, and later rows are compared with less.
 */
function certainWidth(row: string): number {
  let width = 0;
  let valued = false;
  for (const m of row.matchAll(/<c(\s[^>]*?)?(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const attrs = m[1] ?? '';
    const body = m[2] ?? '';
    // Exactly what exceljs's CellXform counts as a value: a formula, or a value or text that is not empty.
    const hasValue = /<f(\s[^>]*)?>[^<]/.test(body) || /<f\s[^>]*\st\s*=/.test(body) || /<(v|t)(\s[^>]*)?>[^<]/.test(body);
    const styled = Number.parseInt(attribute(attrs, 's') ?? '0', 10) > 0;
    if (!hasValue && !styled) continue;
    const col = columnOf(attribute(attrs, 'r'));
    if (col === 0) return 0;
    valued ||= hasValue;
    width = Math.max(width, col);
  }
  return valued ? width : 0;
}

/** The column of the last `<c` tag between `from` and `to`, 0 when none, -1 when it has no readable reference. */
function lastCellColumn(buf: Buffer, from: number, to: number): number {
  let at = buf.lastIndexOf('<c', to, 'latin1');
  while (at >= from && !tagAt(buf, at, 'c')) at = at - 1 < from ? -1 : buf.lastIndexOf('<c', at - 1, 'latin1');
  if (at < from) return 0;
  const end = buf.indexOf('>', at, 'latin1');
  const col = columnOf(attribute(buf.toString('latin1', at, end), 'r'));
  return col === 0 ? -1 : col;
}

/**
 * Reads a worksheet's XML as it is inflated and keeps: everything before the first row after
 * `headRows`; the merged ranges at the end that matter (a merged range copies its value into each of
 * its cells, and widens the rows it covers); and the later rows that may widen the table. exceljs takes a sheet's
 * width from its widest row that has a value, so the head's rows are padded to the width of the
 * whole sheet; a later row is kept when its last cell lies right of every later row kept so far.
 * Only `<row` tags and the last `<c` tag of each row are looked at.
 */
export async function cutSheetXml(pieces: AsyncIterable<Buffer>, headRows: number): Promise<SheetCut | null> {
  const scanner = new SheetScanner(headRows);
  for await (const piece of pieces) {
    if (!scanner.push(piece)) return null;
    if (scanner.merges !== null) break;
  }
  return scanner.finish();
}

type Step = 'more' | 'next' | 'give-up';

class SheetScanner {
  private phase: 'start' | 'head' | 'rows' | 'tail' = 'start';
  /** Bytes not yet passed; in the first two phases everything from the start of the XML. */
  private buf = Buffer.alloc(0);
  private pos = 0;
  private head: Buffer | null = null;
  private readonly kept: Buffer[] = [];
  private readonly keptRows: number[] = [];
  private keptBytes = 0;
  /** The widest later row kept so far, by certainWidth. */
  private widest = 0;
  private rowsBeyond = false;
  private mergesAt = -1;
  merges: Buffer | null = null;

  constructor(private readonly headRows: number) {}

  /** Takes the next piece; false to give up. */
  push(piece: Buffer): boolean {
    const keepAll = this.phase === 'start' || this.phase === 'head';
    this.buf = keepAll ? Buffer.concat([this.buf, piece]) : Buffer.concat([this.buf.subarray(this.pos), piece]);
    if (!keepAll) this.pos = 0;
    for (;;) {
      const step = this.phase === 'start' ? this.start() : this.phase === 'head' ? this.skipHead() : this.phase === 'rows' ? this.scanRows() : this.scanTail();
      if (step === 'give-up') return false;
      if (step === 'more') return this.phase !== 'start' && this.phase !== 'head' ? true : this.buf.length <= MAX_HEAD_BYTES;
    }
  }

  finish(): SheetCut | null {
    if (this.head === null || this.phase !== 'tail') return null;
    const root = rootName(this.head);
    if (root === null) return null;
    const parts = [this.head, ...this.kept, Buffer.from(SHEET_DATA_END), this.keptMerges(), Buffer.from(`</${root}>`)];
    return { xml: Buffer.concat(parts), rowsBeyond: this.rowsBeyond };
  }

  /**
   * The merged ranges that matter: those reaching into the head (their value fills its cells), those
   * over a kept row, and of the others only the one reaching furthest right (all such a range changes
   * is the width). exceljs checks each range against every other: thousands would take long.
   */
  private keptMerges(): Buffer {
    if (this.merges === null) return Buffer.alloc(0);
    const text = this.merges.toString('utf8');
    const tags = [...text.matchAll(/<mergeCell\s[^>]*?(?:\/>|>\s*<\/mergeCell>)/g)].map((m) => m[0]);
    // Anything else in the list is left to exceljs as it is.
    if (tags.length !== (text.match(/<mergeCell[\s>/]/g) ?? []).length) return this.merges;
    const kept: string[] = [];
    let widest = { right: 0, tag: '' };
    for (const tag of tags) {
      const range = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(attribute(tag, 'ref') ?? '');
      if (!range) {
        kept.push(tag);
        continue;
      }
      const [top, bottom] = [Number(range[2]), Number(range[4] ?? range[2])].sort((a, b) => a - b);
      const right = Math.max(columnOf(`${range[1]}1`), columnOf(`${range[3] ?? range[1]}1`));
      if (top <= this.headRows || this.keptRows.some((r) => r >= top && r <= bottom)) kept.push(tag);
      else if (right > widest.right) widest = { right, tag };
    }
    return Buffer.from(`<mergeCells>${kept.join('')}${widest.tag}</mergeCells>`);
  }

  private start(): Step {
    const at = findTag(this.buf, 'sheetData', this.pos);
    const end = at < 0 ? -1 : this.buf.indexOf('>', at, 'latin1');
    if (end < 0) return 'more';
    if (this.buf[end - 1] === 0x2f) {
      // `<sheetData/>`: a sheet without rows.
      this.head = Buffer.concat([this.buf.subarray(0, at), Buffer.from('<sheetData>')]);
      return this.enter('tail', end + 1);
    }
    this.pos = end + 1;
    this.phase = 'head';
    return 'next';
  }

  /** Passes the rows of the head, up to the first row after it or the end of the rows. */
  private skipHead(): Step {
    const { buf } = this;
    for (;;) {
      const next = this.nextRow();
      if (next === null) return 'more';
      if ('end' in next) {
        this.head = Buffer.from(buf.subarray(0, next.end - SHEET_DATA_END.length));
        return this.enter('tail', next.end);
      }
      const { at, r, tagEnd, selfClosing } = next;
      if (r === 0) return 'give-up';
      if (r > this.headRows) {
        this.head = Buffer.from(buf.subarray(0, at));
        return this.enter('rows', at);
      }
      if (selfClosing) {
        this.pos = tagEnd + 1;
        continue;
      }
      const rowEnd = buf.indexOf('</row>', tagEnd, 'latin1');
      if (rowEnd < 0) return 'more';
      this.pos = rowEnd + '</row>'.length;
    }
  }

  /** Passes the rows after the head, keeping those that may widen the table. */
  private scanRows(): Step {
    const { buf } = this;
    for (;;) {
      const next = this.nextRow();
      if (next === null) return 'more';
      if ('end' in next) return this.enter('tail', next.end);
      const { at, r, tagEnd, selfClosing } = next;
      // Rows out of order (or without number) are left to exceljs reading the whole sheet.
      if (r <= this.headRows) return 'give-up';
      this.rowsBeyond = true;
      if (selfClosing) {
        this.pos = tagEnd + 1;
        continue;
      }
      const rowEnd = buf.indexOf('</row>', tagEnd, 'latin1');
      if (rowEnd < 0) {
        this.pos = at;
        return 'more';
      }
      const end = rowEnd + '</row>'.length;
      const last = lastCellColumn(buf, tagEnd, rowEnd);
      if (last < 0 || last > this.widest) {
        const row = Buffer.from(buf.subarray(at, end));
        this.kept.push(row);
        this.keptRows.push(r);
        this.keptBytes += row.length;
        if (this.keptBytes > MAX_KEPT_BYTES) return 'give-up';
        this.widest = Math.max(this.widest, certainWidth(row.toString('latin1')));
      }
      this.pos = end;
    }
  }

  /** Looks for `<mergeCells>…</mergeCells>` after the rows. */
  private scanTail(): Step {
    const { buf } = this;
    if (this.mergesAt < 0) {
      const at = findTag(buf, 'mergeCells', this.pos);
      if (at < 0) {
        // Keep the last bytes, in which the tag may have begun.
        this.pos = Math.max(this.pos, buf.length - 16);
        return 'more';
      }
      this.mergesAt = 0;
      this.pos = at;
    }
    const tagEnd = buf.indexOf('>', this.pos, 'latin1');
    if (tagEnd >= 0 && buf[tagEnd - 1] === 0x2f) this.merges = Buffer.from(buf.subarray(this.pos, tagEnd + 1));
    const end = buf.indexOf('</mergeCells>', this.pos, 'latin1');
    if (end >= 0) this.merges = Buffer.from(buf.subarray(this.pos, end + '</mergeCells>'.length));
    return 'more';
  }

  private enter(phase: 'rows' | 'tail', at: number): Step {
    this.phase = phase;
    this.pos = at;
    return 'next';
  }

  /**
   * The next `<row` tag from pos: its start, number (0 when missing) and end; where `</sheetData>` ends
   * when it comes first; null when more bytes are needed.
   */
  private nextRow(): { at: number; r: number; tagEnd: number; selfClosing: boolean } | { end: number } | null {
    const { buf } = this;
    const at = findTag(buf, 'row', this.pos);
    // Only looked for up to the next row: searching the rest of the buffer for every row would be slow.
    const close = at < 0 ? buf.indexOf(SHEET_DATA_END, this.pos, 'latin1') : buf.subarray(this.pos, at).indexOf(SHEET_DATA_END, 0, 'latin1');
    if (close >= 0) return { end: (at < 0 ? close : this.pos + close) + SHEET_DATA_END.length };
    if (at < 0) {
      if (this.phase === 'rows') this.pos = Math.max(this.pos, buf.length - 16);
      return null;
    }
    const tagEnd = buf.indexOf('>', at, 'latin1');
    if (tagEnd < 0) return null;
    const r = Number(attribute(buf.toString('latin1', at, tagEnd), 'r'));
    return { at, r: Number.isInteger(r) && r > 0 ? r : 0, tagEnd, selfClosing: buf[tagEnd - 1] === 0x2f };
  }
}
