import type { BandConfig, TurnoverBand } from './turnover-bands';
import type { DictionaryEntry } from './jenis-dictionary';
import type { JenisGroup } from './jenis-groups';
import type { Pp7Basis } from './classify-size';
import type { KnownSizeClass, RuleSet, SizeClass, SizeCriterion } from './size-rules';
import type { Sector } from '../domain/business';
import type { RuleChoice } from './settings';

/** A labelled count in a fixed order (for UI tables and charts); share is of the counted businesses, 0..1. */
export interface LabelledCount {
  code: string;
  label: string;
  count: number;
  share: number;
}

/** A turnover band with its count. */
export interface BandCount extends LabelledCount {
  lower: number | null;
  upper: number | null;
  label_bulan: string;
}

/**
 * The classification of a round's counted businesses (everything except lost and user-marked
 * duplicates, as in the recap). The record-shaped fields are what the CLI prints.
 */
export interface ClassificationSummary {
  round_id: number;
  rule_set: RuleSet;
  rule_version: string;
  /** The rules in force (for writing `rule_description` in the UI language). */
  rule: RuleChoice;
  /** The rule set in words (Bahasa Indonesia), as table footers print it. */
  rule_description: string;
  computed_at: string;
  businesses: number;
  size_class: Record<SizeClass, number>;
  sector: Record<Sector | 'tidak_diketahui', number>;
  jenis: Record<JenisGroup, number>;
  band: Record<string, number>;
  size_rows: LabelledCount[];
  sector_rows: LabelledCount[];
  jenis_rows: LabelledCount[];
  band_rows: BandCount[];
  /** Which criterion decided, by count (`none` = unknown class). */
  criteria: Record<SizeCriterion | 'none', number>;
  /** Both criteria known and giving different classes. */
  conflicts: number;
  /** Classified above mikro: the "sudah naik kelas" candidates. */
  above_micro: number;
  /** Businesses whose jenis usaha text matched no keyword (empty texts not included). */
  unclassified: number;
  /** Businesses without any jenis usaha text. */
  jenis_empty: number;
}

export interface RuleSetInfo {
  code: RuleSet;
  label: string;
  version: string;
  note: string;
  /** Inclusive upper bounds of mikro, kecil, menengah per criterion (Rupiah, or persons for workers). */
  thresholds: Array<{ criterion: SizeCriterion; label: string; mikro: number; kecil: number; menengah: number }>;
}

/** The current classification settings and everything the Klasifikasi screen needs to edit them. */
export interface ClassificationRules {
  rule_set: RuleSet;
  pp7_basis: Pp7Basis;
  bands: BandConfig;
  /** The bands of a fixed config (empty for quantile bands: those depend on a round's data). */
  fixed_bands: TurnoverBand[];
  rule_description: string;
  rule_sets: RuleSetInfo[];
  size_classes: Array<{ code: SizeClass; label: string }>;
}

export interface JenisDictionary {
  kbli_edition: string;
  groups: Array<{ code: JenisGroup; label: string }>;
  kbli_divisions: Array<{ code: string; title: string }>;
  entries: DictionaryEntry[];
  /** True when the project still uses the shipped dictionary unchanged. */
  is_default: boolean;
}

/** A jenis-usaha text no keyword matched, with how many counted businesses carry it. */
export interface UnclassifiedText {
  /** The text as most often written. */
  text: string;
  normalised: string;
  count: number;
  /** The bidang usaha most of these businesses reported (a hint for choosing the group). */
  bidang: Sector | null;
}

export interface UnclassifiedList {
  round_id: number;
  total_texts: number;
  total_businesses: number;
  rows: UnclassifiedText[];
}

/** A classified business, for the "naik kelas" candidates and conflict lists. */
export interface ClassifiedBusiness {
  id: number;
  nama_pelaku: string | null;
  nama_usaha: string | null;
  kecamatan_name: string | null;
  kelurahan_name: string | null;
  bidang_usaha: Sector | null;
  jenis_usaha: string | null;
  jenis_group: JenisGroup;
  kbli_division: string | null;
  omzet_tahunan: number | null;
  modal: number | null;
  aset: number | null;
  tenaga_kerja: number | null;
  size_class: SizeClass;
  size_criterion: SizeCriterion | null;
  alt_class: KnownSizeClass | null;
  alt_criterion: SizeCriterion | null;
  conflict: boolean;
}

export interface ClassifiedPage {
  total: number;
  offset: number;
  rule_description: string;
  rows: ClassifiedBusiness[];
}
