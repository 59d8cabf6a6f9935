import { z } from 'zod';
import { defineChannel, responseOf } from './channel';
import type { BusinessRecord } from '../domain/business';
import { SECTORS } from '../domain/business';
import { LOST_REASONS, VERIFICATION_STATUSES } from '../domain/verification';

/** Filters shared by the table, the recap and later the statistics. Empty = no filter. */
export const BusinessFilter = z
  .object({
    roundId: z.number().int().positive(),
    kecamatan: z.array(z.string().max(20)).max(100).optional(),
    kelurahan: z.array(z.string().max(20)).max(1000).optional(),
    sector: z.array(z.enum(SECTORS)).max(3).optional(),
    status: z.array(z.enum(VERIFICATION_STATUSES)).max(3).optional(),
    /** Only businesses with at least one import problem of this code ('*' = any problem). */
    issue: z.string().max(60).optional(),
    /** Free text on names, jenis usaha and address (never on NIK/KK/phone). */
    search: z.string().max(200).optional(),
    /** Only unresolved possible duplicates. */
    possibleDuplicates: z.boolean().optional(),
  })
  .strict();
export type BusinessFilter = z.infer<typeof BusinessFilter>;

export const SORTABLE_COLUMNS = [
  'id', 'nama_pelaku', 'nama_usaha', 'kecamatan_name', 'kelurahan_name', 'bidang_usaha', 'jenis_usaha',
  'omzet_tahunan', 'aset', 'modal', 'tenaga_kerja', 'status',
] as const;

export interface BusinessPage {
  total: number;
  offset: number;
  rows: BusinessRecord[];
}

/** A row of a recap per area: money in integer Rupiah, missing values counted, never summed as zero. */
export interface RecapRow {
  code: string;
  name: string;
  businesses: number;
  omzet_tahunan: number;
  omzet_bulanan: number;
  aset: number;
  modal: number;
  tenaga_kerja: number;
  tenaga_kerja_l: number;
  tenaga_kerja_p: number;
  /** How many businesses lacked each value (so a sum is never read as complete when it is not). */
  missing: { omzet: number; aset: number; modal: number; tenaga_kerja: number; tenaga_kerja_lp: number };
}

export interface RecapResult {
  round_id: number;
  by: 'kecamatan' | 'kelurahan';
  rows: RecapRow[];
  total: RecapRow;
  /** Businesses left out of the recap: lost at verification, by reason. */
  lost: Record<string, number>;
  /** Businesses left out because a user marked them as duplicates. */
  duplicates: number;
  /** Unresolved possible duplicates (still counted in the recap). */
  possible_duplicates: number;
  /** Businesses without a region code (counted in the total, listed as a row with code ''). */
  unassigned: number;
}

export interface FacetValue {
  code: string;
  name: string;
  parent_code: string | null;
  count: number;
}

export interface Facets {
  kecamatan: FacetValue[];
  kelurahan: FacetValue[];
  sector: FacetValue[];
  issues: FacetValue[];
}

/** A problem found in a record at import: where (row, column) and what. */
export interface RecordIssue {
  code: string;
  column: string | null;
  severity: 'error' | 'warning' | 'info';
  message: string;
}

export interface BusinessDetail {
  record: BusinessRecord;
  /** The source row exactly as read from the file: header -> cell text. */
  original: Record<string, string>;
  issues: RecordIssue[];
}

/** Businesses sharing a NIK (imported and flagged for review), with the NIK masked. */
export interface DuplicateGroup {
  /** The masked NIK the members share. */
  key: string;
  members: BusinessRecord[];
}

/** Data Awal / Valid / Hilang per kecamatan (seed 000:253-294). */
export interface VerificationRow {
  code: string;
  name: string;
  /** Businesses of the office's list (sumber data_dinas). */
  data_awal: number;
  /** Office-list businesses found valid in the field. */
  valid: number;
  /** Businesses lost at verification, any reason. */
  hilang: number;
  hilang_per_alasan: Record<string, number>;
  /** Office-list businesses not verified yet. */
  belum_diverifikasi: number;
  /** Businesses found in the field but missing from the office's list. */
  temuan_lapangan: number;
  /** Businesses a user marked as duplicates in the review queue. */
  duplikat: number;
}

export interface VerificationSummary {
  rows: VerificationRow[];
  total: VerificationRow;
}

/** Channels for reading a round's businesses and its recap. */
export const dataChannels = {
  /** One page of businesses matching a filter, sorted; NIK/KK/phone masked. */
  'businesses:list': defineChannel(
    z
      .object({
        filter: BusinessFilter,
        offset: z.number().int().min(0),
        limit: z.number().int().min(1).max(1000),
        sort: z.enum(SORTABLE_COLUMNS).optional(),
        desc: z.boolean().optional(),
      })
      .strict(),
    responseOf<BusinessPage>(),
  ),
  /** A business with its original row and its problems. */
  'businesses:get': defineChannel(z.object({ id: z.number().int().positive() }).strict(), responseOf<BusinessDetail>()),
  /** Values and counts for the filter lists (kecamatan, kelurahan, sector, problem codes). */
  'businesses:facets': defineChannel(BusinessFilter, responseOf<Facets>()),
  /** Sets the verification status (and the reason when lost) of businesses. */
  'businesses:setStatus': defineChannel(
    z
      .object({
        ids: z.array(z.number().int().positive()).min(1).max(100000),
        status: z.enum(VERIFICATION_STATUSES),
        reason: z.enum(LOST_REASONS).nullable(),
      })
      .strict(),
    responseOf<{ updated: number }>(),
  ),
  /** Groups of businesses sharing a NIK with at least one unresolved member, largest first. */
  'duplicates:list': defineChannel(
    z.object({ roundId: z.number().int().positive(), limit: z.number().int().min(1).max(500).optional() }).strict(),
    responseOf<{ groups: DuplicateGroup[]; total_groups: number }>(),
  ),
  /** Resolves a duplicate group: keep all, or mark some members as duplicates of the kept ones. */
  'duplicates:resolve': defineChannel(
    z
      .object({
        ids: z.array(z.number().int().positive()).min(1).max(1000),
        duplicateIds: z.array(z.number().int().positive()).max(1000),
      })
      .strict(),
    responseOf<{ kept: number; duplicates: number }>(),
  ),
  /** Data Awal / Valid / Hilang (with reasons) per kecamatan and in total. */
  'verification:summary': defineChannel(BusinessFilter, responseOf<VerificationSummary>()),
  /** The recap per kecamatan or kelurahan of a round (000:316-324). */
  'recap:get': defineChannel(
    z.object({ filter: BusinessFilter, by: z.enum(['kecamatan', 'kelurahan']) }).strict(),
    responseOf<RecapResult>(),
  ),
} as const;
