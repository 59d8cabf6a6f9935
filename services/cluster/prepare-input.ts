import { createHash } from 'node:crypto';
import { gatherF64, gatherI32 } from '../../shared/cluster/arrays';
import type { BusinessFilter } from '../../shared/api/contract-data';
import { AppError } from '../../shared/api/result';
import { resolveFeature, type FeatureDefinition, type FeatureSpec, type ResolvedFeature } from '../../shared/cluster/features';
import type { CategoryBlock } from '../../shared/cluster/kprototypes';
import type { Matrix } from '../../shared/cluster/matrix';
import { handleMissing, type ImputeGroup, type ImputationModel, type MissingMode, type MissingReport } from '../../shared/cluster/missing';
import { buildMatrix, fitFeature, matrixColumns, type FittedFeature, type RawColumn } from '../../shared/cluster/transforms';
import type { Db } from '../db/open';
import { ensureClassified } from '../stats/classify-round';
import { listFeatureDefinitions, loadRows, resolveDefinitions, type LoadedRows } from './load-rows';

/** The data of a clustering, ready for the engine. */
export interface PreparedInput {
  loaded: LoadedRows;
  /** Indices into the loaded rows of the rows clustered (after dropping incomplete ones). */
  keep: Int32Array;
  fitted: FittedFeature[];
  matrix: Matrix;
  columns: string[];
  blocks: CategoryBlock[];
  missing: MissingReport;
  imputation: ImputationModel | null;
  inputHash: string;
}

/** How a clustering completes rows with missing values. */
export interface MissingSettings {
  mode: MissingMode;
  group: ImputeGroup;
}

/** Features whose values come from the stored classification of issue 4. */
const CLASSIFIED = new Set(['kelas_usaha', 'jenis_kelompok']);

/** Whether any of the features reads the stored classification (so the round must be classified first). */
export function usesClassification(specs: readonly FeatureSpec[]): boolean {
  return specs.some((s) => CLASSIFIED.has(s.key));
}

/**
 * `classify: false` skips bringing the round's classification up to date: for a read-only connection
 * whose caller has already done it (services/cluster/prepare-input-in-worker.ts).
 */
export interface LoadOptions {
  classify?: boolean;
}

/** Checks the round exists; returns its name. */
export function requireRound(db: Db, roundId: number): string {
  const row = db.prepare('SELECT name FROM rounds WHERE id = ?').get(roundId) as { name: string } | undefined;
  if (!row) throw new AppError('NOT_FOUND', `Putaran survei ${roundId} tidak ada di proyek ini.`);
  return row.name;
}

/** Looks up the requested features and loads their raw values (classifying the round first if needed). */
export function loadFeatures(
  db: Db, filter: BusinessFilter, specs: readonly FeatureSpec[], options: LoadOptions = {},
): { defs: FeatureDefinition[]; resolved: ResolvedFeature[]; loaded: LoadedRows } {
  requireRound(db, filter.roundId);
  const defs = resolveDefinitions(listFeatureDefinitions(db, filter), specs.map((s) => s.key));
  if (options.classify !== false && defs.some((d) => CLASSIFIED.has(d.key))) ensureClassified(db, filter.roundId);
  const resolved = specs.map((s, i) => resolveFeature(s, defs[i]));
  return { defs, resolved, loaded: loadRows(db, filter, defs) };
}

/**
 * Loads, completes (drop or impute), fits the transforms and builds the matrix actually clustered.
 * The input hash covers the feature keys, the business ids and the raw values before imputation.
 */
export function prepareInput(
  db: Db, filter: BusinessFilter, specs: readonly FeatureSpec[], missing: MissingSettings, options: LoadOptions = {},
): PreparedInput {
  const { resolved, loaded } = loadFeatures(db, filter, specs, options);
  const raws = resolved.map((f) => loaded.columns.get(f.key) as RawColumn);
  const groups = missing.group === 'kecamatan' ? loaded.groups.kecamatan : loaded.groups.bidang_usaha;
  const done = handleMissing(resolved, raws, groups, missing.mode, missing.group);
  const fitted = resolved.map((f, i) => fitFeature(f, done.raws[i]));
  const matrix = buildMatrix(fitted, done.raws, done.keep.length);
  return {
    loaded, keep: done.keep, fitted, matrix, columns: matrixColumns(fitted), blocks: categoryBlocks(fitted),
    missing: done.report, imputation: done.imputation, inputHash: hashInput(resolved, loaded, raws, done.keep),
  };
}

/** The one-hot blocks of the categorical features inside the matrix. */
export function categoryBlocks(fitted: readonly FittedFeature[]): CategoryBlock[] {
  const blocks: CategoryBlock[] = [];
  let offset = 0;
  for (const f of fitted) {
    if (f.kind === 'category') blocks.push({ offset, levels: f.levels.length, value: Math.sqrt(f.weight / 2) });
    offset += f.columns.length;
  }
  return blocks;
}

/** sha256 of the clustered rows: keys, then ids and raw values as little-endian bytes. */
export function hashInput(features: readonly ResolvedFeature[], loaded: LoadedRows, raws: readonly RawColumn[], keep: Int32Array): string {
  const h = createHash('sha256');
  h.update(JSON.stringify(features.map((f) => f.key)));
  const bytes = (a: Float64Array | Int32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  h.update(bytes(gatherF64(loaded.ids, keep)));
  raws.forEach((raw) => {
    // NaN has one bit pattern here: missing values come from SQL NULL as the NaN literal.
    if (raw.type === 'numeric') h.update(bytes(gatherF64(raw.values, keep)));
    else {
      h.update(JSON.stringify(raw.levels));
      h.update(bytes(gatherI32(raw.codes, keep)));
    }
  });
  return h.digest('hex');
}
