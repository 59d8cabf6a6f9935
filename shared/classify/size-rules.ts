/**
 * Size-class rule sets (BRIEF "Size classes"). Thresholds are integer Rupiah (or workers for BPS) and
 * every upper bound is inclusive: exactly Rp 2.000.000.000 of yearly sales is still micro under
 * PP 7/2021. A class's threshold is the largest value that still belongs to it; `besar` has none.
 */

export const SIZE_CLASSES = ['mikro', 'kecil', 'menengah', 'besar', 'unknown'] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];
/** The classes a business can actually have (without `unknown`), smallest first. */
export const KNOWN_SIZE_CLASSES = ['mikro', 'kecil', 'menengah', 'besar'] as const;
export type KnownSizeClass = (typeof KNOWN_SIZE_CLASSES)[number];

export const SIZE_CLASS_LABELS: Record<SizeClass, string> = {
  mikro: 'Mikro',
  kecil: 'Kecil',
  menengah: 'Menengah',
  besar: 'Besar',
  unknown: 'Tidak diketahui',
};

export const RULE_SETS = ['pp7-2021', 'uu20-2008', 'bps-workers'] as const;
export type RuleSet = (typeof RULE_SETS)[number];

/** Which value decided a class: yearly sales, capital (modal), net assets (aset) or workers. */
export const SIZE_CRITERIA = ['penjualan', 'modal', 'aset', 'tenaga_kerja'] as const;
export type SizeCriterion = (typeof SIZE_CRITERIA)[number];

export const SIZE_CRITERION_LABELS: Record<SizeCriterion, string> = {
  penjualan: 'Hasil penjualan tahunan',
  modal: 'Modal usaha (tanpa tanah dan bangunan)',
  aset: 'Kekayaan bersih / aset (tanpa tanah dan bangunan)',
  tenaga_kerja: 'Jumlah tenaga kerja',
};

/** Inclusive upper bounds of mikro, kecil and menengah for one criterion; above the last is besar. */
export type ClassBounds = readonly [mikro: number, kecil: number, menengah: number];

export interface RuleSetDefinition {
  code: RuleSet;
  label: string;
  /** Bumped whenever a threshold or the deciding logic changes; stored with every classification. */
  version: string;
  /** The criteria this rule set can use, with their bounds. */
  bounds: Partial<Record<SizeCriterion, ClassBounds>>;
  /** Plain-language note on how the class is decided (shown in the Klasifikasi screen). */
  note: string;
}

const JUTA = 1_000_000;
const MILIAR = 1_000_000_000;

/** The three rule sets with their thresholds (BRIEF; PP 7/2021 Pasal 35, UU 20/2008 Pasal 6, BPS). */
export const RULE_SET_DEFINITIONS: Record<RuleSet, RuleSetDefinition> = {
  'pp7-2021': {
    code: 'pp7-2021',
    label: 'PP 7/2021',
    version: 'pp7-2021.1',
    bounds: {
      penjualan: [2 * MILIAR, 15 * MILIAR, 50 * MILIAR],
      modal: [1 * MILIAR, 5 * MILIAR, 10 * MILIAR],
    },
    note: 'Usaha yang sudah berjalan dikelompokkan menurut hasil penjualan tahunan; pendaftaran baru menurut modal usaha.',
  },
  'uu20-2008': {
    code: 'uu20-2008',
    label: 'UU 20/2008',
    version: 'uu20-2008.1',
    bounds: {
      aset: [50 * JUTA, 500 * JUTA, 10 * MILIAR],
      penjualan: [300 * JUTA, 2_500 * JUTA, 50 * MILIAR],
    },
    note: 'Kekayaan bersih atau hasil penjualan tahunan: memenuhi salah satu kriteria sudah cukup, jadi kelas terkecil yang dipenuhi yang menentukan.',
  },
  'bps-workers': {
    code: 'bps-workers',
    label: 'BPS (tenaga kerja)',
    version: 'bps-workers.1',
    bounds: { tenaga_kerja: [4, 19, 99] },
    note: 'Mikro 1-4 orang, kecil 5-19, menengah 20-99, besar 100 atau lebih (usaha tanpa pekerja selain pemilik dihitung mikro).',
  },
};

/** Class of a value against inclusive upper bounds; null when the value is missing. */
export function classOfValue(value: number | null, bounds: ClassBounds): KnownSizeClass | null {
  if (value === null || !Number.isFinite(value)) return null;
  if (value <= bounds[0]) return 'mikro';
  if (value <= bounds[1]) return 'kecil';
  if (value <= bounds[2]) return 'menengah';
  return 'besar';
}

/** Rank of a class, smallest first (for "the smaller of two classes"). */
export function rankOfClass(c: KnownSizeClass): number {
  return KNOWN_SIZE_CLASSES.indexOf(c);
}
