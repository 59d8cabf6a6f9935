import { LOST_REASONS, type LostReason } from '../../shared/domain/verification';
import { toCsvLine } from './csv';
import { applyCopy, generateCleanRecord, type DemoRecord } from './generate-record';
import { planMesses, type DemoMessCounts, type MessPlan, type RowCopy } from './messes';
import { DEMO_SURVEY_HEADER, writeSurveyCells } from './survey-cells';
import {
  DEMO_DEFAULT_SEED, DEMO_KECAMATAN, DEMO_TOTAL_ROWS, KIND_FIELD, KIND_VALID, layOutSurvey, reasonOfKind,
  type SurveyLayout,
} from './survey-plan';

/**
 * The synthetic demo survey: by default a Kota Pasuruan 2022 survey shaped like the seed's
 * recap (000:253-324) — 12,580 businesses from the office list (9,808 valid, 2,772 hilang: 37
 * luar_kota, 2 data_dobel, the rest tidak_lagi_usaha / pindah_alamat / meninggal / fiktif) over
 * the 4 kecamatan and 34 kelurahan, plus 150 businesses found in the field. Every person and
 * business is an invented combination of short word lists; identity numbers only follow the
 * NIK/KK structure. The deliberate mess is documented (with rates) in ./messes.ts.
 *
 * Deterministic: the same options give byte-identical output. Larger counts (e.g. 421,000 rows
 * for Kabupaten Malang benchmarks) keep the same proportions and Kota Pasuruan's regions.
 */

export { DEMO_SURVEY_FIELDS, DEMO_SURVEY_HEADER, DEMO_MARKETING_TEXT } from './survey-cells';
export { DEMO_DEFAULT_SEED, DEMO_TOTAL_ROWS, DEMO_OFFICE_ROWS, DEMO_FIELD_ROWS } from './survey-plan';
export { DEMO_MESS_RATES, MESS, type DemoMessCounts } from './messes';
export type { DemoRecord } from './generate-record';

export interface SurveyOptions {
  /** Total rows (office list + field finds); default 12,730 = the Kota Pasuruan demo. */
  count?: number;
  /** PRNG seed (32-bit integer); default DEMO_DEFAULT_SEED. */
  seed?: number;
}

/** The whole plan of a survey: row layout and the rows chosen for each mess. */
export interface SurveyPlan {
  layout: SurveyLayout;
  messes: MessPlan;
}

/** One generated row: the clean record, the messes applied to it, and the cells as written. */
export interface DemoRow {
  record: DemoRecord;
  /** Bit set of MESS flags written into this row. */
  messFlags: number;
  /** Set when this row repeats another (duplicate listing or shared NIK). */
  copy: RowCopy | null;
  cells: string[];
}

/** Counts per outcome, kecamatan and mess of a planned survey (known before generating rows). */
export interface DemoSurveySummary {
  seed: number;
  rows: number;
  bySource: { data_dinas: number; temuan_lapangan: number };
  byStatus: { valid: number; hilang: number };
  byReason: Record<LostReason, number>;
  /** Per kecamatan code: office rows (data awal), their valid/hilang split, and field finds. */
  byKecamatan: Record<string, { name: string; dataAwal: number; valid: number; hilang: number; temuanLapangan: number }>;
  messes: DemoMessCounts;
}

/** Plans a survey (layout and messes) from options; the expensive part of generation is not here. */
export function createSurveyPlan(options: SurveyOptions = {}): SurveyPlan {
  const count = options.count ?? DEMO_TOTAL_ROWS;
  const seed = (options.seed ?? DEMO_DEFAULT_SEED) >>> 0;
  const layout = layOutSurvey(count, seed);
  return { layout, messes: planMesses(layout) };
}

/** The rows of a survey with their clean records and mess flags, in file order. */
export function* generateSurveyRecords(options: SurveyOptions | SurveyPlan = {}): Generator<DemoRow> {
  const plan = 'layout' in options ? options : createSurveyPlan(options);
  const { layout, messes } = plan;
  for (let i = 0; i < layout.count; i++) {
    let record = generateCleanRecord(layout, i);
    const copy = messes.copies.get(i) ?? null;
    if (copy) record = applyCopy(record, generateCleanRecord(layout, copy.source), copy.whole);
    const messFlags = messes.flags[i] as number;
    yield { record, messFlags, copy, cells: writeSurveyCells(record, messFlags) };
  }
}

/** The data rows of a survey as CSV cells (no header row; see DEMO_SURVEY_HEADER). */
export function* generateSurveyRows(options: SurveyOptions | SurveyPlan = {}): Generator<string[]> {
  for (const row of generateSurveyRecords(options)) yield row.cells;
}

/** The CSV text in chunks of `rowsPerChunk` rows, the header in the first chunk, for streaming to a file. */
export function* generateSurveyCsvChunks(options: SurveyOptions | SurveyPlan = {}, rowsPerChunk = 5000): Generator<string> {
  let chunk = toCsvLine([...DEMO_SURVEY_HEADER]);
  let rows = 0;
  for (const cells of generateSurveyRows(options)) {
    chunk += toCsvLine(cells);
    if (++rows % rowsPerChunk === 0) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk !== '') yield chunk;
}

/** The whole survey as one CSV string: header (FIELD_LABELS texts) and rows, `,`-delimited, CRLF. */
export function generateSurveyCsv(options: SurveyOptions | SurveyPlan = {}): string {
  let text = '';
  for (const chunk of generateSurveyCsvChunks(options)) text += chunk;
  return text;
}

/** The counts of a survey as planned: what the generated rows will contain, exactly. */
export function summarizeSurvey(options: SurveyOptions | SurveyPlan = {}): DemoSurveySummary {
  const { layout, messes } = 'layout' in options ? options : createSurveyPlan(options);
  const byReason = Object.fromEntries(LOST_REASONS.map((r) => [r, 0])) as Record<LostReason, number>;
  const byKecamatan: DemoSurveySummary['byKecamatan'] = {};
  let valid = 0;
  let field = 0;
  layout.table.forEach((cells, k) => {
    const kec = DEMO_KECAMATAN[k];
    if (!kec) return;
    const entry = { name: kec.name, dataAwal: 0, valid: 0, hilang: 0, temuanLapangan: cells[KIND_FIELD] as number };
    cells.forEach((n, kind) => {
      const reason = reasonOfKind(kind);
      if (reason !== null) {
        byReason[reason] += n;
        entry.hilang += n;
      } else if (kind === KIND_VALID) entry.valid += n;
    });
    entry.dataAwal = entry.valid + entry.hilang;
    valid += entry.valid + entry.temuanLapangan;
    field += entry.temuanLapangan;
    byKecamatan[kec.code] = entry;
  });
  return {
    seed: layout.seed,
    rows: layout.count,
    bySource: { data_dinas: layout.count - field, temuan_lapangan: field },
    byStatus: { valid, hilang: layout.count - valid },
    byReason,
    byKecamatan,
    messes: messes.counts,
  };
}
