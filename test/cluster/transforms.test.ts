import { describe, expect, it } from 'vitest';
import { resolveFeature, type FeatureDefinition } from '../../shared/cluster/features';
import { handleMissing } from '../../shared/cluster/missing';
import { buildMatrix, fitFeature, transformValue, untransformValue, type RawColumn } from '../../shared/cluster/transforms';

const money: FeatureDefinition = { key: 'omzet_tahunan', label: 'Omzet', kind: 'money', unit: 'Rp' };
const sector: FeatureDefinition = { key: 'bidang_usaha', label: 'Bidang', kind: 'category', unit: '' };
const flag: FeatureDefinition = { key: 'online', label: 'Online', kind: 'binary', unit: '' };
const numeric = (values: number[]): RawColumn => ({ type: 'numeric', values: Float64Array.from(values) });

describe('feature transforms', () => {
  it('logs Rupiah amounts and z-scores them by default (population SD, as StandardScaler)', () => {
    const values = [1_000_000, 10_000_000, 100_000_000];
    const f = fitFeature(resolveFeature({ key: 'omzet_tahunan' }, money), numeric(values));
    const logs = values.map((v) => Math.log1p(v));
    const mean = logs.reduce((a, b) => a + b) / 3;
    const sd = Math.sqrt(logs.reduce((s, v) => s + (v - mean) ** 2, 0) / 3);
    expect(f.transform).toBe('log');
    values.forEach((v, i) => expect(transformValue(f, v)).toBeCloseTo((logs[i] - mean) / sd, 12));
  });

  it('scales robustly by the median and the interquartile range', () => {
    const f = fitFeature(resolveFeature({ key: 'omzet_tahunan', transform: 'none', scale: 'robust' }, money), numeric([1, 2, 3, 4, 100]));
    expect(f.center).toBe(3);
    expect(f.spread).toBe(2); // q3 = 4, q1 = 2 (type 7)
    expect(transformValue(f, 100)).toBe(48.5);
  });

  it('winsorises at the chosen percentiles before the log', () => {
    const values = Array.from({ length: 101 }, (_, i) => i);
    const f = fitFeature(resolveFeature({ key: 'omzet_tahunan', transform: 'none', scale: 'none', winsor: [0.05, 0.95] }, money), numeric(values));
    expect(f.clipLow).toBe(5);
    expect(f.clipHigh).toBe(95);
    expect(transformValue(f, 1000)).toBe(95);
    expect(transformValue(f, -3)).toBe(5);
  });

  it('undoes the log and scaling to give a centroid back in Rupiah', () => {
    const f = fitFeature(resolveFeature({ key: 'omzet_tahunan' }, money), numeric([2e6, 3e7, 4e8, 5e9]));
    expect(untransformValue(f, transformValue(f, 25_000_000))).toBeCloseTo(25_000_000, 3);
  });

  it('never logs or scales a 0/1 feature, whatever is asked', () => {
    const r = resolveFeature({ key: 'online', transform: 'log', winsor: [0.1, 0.9] }, flag);
    expect(r.transform).toBe('none');
    expect(r.scale).toBe('none');
    expect(r.winsor).toBeNull();
  });

  it('one-hot encodes a category so that one mismatch adds exactly its weight to a squared distance', () => {
    const raw: RawColumn = { type: 'category', codes: Int32Array.from([0, 1, 2]), levels: ['perdagangan', 'industri', 'jasa'] };
    const f = fitFeature(resolveFeature({ key: 'bidang_usaha', weight: 3 }, sector), raw);
    expect(f.columns).toEqual(['bidang_usaha=industri', 'bidang_usaha=jasa', 'bidang_usaha=perdagangan']);
    const m = buildMatrix([f], [raw], 3);
    const row = (i: number) => Array.from(m.data.subarray(i * 3, i * 3 + 3));
    const sq = row(0).reduce((s, v, t) => s + (v - row(1)[t]) ** 2, 0);
    expect(sq).toBeCloseTo(3, 12);
  });

  it('puts a level unseen at fit time at equal distance from every fitted level', () => {
    const fitRaw: RawColumn = { type: 'category', codes: Int32Array.from([0, 1]), levels: ['perdagangan', 'jasa'] };
    const f = fitFeature(resolveFeature({ key: 'bidang_usaha' }, sector), fitRaw);
    const other: RawColumn = { type: 'category', codes: Int32Array.from([0]), levels: ['industri'] };
    expect(Array.from(buildMatrix([f], [other], 1).data)).toEqual([0, 0]);
  });
});

describe('missing values', () => {
  const features = [resolveFeature({ key: 'omzet_tahunan' }, money)];
  const raws = [numeric([10, NaN, 30, 100, NaN, 300])];
  const groups = { codes: Int32Array.from([0, 0, 0, 1, 1, 1]), names: ['perdagangan', 'jasa'] };

  it('drops incomplete rows and reports how many per feature', () => {
    const r = handleMissing(features, raws, groups, 'drop', 'bidang_usaha');
    expect(Array.from(r.keep)).toEqual([0, 2, 3, 5]);
    expect(r.report).toMatchObject({ rows_in: 6, rows_used: 4, dropped: 2, missing_by_feature: { omzet_tahunan: 2 } });
  });

  it('fills a missing value with the median of its own group and counts the fills', () => {
    const r = handleMissing(features, raws, groups, 'impute', 'bidang_usaha');
    const filled = r.raws[0] as { values: Float64Array };
    expect(Array.from(filled.values)).toEqual([10, 20, 30, 100, 200, 300]);
    expect(r.report.imputed).toEqual({ omzet_tahunan: 2 });
    expect(r.imputation?.values.omzet_tahunan.byGroup).toEqual({ perdagangan: 20, jasa: 200 });
  });

  it('falls back to the overall median for a row whose group is unknown', () => {
    const r = handleMissing(features, [numeric([10, 20, NaN])], { codes: Int32Array.from([0, 0, -1]), names: ['jasa'] }, 'impute', 'bidang_usaha');
    expect((r.raws[0] as { values: Float64Array }).values[2]).toBe(15);
  });
});
