import type { RequestOf } from '../../../../shared/api/contract';
import type { ClusterRunDetail, FeatureOverview } from '../../../../shared/api/contract-cluster';
import type { BusinessFilter } from '../../../../shared/api/contract-data';
import type { ClusterMethod } from '../../../../shared/cluster/engine';
import type { FeatureKind, FeatureScale, FeatureSpec, FeatureTransform } from '../../../../shared/cluster/features';
import type { ImputeGroup, MissingMode } from '../../../../shared/cluster/missing';
import type { Sector } from '../../../../shared/domain/business';

/** How the user set up one feature of the catalogue. */
export interface FeatureChoice {
  key: string;
  selected: boolean;
  transform: FeatureTransform;
  scale: FeatureScale;
  /** Winsorising percentiles in per cent (e.g. [1, 99]); null = no clipping. */
  winsor: [number, number] | null;
  weight: number;
}

/** Which businesses are clustered, besides the round. Empty string = all. */
export interface RowChoice {
  kecamatan: string;
  sector: Sector | '';
}

export interface MissingChoice {
  mode: MissingMode;
  group: ImputeGroup;
}

export interface EngineChoice {
  method: ClusterMethod;
  seed: number;
  /** Independent k-means++ starts per k. */
  restarts: number;
  maxIterations: number;
  /** Relative tolerance (× mean feature variance). */
  tolerance: number;
}

/** The k's the sweep tries (issue 5: k = 2…10). */
export const K_RANGE = { kMin: 2, kMax: 10 } as const;
export const K_VALUES: readonly number[] = Array.from({ length: K_RANGE.kMax - K_RANGE.kMin + 1 }, (_, i) => K_RANGE.kMin + i);

/** Chosen at first: the money, size and formality variables the studies cluster on. */
export const DEFAULT_FEATURES: readonly string[] = ['omzet_tahunan', 'aset', 'tenaga_kerja', 'online', 'nib'];

export const DEFAULT_ENGINE: EngineChoice = { method: 'kmeans', seed: 42, restarts: 10, maxIterations: 300, tolerance: 1e-4 };
export const DEFAULT_MISSING: MissingChoice = { mode: 'drop', group: 'bidang_usaha' };
export const DEFAULT_ROWS: RowChoice = { kecamatan: '', sector: '' };
/** Offered when the user switches winsorising on (per cent). */
export const DEFAULT_WINSOR: [number, number] = [1, 99];

/** Numeric kinds can be logged, scaled and winsorised; 0/1 can only be scaled; categories only weighted. */
export function isNumericKind(kind: FeatureKind): boolean {
  return kind === 'money' || kind === 'count' || kind === 'number';
}

/** A feature's choice as the services' defaults for its kind set it. */
export function defaultChoice(feature: FeatureOverview): FeatureChoice {
  return {
    key: feature.key,
    selected: DEFAULT_FEATURES.includes(feature.key),
    transform: feature.defaults.transform,
    scale: feature.defaults.scale,
    winsor: null,
    weight: feature.defaults.weight,
  };
}

/** Keeps the user's choices and adds defaults for features seen for the first time (e.g. a new extra column). */
export function mergeChoices(previous: Record<string, FeatureChoice>, features: readonly FeatureOverview[]): Record<string, FeatureChoice> {
  if (features.every((f) => f.key in previous)) return previous;
  const next = { ...previous };
  for (const f of features) next[f.key] ??= defaultChoice(f);
  return next;
}

/** The specs of the selected features, in catalogue order, with only the settings that apply to each kind. */
export function specsOf(features: readonly FeatureOverview[], choices: Record<string, FeatureChoice>): FeatureSpec[] {
  return features
    .filter((f) => choices[f.key]?.selected)
    .map((f) => {
      const c = choices[f.key] as FeatureChoice;
      if (f.kind === 'category') return { key: f.key, weight: c.weight };
      if (f.kind === 'binary') return { key: f.key, scale: c.scale, weight: c.weight };
      const winsor: [number, number] | null = c.winsor ? [c.winsor[0] / 100, c.winsor[1] / 100] : null;
      return { key: f.key, transform: c.transform, scale: c.scale, winsor, weight: c.weight };
    });
}

/** The round plus the row filters. */
export function filterOf(roundId: number, rows: RowChoice): BusinessFilter {
  return {
    roundId,
    ...(rows.kecamatan ? { kecamatan: [rows.kecamatan] } : {}),
    ...(rows.sector ? { sector: [rows.sector] } : {}),
  };
}

/** Everything a sweep and a run share; equal configs give equal sweep tokens on the services' side. */
export type ClusterConfigRequest = Omit<RequestOf<'cluster:sweep'>, 'range' | 'jobId'>;

/** The request fields of a configuration. */
export function configOf(filter: BusinessFilter, features: FeatureSpec[], missing: MissingChoice, engine: EngineChoice): ClusterConfigRequest {
  return {
    filter,
    features,
    missing,
    method: engine.method,
    seed: engine.seed,
    restarts: engine.restarts,
    maxIterations: engine.maxIterations,
    tolerance: engine.tolerance,
  };
}

/** A value identity for a configuration (to tell whether a sweep still matches what is on screen). */
export function configKey(config: ClusterConfigRequest): string {
  return JSON.stringify(config);
}

/**
 * Bounds on the rows a "drop" will leave out, from per-feature missing counts: at least the largest
 * count, at most their sum (capped by the rows). The exact number comes with the sweep or the run.
 */
export function droppedBounds(missingByFeature: readonly number[], rows: number): { low: number; high: number } {
  const low = missingByFeature.reduce((a, b) => Math.max(a, b), 0);
  const high = Math.min(rows, missingByFeature.reduce((a, b) => a + b, 0));
  return { low, high };
}

/** Restores the choices a stored run used (features, transforms, rows, missing values, engine). */
export interface StoredSetup {
  rows: RowChoice;
  missing: MissingChoice;
  engine: EngineChoice;
  /** Per feature key: its settings; every feature not listed is deselected. */
  features: Record<string, Omit<FeatureChoice, 'selected' | 'key'>>;
}

/** The setup a stored run was made with, to start a new analysis from it. */
export function setupOfRun(run: ClusterRunDetail): StoredSetup {
  const sector = run.filter.sector?.length === 1 ? run.filter.sector[0] : undefined;
  const features: StoredSetup['features'] = {};
  for (const f of run.fitted_features) {
    features[f.key] = {
      transform: f.transform,
      scale: f.scale,
      winsor: f.winsor ? [roundPercent(f.winsor[0] * 100), roundPercent(f.winsor[1] * 100)] : null,
      weight: f.weight,
    };
  }
  return {
    rows: { kecamatan: run.filter.kecamatan?.length === 1 ? (run.filter.kecamatan[0] ?? '') : '', sector: sector ?? '' },
    missing: { mode: run.missing.mode, group: run.missing.group },
    engine: { method: run.method, seed: run.seed, restarts: run.restarts, maxIterations: run.max_iterations, tolerance: run.tolerance },
    features,
  };
}

/** Applies a stored setup to the current choices: its features selected with their settings, the rest off. */
export function applySetup(choices: Record<string, FeatureChoice>, setup: StoredSetup): Record<string, FeatureChoice> {
  const next: Record<string, FeatureChoice> = {};
  for (const [key, c] of Object.entries(choices)) {
    const stored = setup.features[key];
    next[key] = stored ? { ...c, ...stored, selected: true } : { ...c, selected: false };
  }
  return next;
}

function roundPercent(v: number): number {
  return Math.round(v * 100) / 100;
}
