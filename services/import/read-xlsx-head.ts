import ExcelJS from 'exceljs';
import { AppError } from '../../shared/api/result';
import type { RawCell } from '../../shared/parse/cell';
import { cutSharedStrings, lastSharedStringIndex } from './cut-shared-strings';
import { cutSheetXml } from './cut-sheet-xml';
import { chooseSheet, loadWorkbook, readSheetRows } from './read-xlsx';
import { openZip, readZipEntry, streamZipEntry, writeStoredZip, zipFileNames, type ZipArchive } from './zip-entries';

/** What the import wizard shows of a workbook: its sheets, and the first rows of the chosen one. */
export interface WorkbookHead {
  sheets: string[];
  sheet: string;
  head: RawCell[][];
}

/** The parts exceljs reads that can change the values of cells or the list of sheets, kept as they are. */
const KEPT_PARTS = ['_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'docProps/app.xml', 'docProps/core.xml'];
/** A worksheet part, by exceljs's own test (lib/xlsx/xlsx.js). */
const WORKSHEET_PART = /xl\/worksheets\/sheet(\d+)[.]xml/;
const SHARED_STRINGS = 'xl/sharedStrings.xml';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const EMPTY_SHEET = Buffer.from(`<worksheet xmlns="${MAIN_NS}"><sheetData/></worksheet>`);

/** A worksheet whose cell A1 names its part, to learn which part holds the sheet exceljs lists as N-th. */
function markerSheet(part: string): Buffer {
  return Buffer.from(`<worksheet xmlns="${MAIN_NS}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${part}</t></is></c></row></sheetData></worksheet>`);
}

/** True for a zip file, the only thing sniff.ts takes for a workbook. */
export function looksLikeWorkbook(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * The sheets of a workbook and the first `headRows` rows of the chosen one (named, else the first),
 * exactly as readSheetRows gives them from the whole workbook, and with its errors (only damage in
 * parts not read, another sheet or rows past the head, is left for the import to find). Reading a whole
 * workbook of 421,000 rows with exceljs takes about a minute and 4 GB; here exceljs reads a small
 * workbook made of the same parts with the sheet cut after its first rows (cut-sheet-xml.ts), which
 * takes a second or two. A workbook the cutting does not handle is read whole, as before.
 */
export async function readWorkbookHead(bytes: Uint8Array, fileName: string, sheetName: string | undefined, headRows: number): Promise<WorkbookHead> {
  const quick = await readHeadFromCut(bytes, sheetName, headRows);
  if (quick) return quick;
  const workbook = await loadWorkbook(bytes, fileName);
  const sheet = chooseSheet(workbook, sheetName);
  return { sheets: workbook.worksheets.map((w) => w.name), sheet: sheet.name, head: readSheetRows(sheet, Math.min(sheet.rowCount, headRows)) };
}

/**
 * The head read through the cut workbook, or null where the cutting gives up (the caller then reads
 * the whole workbook). Exported for the tests, which check that the cut is used and agrees.
 */
export async function readHeadFromCut(bytes: Uint8Array, sheetName: string | undefined, headRows: number): Promise<WorkbookHead | null> {
  const zip = await openZip(bytes);
  if (!zip) return null;
  try {
    const names = new Set(zipFileNames(zip));
    const kept = await Promise.all(KEPT_PARTS.filter((name) => names.has(name)).map(async (name) => ({ name, data: await readZipEntry(zip, name) })));
    const parts = [...names].filter((name) => WORKSHEET_PART.test(name));
    // First the sheets as exceljs lists them, each replaced by a marker: which part is the chosen sheet.
    const marked = await loadSmallWorkbook([...kept, ...parts.map((name) => ({ name, data: markerSheet(name) }))]);
    if (marked.worksheets.length === 0) return null;
    const chosen = chooseSheet(marked, sheetName);
    const index = marked.worksheets.indexOf(chosen);
    const part = String(chosen.getCell('A1').value);
    if (!names.has(part)) return null;

    const cut = await cutSheetXml(streamZipEntry(zip, part), headRows);
    if (!cut) return null;
    const strings = await cutStrings(zip, names.has(SHARED_STRINGS), lastSharedStringIndex(cut.xml));
    if (strings === null) return null;
    const workbook = await loadSmallWorkbook([
      ...kept,
      ...parts.map((name) => ({ name, data: name === part ? cut.xml : EMPTY_SHEET })),
      ...(strings ? [{ name: SHARED_STRINGS, data: strings }] : []),
    ]);
    const sheet = workbook.worksheets[index];
    if (!sheet || sheet.name !== chosen.name) return null;
    // Rows after the head make the whole sheet longer than the head, even when none was kept.
    const count = cut.rowsBeyond ? headRows : Math.min(headRows, sheet.rowCount);
    return { sheets: marked.worksheets.map((w) => w.name), sheet: sheet.name, head: readSheetRows(sheet, count) };
  } catch (err) {
    // The chosen sheet is missing: the whole workbook would say the same, after reading all of it.
    if (err instanceof AppError) throw err;
    return null;
  }
}

/** The shared strings up to `last` (undefined when none are used or the workbook has none); null to give up. */
async function cutStrings(zip: ZipArchive, present: boolean, last: number): Promise<Buffer | null | undefined> {
  if (!present || last < 0) return undefined;
  return cutSharedStrings(streamZipEntry(zip, SHARED_STRINGS), last);
}

async function loadSmallWorkbook(files: Array<{ name: string; data: Uint8Array }>): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await writeStoredZip(files)) as unknown as ArrayBuffer);
  return workbook;
}
