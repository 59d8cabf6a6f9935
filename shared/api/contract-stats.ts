import { z } from 'zod';
import { defineChannel, responseOf } from './channel';
import { BusinessFilter } from './contract-data';
import { RULE_SETS } from '../classify/size-rules';
import { JENIS_GROUPS } from '../classify/jenis-groups';
import { GROUP_BY_KEYS } from '../stats/table-types';
import { QUALITY_FLAGS } from '../stats/quality-rules';
import type {
  ClassificationRules,
  ClassificationSummary,
  ClassifiedPage,
  JenisDictionary,
  UnclassifiedList,
} from '../classify/classification-types';
import type { GroupStatsResult, IndicatorsTable, LqTable, RekapTable, VerifikasiTable } from '../stats/table-types';
import type { QualityReport, TablesExportResult, RecordsExportResult } from '../stats/report-types';

const rupiah = z.number().int().min(0).max(1e15);

/** Turnover bands: fixed inclusive upper bounds in Rupiah per year, or quantile bands. */
export const BandConfigSchema = z.union([
  z.object({ mode: z.literal('fixed'), upper: z.array(rupiah).min(1).max(20) }).strict(),
  z.object({ mode: z.literal('quantile'), count: z.number().int().min(2).max(10) }).strict(),
]);

export const DictionaryEntrySchema = z
  .object({
    keyword: z.string().trim().min(1).max(80),
    label: z.string().trim().min(1).max(80),
    group: z.enum(JENIS_GROUPS),
    kbli: z.string().regex(/^\d{2}$/).nullable(),
  })
  .strict();

const areaLevel = z.enum(['kecamatan', 'kelurahan']);
const jobId = z.string().min(1).max(100).optional();

/** Tables that can be exported, one sheet each. */
export const EXPORT_TABLES = [
  'rekap_kecamatan', 'rekap_kelurahan', 'verifikasi', 'klasifikasi', 'statistik_kecamatan', 'lq_kecamatan', 'lq_kelurahan',
  'lq_kelurahan_jenis', 'sentra', 'indikator', 'kualitas_wilayah',
] as const;
export type ExportTableKey = (typeof EXPORT_TABLES)[number];

/** Channels for classification, statistics and the potential-mapping tables (issue 4). */
export const statsChannels = {
  /** The classification settings (rule set, PP 7/2021 basis, bands) with every rule set's thresholds. */
  'classify:rules': defineChannel(z.object({}).strict(), responseOf<ClassificationRules>()),
  /** Saves classification settings and reclassifies every round of the project (a job with progress). */
  'classify:saveRules': defineChannel(
    z
      .object({
        rule_set: z.enum(RULE_SETS).optional(),
        pp7_basis: z.enum(['penjualan', 'modal']).optional(),
        bands: BandConfigSchema.optional(),
        jobId,
      })
      .strict(),
    responseOf<ClassificationRules>(),
  ),
  /** Classifies a round now (optionally switching the rule set first) and returns its summary. */
  'classify:run': defineChannel(
    z.object({ roundId: z.number().int().positive(), rule_set: z.enum(RULE_SETS).optional(), jobId }).strict(),
    responseOf<ClassificationSummary>(),
  ),
  /** Counts by size class, bidang, jenis-usaha group and band for the filtered counted businesses. */
  'classify:summary': defineChannel(z.object({ filter: BusinessFilter }).strict(), responseOf<ClassificationSummary>()),
  /** Jenis-usaha texts no keyword matched, most frequent first, to extend the dictionary. */
  'classify:unclassified': defineChannel(
    z.object({ roundId: z.number().int().positive(), limit: z.number().int().min(1).max(5000).optional() }).strict(),
    responseOf<UnclassifiedList>(),
  ),
  /** Businesses above the micro limits ("sudah naik kelas" candidates), with conflicting criteria, or of unknown size. */
  'classify:candidates': defineChannel(
    z
      .object({
        filter: BusinessFilter,
        which: z.enum(['above_micro', 'conflict', 'unknown']),
        offset: z.number().int().min(0),
        limit: z.number().int().min(1).max(1000),
      })
      .strict(),
    responseOf<ClassifiedPage>(),
  ),
  /** The jenis-usaha keyword dictionary (groups, KBLI 2020 divisions, entries). */
  'dictionary:get': defineChannel(z.object({}).strict(), responseOf<JenisDictionary>()),
  /** Replaces the dictionary (or restores the shipped one with `reset`) and reclassifies every round. */
  'dictionary:save': defineChannel(
    z
      .object({ entries: z.array(DictionaryEntrySchema).max(5000).optional(), reset: z.boolean().optional(), jobId })
      .strict()
      .refine((v) => v.reset === true || v.entries !== undefined, { message: 'Isi entries atau reset: true.' }),
    responseOf<JenisDictionary>(),
  ),
  /** Count, share, sum, mean, median, quartiles, sd, min/max of turnover, assets, capital, workers per group. */
  'stats:groupBy': defineChannel(z.object({ filter: BusinessFilter, by: z.enum(GROUP_BY_KEYS) }).strict(), responseOf<GroupStatsResult>()),
  /** The recap in the seed's exact layout (000:316-324), per kecamatan or kelurahan. */
  'tables:rekap': defineChannel(z.object({ filter: BusinessFilter, by: areaLevel }).strict(), responseOf<RekapTable>()),
  /** Verification: Data Awal, Data Hasil Valid, Data Hilang by reason, per area and in total. */
  'tables:verifikasi': defineChannel(z.object({ filter: BusinessFilter, by: areaLevel }).strict(), responseOf<VerifikasiTable>()),
  /** Sector × area counts, workers and turnover with location quotients, basis sectors and sentra candidates. */
  'tables:lq': defineChannel(
    z
      .object({
        filter: BusinessFilter,
        by: areaLevel,
        sector: z.enum(['bidang', 'jenis']).optional(),
        sentraMinCount: z.number().int().min(1).max(10000).optional(),
        sentraMinLq: z.number().min(1).max(100).optional(),
      })
      .strict(),
    responseOf<LqTable>(),
  ),
  /** Single-round indicators: shares with NIB, partnership, online marketing, above the micro limits. */
  'tables:indicators': defineChannel(z.object({ filter: BusinessFilter, by: areaLevel }).strict(), responseOf<IndicatorsTable>()),
  /** Implausible values: record flags (paged, optionally one code) and area-level turnover checks. */
  'quality:flags': defineChannel(
    z
      .object({
        filter: BusinessFilter,
        code: z.enum(QUALITY_FLAGS).optional(),
        offset: z.number().int().min(0).optional(),
        limit: z.number().int().min(1).max(1000).optional(),
      })
      .strict(),
    responseOf<QualityReport>(),
  ),
  /** Writes the tables to an XLSX (one sheet each) or CSV file at `path` (the extension decides). */
  'export:tables': defineChannel(
    z
      .object({
        filter: BusinessFilter,
        path: z.string().min(1).max(4096),
        tables: z.array(z.enum(EXPORT_TABLES)).min(1).max(EXPORT_TABLES.length).optional(),
      })
      .strict(),
    responseOf<TablesExportResult>(),
  ),
  /** Writes the records to XLSX/CSV; NIK, No. KK and phone stay masked unless `reveal` is true. */
  'export:records': defineChannel(
    z.object({ filter: BusinessFilter, path: z.string().min(1).max(4096), reveal: z.boolean().optional(), jobId }).strict(),
    responseOf<RecordsExportResult>(),
  ),
} as const;
