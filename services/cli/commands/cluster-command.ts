import { writeFileSync } from 'node:fs';
import type { RequestOf } from '../../../shared/api/contract';
import { BUILTIN_FEATURES, EXTRA_FEATURE_PREFIX, type FeatureSpec } from '../../../shared/cluster/features';
import { checkExportTarget, exportFormatOf } from '../../export/export-tables';
import { CliFailure, openDbOption, resolveRoundOption, unwrap, type CliCommand } from '../command';

const NUMERIC_KINDS = new Set(['money', 'count', 'number']);

/** Parses a positive integer option, or fails naming the option. */
function intOption(value: string | boolean | undefined, name: string, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (typeof value !== 'string' || !Number.isInteger(n) || n < min) throw new CliFailure(`--${name} harus bilangan bulat >= ${min}.`);
  return n;
}

/** One of the allowed words, or fails listing them. */
function choice<T extends string>(value: string | boolean | undefined, name: string, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) throw new CliFailure(`--${name} harus ${allowed.join(' atau ')}.`);
  return value as T;
}

/** `--features a,b,c` with --transform/--scale applied to the numeric ones (money, counts, extra columns). */
function featureSpecs(values: Record<string, string | boolean | undefined>): FeatureSpec[] {
  if (typeof values.features !== 'string' || values.features.trim() === '') throw new CliFailure('Opsi --features wajib diisi, mis. omzet_tahunan,aset,tenaga_kerja.');
  const transform = choice(values.transform, 'transform', ['log', 'none'] as const);
  const scale = choice(values.scale, 'scale', ['zscore', 'robust', 'none'] as const);
  let winsor: [number, number] | undefined;
  if (typeof values.winsor === 'string') {
    const [lo, hi] = values.winsor.split(/[-,]/).map(Number);
    if (!(lo >= 0 && lo < 0.5 && hi > 0.5 && hi <= 1)) throw new CliFailure('--winsor harus berbentuk BAWAH,ATAS, mis. 0.01,0.99.');
    winsor = [lo, hi];
  }
  return values.features.split(',').map((raw) => {
    const key = raw.trim();
    const kind = BUILTIN_FEATURES.find((f) => f.key === key)?.kind ?? (key.startsWith(EXTRA_FEATURE_PREFIX) ? 'number' : null);
    const spec: FeatureSpec = { key };
    if (kind && NUMERIC_KINDS.has(kind)) {
      if (transform) spec.transform = transform;
      if (scale) spec.scale = scale;
      if (winsor) spec.winsor = winsor;
    }
    return spec;
  });
}

/** `--k-range 2-10`. */
function kRange(value: string | boolean | undefined): { kMin: number; kMax: number } | undefined {
  if (value === undefined) return undefined;
  const m = typeof value === 'string' ? /^(\d+)\s*-\s*(\d+)$/.exec(value) : null;
  if (!m || Number(m[1]) < 2 || Number(m[2]) < Number(m[1])) throw new CliFailure('--k-range harus berbentuk KMIN-KMAX, mis. 2-10 (KMIN >= 2).');
  return { kMin: Number(m[1]), kMax: Number(m[2]) };
}

/** A number as CSV text with every significant digit. */
const cell = (v: number) => (Number.isFinite(v) ? String(v) : '');

/**
 * `cluster`: k-means or k-prototypes on a round's businesses. With --k-range and no --k it sweeps
 * k and runs the recommended k; with both it runs --k and stores the sweep with it.
 */
export const clusterCommand: CliCommand = {
  name: 'cluster',
  summary: 'Klasterisasi usaha (k-means/k-prototypes), pemilihan k, profil klaster; hasil disimpan di proyek',
  usage:
    'cluster --db PROYEK [--round ID] --features omzet_tahunan,aset,tenaga_kerja,... [--transform log|none] [--scale zscore|robust|none] ' +
    '(--k N | --k-range 2-10) [--seed S] [--restarts R] [--method kmeans|kprototypes] [--missing drop|impute] ' +
    '[--assignments FILE.csv] [--export-matrix FILE.csv] [--export FILE.xlsx|FILE.csv] --json',
  options: {
    db: { type: 'string' }, round: { type: 'string' }, features: { type: 'string' }, transform: { type: 'string' },
    scale: { type: 'string' }, winsor: { type: 'string' }, k: { type: 'string' }, 'k-range': { type: 'string' },
    seed: { type: 'string' }, restarts: { type: 'string' }, method: { type: 'string' }, missing: { type: 'string' },
    'max-iterations': { type: 'string' }, stability: { type: 'string' }, name: { type: 'string' },
    assignments: { type: 'string' }, 'export-matrix': { type: 'string' }, export: { type: 'string' },
  },
  async run({ values }, api) {
    openDbOption(api, values.db);
    const roundId = resolveRoundOption(api, values.round);
    const k = intOption(values.k, 'k', 2);
    const range = kRange(values['k-range']);
    if (k === undefined && range === undefined) throw new CliFailure('Isi --k N atau --k-range KMIN-KMAX.');
    // A wrong --export path fails before the clustering, not after minutes of it.
    if (typeof values.export === 'string') {
      exportFormatOf(values.export);
      checkExportTarget(values.export);
    }
    const missing = choice(values.missing, 'missing', ['drop', 'impute'] as const) ?? 'drop';
    const config = {
      filter: { roundId },
      features: featureSpecs(values),
      missing: { mode: missing, group: 'bidang_usaha' as const },
      method: choice(values.method, 'method', ['kmeans', 'kprototypes'] as const) ?? 'kmeans',
      seed: intOption(values.seed, 'seed', 0),
      restarts: intOption(values.restarts, 'restarts', 1),
      maxIterations: intOption(values['max-iterations'], 'max-iterations', 1),
    } satisfies Partial<RequestOf<'cluster:run'>>;
    const stabilityRuns = intOption(values.stability, 'stability', 0);
    const name = typeof values.name === 'string' ? values.name : undefined;
    let run;
    if (k === undefined && range) {
      const sweep = await unwrap(api.call('cluster:sweep', { ...config, range }));
      if (!sweep.recommended) throw new CliFailure('Tidak ada k yang dapat disarankan dari data ini.');
      process.stderr.write(`${sweep.recommended.reason}\n`);
      run = await unwrap(api.call('cluster:run', { ...config, k: sweep.recommended.k, sweepToken: sweep.sweep_token, stabilityRuns, name }));
    } else {
      run = await unwrap(api.call('cluster:run', { ...config, k, range, stabilityRuns, name }));
    }
    if (typeof values.assignments === 'string') {
      const a = await unwrap(api.call('cluster:assignments', { runId: run.run_id }));
      writeFileSync(values.assignments, `business_id,cluster\n${a.business_id.map((id, i) => `${id},${a.cluster[i]}`).join('\n')}\n`);
    }
    if (typeof values['export-matrix'] === 'string') {
      const m = await unwrap(api.call('cluster:matrix', { runId: run.run_id }));
      const d = m.columns.length;
      const lines = m.business_id.map((id, i) => [id, ...m.values.slice(i * d, (i + 1) * d).map(cell)].join(','));
      writeFileSync(values['export-matrix'], `business_id,${m.columns.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')}\n${lines.join('\n')}\n`);
    }
    // The run's workbook for FGD/planning documents (or its members as CSV), as the Klaster screen exports it.
    const exported = typeof values.export === 'string' ? await unwrap(api.call('cluster:export', { runId: run.run_id, path: values.export })) : null;
    return {
      run_id: run.run_id,
      k: run.k,
      method: run.method,
      rows: run.rows,
      dropped: run.missing.dropped,
      inertia: run.inertia,
      silhouette: run.silhouette,
      silhouette_sample: run.silhouette_info.exact ? null : run.silhouette_info.sample_size,
      calinski_harabasz: run.calinski_harabasz,
      davies_bouldin: run.davies_bouldin,
      stability_ari: run.stability?.mean ?? null,
      sizes: run.sizes,
      labels: run.clusters.map((c) => c.label),
      columns: run.columns,
      centroids: run.clusters.map((c) => c.centroid),
      sweep: (run.sweep?.points ?? []).map((p) => ({
        k: p.k, inertia: p.inertia, silhouette: p.silhouette, calinski_harabasz: p.calinski_harabasz, davies_bouldin: p.davies_bouldin,
      })),
      recommended_k: run.sweep?.recommended?.k ?? null,
      recommended_reason: run.sweep?.recommended?.reason ?? null,
      input_hash: run.input_hash,
      ...(exported ? { export: exported } : {}),
    };
  },
};
