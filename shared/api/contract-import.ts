import { z } from 'zod';
import { defineChannel, responseOf } from './channel';
import { FIELD_KEYS } from '../domain/fields';
import { TURNOVER_PERIODS } from '../domain/business';

/**
 * A file to import: a path on this computer (Electron, CLI) or the bytes of an uploaded file
 * (browser mode, where the page cannot read paths).
 */
export const FileSource = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('path'), path: z.string().min(1).max(4096) }).strict(),
  z
    .object({ kind: z.literal('upload'), name: z.string().min(1).max(500), base64: z.string().max(1_000_000_000) })
    .strict(),
]);
export type FileSource = z.infer<typeof FileSource>;

export const ColumnMappingSchema = z.partialRecord(z.enum(FIELD_KEYS), z.number().int().min(0).max(10000));

export const ImportOptions = z
  .object({
    source: FileSource,
    roundName: z.string().min(1).max(200).optional(),
    /** Sheet name for XLSX files; the first sheet when omitted. */
    sheet: z.string().max(200).optional(),
    /** 0-based row index of the header row; detected when omitted. */
    headerRow: z.number().int().min(0).max(10000).optional(),
    /** Column mapping; by header synonyms (or a remembered mapping) when omitted. */
    mapping: ColumnMappingSchema.optional(),
    /** The period of a turnover column whose header does not say it. */
    turnoverPeriod: z.enum(TURNOVER_PERIODS).optional(),
    /** Client-chosen id for progress events and cancel. */
    jobId: z.string().min(1).max(100).optional(),
  })
  .strict();
export type ImportOptions = z.infer<typeof ImportOptions>;

/** The summary of an import, as the CLI prints it with --json. */
export interface ImportSummary {
  round_id: number;
  rows_read: number;
  businesses_imported: number;
  /** Rows that are not businesses (blank, totals row, exact repeats), by reason. */
  skipped: Record<string, number>;
  /** Problems found in imported rows, by code. */
  issues: Record<string, number>;
  /** Decisions taken for the whole file that the user should know (e.g. an assumed turnover period). */
  notes?: string[];
}

/** How one cell of the preview was read. */
export interface PreviewCell {
  raw: string;
  value: string | number | null;
  issue: string | null;
}

export interface InspectResult {
  file_name: string;
  sheets: string[];
  sheet: string | null;
  encoding: string;
  delimiter: string | null;
  header_row: number;
  headers: string[];
  /** Field key per column index, as suggested (synonyms or a remembered mapping). */
  mapping: Record<string, number>;
  mapping_source: 'remembered' | 'synonyms' | 'option';
  /** Where the turnover period came from: the header, the user's choice, or assumed per year (ask the user). */
  period_source?: 'header' | 'option' | 'default' | null;
  /** Decisions taken for the whole file that the user should confirm. */
  notes?: string[];
  /** The first rows under the header, read with the mapping. */
  preview: Array<Record<string, PreviewCell>>;
  /** The first raw rows of the sheet, to pick another header row. */
  raw_rows: string[][];
}

/** Channels for bringing survey files into a project. */
export const importChannels = {
  /** Reads a file's sheets, header row, headers and a preview with a suggested mapping. */
  'datasets:inspect': defineChannel(
    z
      .object({
        source: FileSource,
        sheet: z.string().max(200).optional(),
        headerRow: z.number().int().min(0).max(10000).optional(),
        mapping: ColumnMappingSchema.optional(),
        turnoverPeriod: z.enum(TURNOVER_PERIODS).optional(),
      })
      .strict(),
    responseOf<InspectResult>(),
  ),
  /** Imports a file as a new round, all or nothing; resolves when done, reporting progress meanwhile. */
  'datasets:import': defineChannel(ImportOptions, responseOf<ImportSummary>()),
  /** Imports a region list in the Kemendagri `kode,nama` shape, so names outside the built-in city match. */
  'regions:import': defineChannel(
    z.object({ source: FileSource }).strict(),
    responseOf<{ regions: number; skipped: number; by_level: Record<string, number> }>(),
  ),
  /** Cancels a running job (import, clustering); the project stays as it was. */
  'jobs:cancel': defineChannel(z.object({ jobId: z.string().min(1).max(100) }).strict(), responseOf<{ cancelled: boolean }>()),
} as const;
