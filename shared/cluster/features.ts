/**
 * The features a business can be clustered on, with the transforms that suit each kind by default:
 * Rupiah amounts and counts are heavily right-skewed (a few large businesses would otherwise form
 * their own clusters and squash the rest into one), so they get log(1 + x) and z-scores.
 */

export const FEATURE_KINDS = ['money', 'count', 'number', 'binary', 'category'] as const;
export type FeatureKind = (typeof FEATURE_KINDS)[number];

/** log = signed log(1 + x), for skewed amounts and counts. */
export const FEATURE_TRANSFORMS = ['log', 'none'] as const;
export type FeatureTransform = (typeof FEATURE_TRANSFORMS)[number];

/** zscore = (x - mean) / SD; robust = (x - median) / IQR; none = as is. */
export const FEATURE_SCALES = ['zscore', 'robust', 'none'] as const;
export type FeatureScale = (typeof FEATURE_SCALES)[number];

export interface FeatureDefinition {
  key: string;
  label: string;
  kind: FeatureKind;
  /** Unit of the raw value, for axis labels: 'Rp', 'orang', 'tahun', '' for none. */
  unit: string;
}

/** Features every project has (columns of `businesses` or values derived from them). */
export const BUILTIN_FEATURES: readonly FeatureDefinition[] = [
  { key: 'omzet_tahunan', label: 'Omzet per tahun', kind: 'money', unit: 'Rp' },
  { key: 'aset', label: 'Aset usaha', kind: 'money', unit: 'Rp' },
  { key: 'modal', label: 'Modal usaha', kind: 'money', unit: 'Rp' },
  { key: 'tenaga_kerja', label: 'Jumlah tenaga kerja', kind: 'count', unit: 'orang' },
  { key: 'umur_usaha', label: 'Umur usaha', kind: 'count', unit: 'tahun' },
  { key: 'online', label: 'Pemasaran online', kind: 'binary', unit: '' },
  { key: 'nib', label: 'Memiliki NIB/SKU', kind: 'binary', unit: '' },
  { key: 'kemitraan', label: 'Memiliki kemitraan', kind: 'binary', unit: '' },
  { key: 'bidang_usaha', label: 'Bidang usaha', kind: 'category', unit: '' },
  // From the stored classification (issue 4); the rule set that decided is recorded there.
  { key: 'kelas_usaha', label: 'Kelas usaha (hasil Klasifikasi)', kind: 'category', unit: '' },
  { key: 'jenis_kelompok', label: 'Kelompok jenis usaha', kind: 'category', unit: '' },
];

/** Prefix of features read from numeric columns kept in a business's unmapped extra columns. */
export const EXTRA_FEATURE_PREFIX = 'extra:';

/** A feature as the user configured it; unset fields take the defaults of its kind. */
export interface FeatureSpec {
  key: string;
  transform?: FeatureTransform;
  scale?: FeatureScale;
  /** Winsorise the raw values at these percentiles (0..1), e.g. [0.01, 0.99]; null = no clipping. */
  winsor?: [number, number] | null;
  /**
   * Numeric: multiplier after scaling. Category: what one mismatch adds to the squared distance (1
   * weighs like one standard deviation of a z-scored feature).
   */
  weight?: number;
}

/** A FeatureSpec with every default filled in. */
export interface ResolvedFeature {
  key: string;
  label: string;
  kind: FeatureKind;
  unit: string;
  transform: FeatureTransform;
  scale: FeatureScale;
  winsor: [number, number] | null;
  weight: number;
}

/** The default transform, scale and weight for a kind of feature. */
export function defaultsFor(kind: FeatureKind): Pick<ResolvedFeature, 'transform' | 'scale' | 'weight'> {
  switch (kind) {
    case 'money':
    case 'count':
      return { transform: 'log', scale: 'zscore', weight: 1 };
    case 'number':
      return { transform: 'none', scale: 'zscore', weight: 1 };
    case 'binary':
      // 0/1 unscaled: a difference of 1 weighs like one standard deviation of a z-scored feature.
      return { transform: 'none', scale: 'none', weight: 1 };
    case 'category':
      return { transform: 'none', scale: 'none', weight: 1 };
  }
}

/** Fills a spec's defaults from its definition; categories and 0/1 features are never logged. */
export function resolveFeature(spec: FeatureSpec, def: FeatureDefinition): ResolvedFeature {
  const base = defaultsFor(def.kind);
  const loggable = def.kind === 'money' || def.kind === 'count' || def.kind === 'number';
  return {
    key: def.key,
    label: def.label,
    kind: def.kind,
    unit: def.unit,
    transform: loggable ? (spec.transform ?? base.transform) : 'none',
    scale: def.kind === 'category' ? 'none' : (spec.scale ?? base.scale),
    winsor: def.kind === 'category' || def.kind === 'binary' ? null : (spec.winsor ?? null),
    weight: spec.weight ?? base.weight,
  };
}

/** The definition of an extra (imported, unmapped) numeric column. */
export function extraFeatureDefinition(name: string): FeatureDefinition {
  return { key: `${EXTRA_FEATURE_PREFIX}${name}`, label: name, kind: 'number', unit: '' };
}
