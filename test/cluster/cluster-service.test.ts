import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createServiceApi, type ServiceApi } from '../../services/handlers';
import type { ClusterRunDetail } from '../../shared/api/contract-cluster';
import type { JobProgress } from '../../shared/api/events';
import { adjustedRandIndex } from '../../shared/cluster/validity';
import { addRound, createProject, insertSegments, ok, tempDir } from './project';

const features = [{ key: 'omzet_tahunan' }, { key: 'aset' }, { key: 'tenaga_kerja' }, { key: 'online' }, { key: 'nib' }];

let api: ServiceApi;
let roundId: number;
let nextRound: number;
let segmentOf: Map<number, number>;
let flatRound: number;
const temp = tempDir();

beforeAll(() => {
  const path = join(temp.dir, 'klaster.sqlite');
  const db = createProject(path);
  roundId = addRound(db, 'Pendataan 2022', 2022);
  segmentOf = insertSegments(db, roundId, 200, 1, { missingAset: 0.05 });
  nextRound = addRound(db, 'Pendataan 2023', 2023);
  insertSegments(db, nextRound, 100, 2);
  flatRound = addRound(db, 'Semua sama', 2024);
  const same = db.prepare(`INSERT INTO businesses (round_id, omzet_nilai, omzet_periode, aset, tenaga_kerja, status, original_json)
    VALUES (?, 12000000, 'tahun', 5000000, 1, 'valid', '{}')`);
  for (let i = 0; i < 50; i++) same.run(flatRound);
  db.close();
  api = createServiceApi('cli');
  api.session.open(path, false);
});
afterAll(() => {
  api.close();
  temp.cleanup();
});

describe('clustering a round through the API', () => {
  let run: ClusterRunDetail;
  beforeAll(async () => {
    run = await ok(api.call('cluster:run', { filter: { roundId }, features, k: 3, seed: 7, stabilityRuns: 2 }));
  });

  it('fits three clusters covering every clustered business, well separated', () => {
    expect(run.k).toBe(3);
    expect(run.sizes.reduce((a, b) => a + b, 0)).toBe(run.rows);
    expect(run.silhouette).toBeGreaterThan(0.5);
  });

  it('drops the businesses with a missing value and says how many', () => {
    expect(run.missing.mode).toBe('drop');
    expect(run.missing.missing_by_feature.aset).toBeGreaterThan(0);
    expect(run.missing.dropped).toBe(run.missing.missing_by_feature.aset);
    expect(run.rows).toBe(600 - run.missing.dropped);
  });

  it('stores the assignments, which agree with how the data was made', async () => {
    const a = await ok(api.call('cluster:assignments', { runId: run.run_id }));
    expect(a.business_id.length).toBe(run.rows);
    const truth = a.business_id.map((id) => segmentOf.get(id) as number);
    expect(adjustedRandIndex(truth, a.cluster)).toBeGreaterThan(0.95);
  });

  it('stores what is needed to reproduce the run', async () => {
    const stored = await ok(api.call('cluster:get', { runId: run.run_id }));
    expect(stored.seed).toBe(7);
    expect(stored.restarts).toBe(10);
    expect(stored.max_iterations).toBe(300);
    expect(stored.tolerance).toBe(1e-4);
    expect(stored.filter).toEqual({ roundId });
    expect(stored.input_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.versions.engine).toContain('peta-kmeans');
    expect(stored.fitted_features.map((f) => f.key)).toEqual(features.map((f) => f.key));
    expect(stored.fitted_features[0].transform).toBe('log');
    expect(stored.fitted_features[0].scale).toBe('zscore');
  });

  it('gives the same clusters again from the same seed', async () => {
    const again = await ok(api.call('cluster:run', { filter: { roundId }, features, k: 3, seed: 7, stabilityRuns: 0 }));
    expect(again.inertia).toBe(run.inertia);
    expect(again.sizes).toEqual(run.sizes);
    expect(again.input_hash).toBe(run.input_hash);
  });

  it('is stable across seeds on well separated data', () => {
    expect(run.stability?.ari).toHaveLength(2);
    expect(run.stability?.mean).toBeGreaterThan(0.95);
  });

  it('names each cluster in Indonesian from its profile', () => {
    const small = run.clusters.reduce((a, b) => ((a.omzet_tahunan?.median ?? 0) < (b.omzet_tahunan?.median ?? 0) ? a : b));
    expect(small.label).toBe('Mikro dagang kecil, offline, belum ber-NIB');
    expect(small.omzet_tahunan?.median).toBeGreaterThan(15_000_000);
    expect(Number.isInteger(small.omzet_tahunan?.q1)).toBe(true);
    expect(small.sectors[0].label).toBe('Perdagangan');
    expect(small.top_kelurahan?.lift).toBeGreaterThan(1);
  });

  it('keeps a renamed cluster label and restores the generated one when emptied', async () => {
    const renamed = await ok(api.call('cluster:rename', { runId: run.run_id, name: 'Klaster FGD', labels: [{ cluster: 0, label: 'Pelaku pemula' }] }));
    expect(renamed.name).toBe('Klaster FGD');
    expect(renamed.clusters[0].label).toBe('Pelaku pemula');
    const restored = await ok(api.call('cluster:rename', { runId: run.run_id, labels: [{ cluster: 0, label: '' }] }));
    expect(restored.clusters[0].label).toBe(restored.clusters[0].generated_label);
  });

  it('lists the stored runs of a round, newest first', async () => {
    const list = await ok(api.call('cluster:list', { roundId }));
    expect(list.length).toBeGreaterThanOrEqual(2);
    expect(list[0].run_id).toBeGreaterThan(list[1].run_id);
    expect(list.find((r) => r.run_id === run.run_id)?.features).toEqual(features.map((f) => f.key));
  });

  it('places another round on the saved centroids without refitting', async () => {
    const placed = await ok(api.call('cluster:assign', { runId: run.run_id, filter: { roundId: nextRound } }));
    expect(placed.rows).toBe(300);
    expect(placed.sizes.reduce((a, b) => a + b, 0)).toBe(300);
    placed.shares.forEach((s) => expect(s).toBeGreaterThan(0.25));
    const all = await ok(api.call('cluster:assignments', { runId: run.run_id, include: 'all' }));
    expect(all.source.filter((s) => s === 'assign')).toHaveLength(300);
    const members = await ok(api.call('cluster:members', { runId: run.run_id, cluster: 0, roundId: nextRound, offset: 0, limit: 10 }));
    expect(members.total).toBe(placed.sizes[0]);
    expect(members.rows.every((r) => r.source === 'assign')).toBe(true);
  });

  it('rebuilds exactly the matrix it clustered', async () => {
    const m = await ok(api.call('cluster:matrix', { runId: run.run_id }));
    expect(m.business_id).toHaveLength(run.rows);
    expect(m.values).toHaveLength(run.rows * m.columns.length);
    expect(m.input_hash).toBe(run.input_hash);
  });
});

describe('missing values and features', () => {
  it('imputes by the median of the sector and counts what it filled in', async () => {
    const run = await ok(api.call('cluster:run', { filter: { roundId }, features, k: 3, missing: { mode: 'impute', group: 'bidang_usaha' }, stabilityRuns: 0 }));
    expect(run.rows).toBe(600);
    expect(run.missing.imputed.aset).toBeGreaterThan(0);
    expect(run.missing.dropped).toBe(0);
  });

  it('shows each feature before and after its transform, with the skew removed by the log', async () => {
    const f = await ok(api.call('cluster:features', { filter: { roundId } }));
    const omzet = f.features.find((x) => x.key === 'omzet_tahunan');
    expect(omzet?.before?.skewness).toBeGreaterThan(1);
    expect(Math.abs(omzet?.after?.skewness ?? 9)).toBeLessThan(0.5);
    expect(omzet?.after?.summary.mean).toBeCloseTo(0, 10);
    expect(f.features.some((x) => x.key === 'extra:luas_tempat_m2')).toBe(true);
    expect(f.features.find((x) => x.key === 'bidang_usaha')?.levels?.map((l) => l.count)).toEqual([200, 200, 200]);
  });

  it('refuses an unknown feature with the list of known ones', async () => {
    const r = await api.call('cluster:run', { filter: { roundId }, features: [{ key: 'omset' }], k: 3 });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('VALIDATION');
      expect(r.error.message).toContain('omzet_tahunan');
    }
  });

  it('clusters mixed numeric and categorical data with k-prototypes', async () => {
    const run = await ok(api.call('cluster:run', {
      filter: { roundId }, method: 'kprototypes', k: 3, stabilityRuns: 0,
      features: [{ key: 'omzet_tahunan' }, { key: 'bidang_usaha' }, { key: 'online' }],
    }));
    const a = await ok(api.call('cluster:assignments', { runId: run.run_id }));
    expect(adjustedRandIndex(a.business_id.map((id) => segmentOf.get(id) as number), a.cluster)).toBeGreaterThan(0.95);
    expect(run.columns).toEqual(['omzet_tahunan', 'bidang_usaha=industri', 'bidang_usaha=jasa', 'bidang_usaha=perdagangan', 'online']);
  });
});

describe('runs that cannot be made, and deleting runs', () => {
  it('explains in Indonesian when the data forms fewer than two clusters', async () => {
    const r = await api.call('cluster:run', { filter: { roundId: flatRound }, features: [{ key: 'omzet_tahunan' }, { key: 'aset' }], k: 3, stabilityRuns: 0 });
    expect(r.ok ? 'ok' : r.error.code).toBe('VALIDATION');
    if (!r.ok) expect(r.error.message).toContain('hanya membentuk 1 klaster berisi');
  });

  it('refuses more clusters than complete businesses', async () => {
    const r = await api.call('cluster:run', { filter: { roundId, kelurahan: ['35.75.01.1001'], sector: ['jasa'] }, features, k: 30, stabilityRuns: 0 });
    expect(r.ok ? 'ok' : r.error.message).toMatch(/terlalu sedikit untuk 30 klaster/);
  });

  it('deletes a run with its labels and assignments', async () => {
    const run = await ok(api.call('cluster:run', { filter: { roundId }, features, k: 2, stabilityRuns: 0 }));
    expect(await ok(api.call('cluster:delete', { runId: run.run_id }))).toEqual({ deleted: true });
    const gone = await api.call('cluster:get', { runId: run.run_id });
    expect(gone.ok ? 'ok' : gone.error.code).toBe('NOT_FOUND');
    const db = api.session.require().db;
    expect(db.prepare('SELECT count(*) AS n FROM cluster_assignments WHERE run_id = ?').get(run.run_id)).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM cluster_labels WHERE run_id = ?').get(run.run_id)).toEqual({ n: 0 });
  });
});

describe('choosing k', () => {
  it('recommends k = 3 for three kinds of business, with a reason in Indonesian, and reports progress per k', async () => {
    const events: JobProgress[] = [];
    const off = api.on('job:progress', (p) => events.push(p));
    const sweep = await ok(api.call('cluster:sweep', { filter: { roundId }, features, range: { kMin: 2, kMax: 6 }, jobId: 'sapuan-1' }));
    off();
    expect(sweep.points.map((p) => p.k)).toEqual([2, 3, 4, 5, 6]);
    expect(sweep.recommended?.k).toBe(3);
    expect(sweep.recommended?.reason).toMatch(/^k = 3 disarankan karena/);
    expect(sweep.silhouette.exact).toBe(true);
    expect(new Set(events.filter((e) => e.jobId === 'sapuan-1').map((e) => e.phase))).toContain('Klaster k = 6');
    const run = await ok(api.call('cluster:run', { filter: { roundId }, features, k: 3, stabilityRuns: 0, sweepToken: sweep.sweep_token }));
    expect(run.sweep?.recommended?.k).toBe(3);
    expect(run.sweep?.points[1].inertia).toBe(run.inertia);
  });

  it('refuses a sweep token from other settings', async () => {
    const sweep = await ok(api.call('cluster:sweep', { filter: { roundId }, features, range: { kMin: 2, kMax: 3 } }));
    const r = await api.call('cluster:run', { filter: { roundId }, features, k: 3, seed: 99, sweepToken: sweep.sweep_token });
    expect(r.ok ? 'ok' : r.error.code).toBe('CONFLICT');
  });
});
