import type { ParsedRequestOf } from '../../shared/api/contract';
import type { ClusterFeaturesResult, DistributionView, FeatureOverview } from '../../shared/api/contract-cluster';
import { defaultsFor, resolveFeature, type FeatureSpec } from '../../shared/cluster/features';
import { handleMissing } from '../../shared/cluster/missing';
import { histogramSorted, skewness, sortedFinite, summariseSorted } from '../../shared/cluster/quantiles';
import { fitFeature, transformValue, type RawColumn } from '../../shared/cluster/transforms';
import type { Db } from '../db/open';
import { listFeatureDefinitions, loadRows } from './load-rows';
import { requireRound } from './prepare-input';

/**
 * Every feature a round can be clustered on, with how many businesses have it and its distribution
 * before and after its transform (the request's settings for a feature, or its kind's defaults), so
 * the user sees what log(1 + x) does to a skewed Rupiah column before running anything.
 */
export function describeFeatures(db: Db, req: ParsedRequestOf<'cluster:features'>): ClusterFeaturesResult {
  requireRound(db, req.filter.roundId);
  const defs = listFeatureDefinitions(db, req.filter);
  const loaded = loadRows(db, req.filter, defs);
  const features = defs.map((def): FeatureOverview => {
    const spec: FeatureSpec = req.features?.find((f) => f.key === def.key) ?? { key: def.key };
    const resolved = resolveFeature(spec, def);
    const raw = loaded.columns.get(def.key) as RawColumn;
    const missingCount = countMissing(raw);
    const base = defaultsFor(def.kind);
    const common = {
      key: def.key, label: def.label, kind: def.kind, unit: def.unit,
      defaults: { transform: base.transform, scale: base.scale, weight: base.weight },
      applied: { transform: resolved.transform, scale: resolved.scale, weight: resolved.weight, winsor: resolved.winsor },
      available: loaded.n - missingCount, missing: missingCount,
      note: loaded.n > 0 && missingCount === loaded.n ? noteFor(def.key) : null,
    };
    if (raw.type === 'category') {
      const counts = new Map<number, number>();
      for (let i = 0; i < raw.codes.length; i++) if (raw.codes[i] >= 0) counts.set(raw.codes[i], (counts.get(raw.codes[i]) ?? 0) + 1);
      const levels = [...counts].map(([c, count]) => ({ level: raw.levels[c], count })).sort((a, b) => b.count - a.count);
      return { ...common, before: null, after: null, levels };
    }
    // The "after" view uses the same missing-value policy a run would (drop or impute), then the fit.
    const mode = req.missing ?? { mode: 'drop' as const, group: 'bidang_usaha' as const };
    const groups = mode.group === 'kecamatan' ? loaded.groups.kecamatan : loaded.groups.bidang_usaha;
    const done = handleMissing([resolved], [raw], groups, mode.mode, mode.group);
    const filled = done.raws[0] as RawColumn & { type: 'numeric' };
    const fitted = fitFeature(resolved, filled);
    const after = new Float64Array(filled.values.length);
    for (let i = 0; i < after.length; i++) after[i] = transformValue(fitted, filled.values[i]);
    return { ...common, before: distribution(raw.values), after: distribution(after), levels: null };
  });
  return { round_id: req.filter.roundId, rows: loaded.n, features };
}

function distribution(values: Float64Array): DistributionView | null {
  const sorted = sortedFinite(values);
  const summary = summariseSorted(sorted);
  if (!summary) return null;
  return { summary, skewness: skewness(sorted), histogram: histogramSorted(sorted, 30) };
}

function countMissing(raw: RawColumn): number {
  let m = 0;
  if (raw.type === 'numeric') for (let i = 0; i < raw.values.length; i++) m += Number.isNaN(raw.values[i]) ? 1 : 0;
  else for (let i = 0; i < raw.codes.length; i++) m += raw.codes[i] < 0 ? 1 : 0;
  return m;
}

function noteFor(key: string): string {
  if (key === 'kelas_usaha' || key === 'jenis_kelompok') return 'Belum ada hasil klasifikasi untuk putaran ini; klasifikasi dijalankan otomatis saat fitur ini dipakai.';
  if (key === 'umur_usaha') return 'Tahun mulai usaha tidak terisi pada data ini.';
  return 'Kolom ini kosong pada semua usaha yang terpilih.';
}
