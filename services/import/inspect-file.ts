import type { Db } from '../db/open';
import type { FileSource, InspectResult, PreviewCell } from '../../shared/api/contract-import';
import type { TurnoverPeriod } from '../../shared/domain/business';
import type { ColumnMapping, FieldKey } from '../../shared/domain/fields';
import { looksLikePersonalNumber, maskIdentityNumber, maskPhone } from '../../shared/domain/masking';
import { cellText, type RawCell } from '../../shared/parse/cell';
import { createRowConverter, listKnownKabupaten, type BusinessValues } from '../../shared/parse/convert-row';
import { isBlankRow, isTotalsRow } from '../../shared/parse/detect-header';
import type { RegionMatcher } from '../../shared/parse/match-region';
import { parseMoney } from '../../shared/parse/parse-money';
import { HEAD_ROWS, openTable } from './open-table';
import { buildRegionMatcher, loadRegions, planImport } from './plan';
import { loadSource } from './read-source';
import { looksLikeWorkbook, readWorkbookHead } from './read-xlsx-head';

/** A CSV preview decodes at most this much of the file (bytes); the import itself reads all of it. */
const PREVIEW_BYTES = 4 * 1024 * 1024;
const PREVIEW_ROWS = 20;
const RAW_ROWS = 30;

export interface InspectRequest {
  source: FileSource;
  sheet?: string;
  headerRow?: number;
  mapping?: ColumnMapping;
  turnoverPeriod?: TurnoverPeriod;
}

const PERSONAL: ReadonlySet<FieldKey> = new Set(['nik', 'no_kk', 'telepon']);

function mask(field: FieldKey, value: string | null): string | null {
  if (value === null) return null;
  return field === 'telepon' ? maskPhone(value) : maskIdentityNumber(value);
}

/**
 * Reads a file for the import wizard without writing anything: its sheets, the detected (or chosen)
 * header row, the suggested (remembered, or by synonyms) mapping, and the first rows read with it, each
 * cell with its raw text, the value it becomes and its problem. NIK, No. KK and phone are masked.
 */
export async function inspectFile(db: Db, request: InspectRequest): Promise<InspectResult> {
  const source = loadSource(request.source);
  // A workbook is not read whole: its first rows are cut out first (read-xlsx-head.ts).
  const table = looksLikeWorkbook(source.bytes)
    ? { encoding: 'xlsx', delimiter: null, ...(await readWorkbookHead(source.bytes, source.fileName, request.sheet, HEAD_ROWS)) }
    : await openTable(source.bytes, source.fileName, request.sheet, PREVIEW_BYTES);
  const plan = planImport(db, table.head, source.fileName, { ...request, lenient: true });
  const regions = loadRegions(db);
  const matcher = buildRegionMatcher(regions, plan, table.head.slice(plan.dataStart));
  const convert = createRowConverter({ headers: plan.headers, mapping: plan.mapping, matcher, currentYear: new Date().getFullYear(), knownKabupaten: listKnownKabupaten(regions) });
  const personalColumns = new Set([...PERSONAL].map((f) => plan.mapping[f]).filter((c): c is number => c !== undefined));

  const preview: InspectResult['preview'] = [];
  for (let i = plan.dataStart; i < table.head.length && preview.length < PREVIEW_ROWS; i++) {
    const row = table.head[i];
    if (isBlankRow(row) || isTotalsRow(row)) continue;
    const { values, issues } = convert(row, i + 1);
    const cells: Record<string, PreviewCell> = {};
    for (const [field, col] of Object.entries(plan.mapping) as Array<[FieldKey, number | undefined]>) {
      if (col === undefined) continue;
      const raw = cellText(row[col] ?? null);
      const issue = issues.find((x) => x.field === field)?.message ?? null;
      const value = previewValue(field, row[col] ?? null, values, matcher);
      cells[field] = PERSONAL.has(field) ? { raw: mask(field, raw.trim() || null) ?? '', value: mask(field, value as string | null), issue } : { raw, value, issue };
    }
    preview.push(cells);
  }

  const raw_rows = table.head.slice(0, RAW_ROWS).map((row, r) =>
    row.map((c, col) => {
      const text = cellText(c);
      if (r <= plan.headerRow || text.trim() === '') return text;
      // Mask mapped personal columns, and anything shaped like a NIK/KK or a phone in columns the
      // user has not mapped (yet): raw rows are shown before the mapping is settled.
      if (personalColumns.has(col) || looksLikePersonalNumber(text)) return maskIdentityNumber(text.trim()) ?? '';
      return text;
    }),
  );
  const mapping: Record<string, number> = {};
  for (const [field, col] of Object.entries(plan.mapping)) if (col !== undefined) mapping[field] = col;
  return {
    file_name: source.fileName,
    sheets: table.sheets,
    sheet: table.sheet,
    encoding: table.encoding,
    delimiter: table.delimiter,
    header_row: plan.headerRow,
    headers: plan.headers,
    mapping,
    mapping_source: plan.mappingSource,
    period_source: plan.periodSource,
    notes: plan.notes,
    preview,
    raw_rows,
  };
}

/** How one mapped cell was read, in the form the user recognises (a region shows its name and code). */
function previewValue(field: FieldKey, cell: RawCell, v: BusinessValues, matcher: RegionMatcher): string | number | null {
  switch (field) {
    case 'kecamatan':
    case 'kelurahan': {
      const code = field === 'kecamatan' ? v.kecamatan_code : v.kelurahan_code;
      const region = code === null ? undefined : matcher.regionOf(code);
      return region ? `${region.name} (${region.code})` : code;
    }
    case 'omzet_tahunan':
    case 'omzet_bulanan':
    case 'aset':
    case 'modal':
      return parseMoney(cell).value;
    case 'kemitraan':
      return v.kemitraan === null ? null : v.kemitraan === 1 ? 'ya' : 'tidak';
    default:
      return v[field];
  }
}

export type { InspectResult };
