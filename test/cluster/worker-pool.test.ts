import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Db } from '../../services/db/open';
import { JobRegistry } from '../../services/jobs/job-registry';
import { runClustering } from '../../services/cluster/run-service';
import { ClusterPool } from '../../services/cluster/worker-pool';
import { contract } from '../../shared/api/contract';
import type { JobProgress } from '../../shared/api/events';
import { fitKs, inlineExecutor, scoreFits, type EngineOptions } from '../../shared/cluster/engine';
import { addRound, createProject, insertSegments, tempDir } from './project';
import { makeBlobs } from './helpers';

const options: EngineOptions = { method: 'kmeans', seed: 5, restarts: 4, maxIterations: 300, tolerance: 1e-4, blocks: [], silhouetteSample: 10_000 };

describe('the worker pool', () => {
  it('gives exactly the fits and indices of the calling thread, whichever worker finishes first', async () => {
    const x = makeBlobs(4000, 4, 4, 3, 1.5);
    const pool = new ClusterPool(x, 2);
    try {
      const inline = await fitKs(x, [2, 3, 4], options, inlineExecutor(x));
      const pooled = await fitKs(x, [2, 3, 4], options, pool);
      pooled.forEach((f, i) => {
        expect(f.inertia).toBe(inline[i].inertia);
        expect(f.best_restart).toBe(inline[i].best_restart);
        expect(Array.from(f.labels)).toEqual(Array.from(inline[i].labels));
      });
      const a = await scoreFits(x, inline, options, inlineExecutor(x));
      const b = await scoreFits(x, pooled, options, pool);
      b.points.forEach((p, i) => {
        expect(p.silhouette).toBeCloseTo(a.points[i].silhouette, 12);
        expect(p.calinski_harabasz).toBe(a.points[i].calinski_harabasz);
      });
    } finally {
      await pool.close();
    }
  });
});

describe('a clustering job in worker threads', () => {
  const temp = tempDir();
  let db: Db;
  let roundId: number;
  const features = [{ key: 'omzet_tahunan' }, { key: 'aset' }, { key: 'tenaga_kerja' }];
  beforeAll(() => {
    db = createProject(join(temp.dir, 'pekerja.sqlite'));
    roundId = addRound(db, 'Pendataan 2022', 2022);
    insertSegments(db, roundId, 12_000, 4);
  });
  afterAll(() => {
    db.close();
    temp.cleanup();
  });

  it('stores the same run as the calling thread would', async () => {
    const jobs = new JobRegistry(() => {});
    const req = contract['cluster:run'].request.parse({ filter: { roundId }, features, k: 3, restarts: 2, stabilityRuns: 0 });
    const inWorkers = await jobs.run(undefined, (job) => runClustering(db, req, job, 'workers'));
    const inline = await jobs.run(undefined, (job) => runClustering(db, req, job, 'inline'));
    expect(inWorkers.inertia).toBe(inline.inertia);
    expect(inWorkers.sizes).toEqual(inline.sizes);
    expect(inWorkers.silhouette_info).toEqual(inline.silhouette_info);
    expect(inWorkers.silhouette_info.exact).toBe(false);
    expect(inWorkers.silhouette_info.sample_size).toBe(10_000);
  });

  it('stops at once when cancelled and stores nothing', async () => {
    const before = (db.prepare('SELECT count(*) AS n FROM cluster_runs').get() as { n: number }).n;
    const events: JobProgress[] = [];
    const jobs = new JobRegistry((p) => {
      events.push(p);
      if (p.phase.startsWith('Klaster')) jobs.cancel('batal-1');
    }, 0);
    const req = contract['cluster:run'].request.parse({ filter: { roundId }, features, k: 8, restarts: 40, stabilityRuns: 0, jobId: 'batal-1' });
    await expect(jobs.run('batal-1', (job) => runClustering(db, req, job, 'workers'))).rejects.toMatchObject({ code: 'CANCELLED' });
    // The threads are terminated: no restart beyond those already finished reports back (40 were asked for).
    const restartsDone = events.filter((e) => e.phase === 'Klaster k = 8').map((e) => e.done);
    expect(restartsDone.length).toBeGreaterThan(0);
    expect(Math.max(...restartsDone)).toBeLessThanOrEqual(4);
    expect((db.prepare('SELECT count(*) AS n FROM cluster_runs').get() as { n: number }).n).toBe(before);
  });
});

describe('a clustering job on the calling thread (small data)', () => {
  const temp = tempDir();
  let db: Db;
  let roundId: number;
  beforeAll(() => {
    db = createProject(join(temp.dir, 'sebaris.sqlite'));
    roundId = addRound(db, 'Pendataan 2022', 2022);
    insertSegments(db, roundId, 6_000, 4);
  });
  afterAll(() => {
    db.close();
    temp.cleanup();
  });

  it('answers a cancel that arrives from outside (like a jobs:cancel request) between restarts', async () => {
    const events: JobProgress[] = [];
    const jobs = new JobRegistry((p) => events.push(p), 0);
    const req = contract['cluster:run'].request.parse({
      filter: { roundId }, features: [{ key: 'omzet_tahunan' }, { key: 'aset' }], k: 10, restarts: 100, stabilityRuns: 0, jobId: 'batal-2',
    });
    const timer = setTimeout(() => jobs.cancel('batal-2'), 150);
    await expect(jobs.run('batal-2', (job) => runClustering(db, req, job, 'inline'))).rejects.toMatchObject({ code: 'CANCELLED' });
    clearTimeout(timer);
    // 100 restarts at k = 10 take seconds here; the cancel must stop them part-way, not after the last.
    const restartsDone = events.filter((e) => e.phase === 'Klaster k = 10').map((e) => e.done);
    expect(Math.max(0, ...restartsDone)).toBeLessThan(100);
  });
});
