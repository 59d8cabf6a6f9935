import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../services/db/open';
import { createServiceApi } from '../../services/handlers';
import { JobRegistry } from '../../services/jobs/job-registry';
import { prepareInput, type MissingSettings, type PreparedInput } from '../../services/cluster/prepare-input';
import { prepareInputInWorker } from '../../services/cluster/prepare-input-in-worker';
import { classifyStaleRoundInWorker } from '../../services/stats/classify-in-worker';
import { isClassificationStale } from '../../services/stats/classify-round';
import { hashSettings, loadClassificationSettings } from '../../services/stats/classification-settings';
import type { FeatureSpec } from '../../shared/cluster/features';
import { addRound, createProject, insertSegments, tempDir } from './project';
import { watchEventLoop } from '../helpers/event-loop';

const FEATURES: FeatureSpec[] = [
  { key: 'omzet_tahunan', winsor: [0.01, 0.99] }, { key: 'aset' }, { key: 'tenaga_kerja' }, { key: 'online' },
  { key: 'bidang_usaha' }, { key: 'kelas_usaha' }, { key: 'jenis_kelompok', weight: 0.5 }, { key: 'extra:luas_tempat_m2' },
];
const IMPUTE: MissingSettings = { mode: 'impute', group: 'kecamatan' };
const DROP: MissingSettings = { mode: 'drop', group: 'none' };

/** Every typed array of a value, by path, as bytes (so NaN payloads and -0 count too). */
function typedArrayBytes(value: unknown, path = '', out = new Map<string, Buffer>()): Map<string, Buffer> {
  if (ArrayBuffer.isView(value)) out.set(path, Buffer.from(value.buffer, value.byteOffset, value.byteLength));
  else if (value instanceof Map) value.forEach((v, k) => typedArrayBytes(v, `${path}.${String(k)}`, out));
  else if (value !== null && typeof value === 'object') Object.entries(value).forEach(([k, v]) => typedArrayBytes(v, `${path}.${k}`, out));
  return out;
}

/** The value with each typed array replaced by its kind and length (compared byte by byte apart). */
function shapeOf(value: unknown): unknown {
  if (ArrayBuffer.isView(value)) return `${value.constructor.name}(${value.byteLength})`;
  if (value instanceof Map) return new Map([...value].map(([k, v]) => [k, shapeOf(v)]));
  if (Array.isArray(value)) return value.map(shapeOf);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shapeOf(v)]));
  return value;
}

function expectIdentical(actual: PreparedInput, expected: PreparedInput): void {
  expect(actual.inputHash).toBe(expected.inputHash);
  expect(actual.missing).toEqual(expected.missing);
  expect(actual.loaded.columns).toBeInstanceOf(Map);
  expect([...actual.loaded.columns.keys()]).toEqual([...expected.loaded.columns.keys()]);
  const a = typedArrayBytes(actual);
  const e = typedArrayBytes(expected);
  expect([...a.keys()]).toEqual([...e.keys()]);
  for (const [path, bytes] of e) expect(Buffer.compare(a.get(path) as Buffer, bytes), path).toBe(0);
  expect(shapeOf(actual)).toEqual(shapeOf(expected));
}

describe('preparing a clustering input in a worker thread', () => {
  const temp = tempDir();
  const file = join(temp.dir, 'siap.sqlite');
  let db: Db;
  let roundId: number;
  beforeAll(() => {
    db = createProject(file);
    roundId = addRound(db, 'Pendataan 2022', 2022);
    insertSegments(db, roundId, 20_000, 11, { missingAset: 0.1 });
  }, 60_000);
  afterAll(() => {
    db.close();
    temp.cleanup();
  });

  const stale = () => isClassificationStale(db, roundId, hashSettings(loadClassificationSettings(db)));

  it('gives exactly the input of the calling thread: same matrix bits, input hash and missing report', async () => {
    expect(stale()).toBe(true);
    const jobs = new JobRegistry(() => {});
    for (const missing of [IMPUTE, DROP]) {
      const watched = await watchEventLoop(() => jobs.run(undefined, (job) => prepareInputInWorker(db, file, { roundId }, FEATURES, missing, job)));
      // The calling thread kept turning: the work really was elsewhere.
      expect(watched.turns).toBeGreaterThanOrEqual(5);
      const here = prepareInput(db, { roundId }, FEATURES, missing);
      expect(here.missing.rows_in).toBe(60_000);
      expectIdentical(watched.result, here);
    }
    // The stale classification was redone (in its worker) on the way.
    expect(stale()).toBe(false);
  }, 120_000);

  it('leaves the calling thread free: its timer never waits as long as the preparation takes here', async () => {
    const jobs = new JobRegistry(() => {});
    const features: FeatureSpec[] = [{ key: 'omzet_tahunan' }, { key: 'aset' }, { key: 'tenaga_kerja' }, { key: 'bidang_usaha' }];
    const onThisThread = await watchEventLoop(async () => prepareInput(db, { roundId }, features, IMPUTE));
    const inWorker = await watchEventLoop(() => jobs.run(undefined, (job) => prepareInputInWorker(db, file, { roundId }, features, IMPUTE, job)));
    // On this thread the loop stands still for the whole preparation (60,000 rows: hundreds of ms).
    expect(onThisThread.longestGapMs).toBeGreaterThan(50);
    expect(inWorker.turns).toBeGreaterThanOrEqual(5);
    expect(inWorker.longestGapMs).toBeLessThan(onThisThread.longestGapMs);
  }, 60_000);

  it('keeps the service thread answering while cluster:sweep prepares its input', async () => {
    const features: FeatureSpec[] = [{ key: 'omzet_tahunan' }, { key: 'aset' }, { key: 'tenaga_kerja' }, { key: 'bidang_usaha' }];
    const t = performance.now();
    prepareInput(db, { roundId }, features, IMPUTE);
    const onThisThreadMs = performance.now() - t;
    const api = createServiceApi('browser');
    try {
      api.session.open(file, false);
      // Longest wait of a 2 ms timer from the request until the engine reports its first fit: the
      // preparation window (on this thread it would be one wait as long as the whole preparation).
      let last = performance.now();
      let longestGapMs = 0;
      let preparing = true;
      const timer = setInterval(() => {
        const now = performance.now();
        if (preparing) longestGapMs = Math.max(longestGapMs, now - last);
        last = now;
      }, 2);
      const off = api.on('job:progress', (p) => {
        if (p.jobId === 'sapu-1' && p.phase.startsWith('Klaster')) preparing = false;
      });
      const sweep = await api.invoke('cluster:sweep', { filter: { roundId }, features, missing: IMPUTE, range: { kMin: 2, kMax: 3 }, restarts: 1, jobId: 'sapu-1' });
      clearInterval(timer);
      off();
      expect(sweep.ok).toBe(true);
      if (sweep.ok) expect((sweep.data as { rows: number }).rows).toBe(60_000);
      expect(preparing).toBe(false);
      expect(onThisThreadMs).toBeGreaterThan(50);
      expect(longestGapMs).toBeLessThan(onThisThreadMs / 2);
    } finally {
      api.close();
    }
  }, 60_000);

  it('stops at once when the job is cancelled during the preparation', async () => {
    const jobs = new JobRegistry(() => {});
    const started = performance.now();
    setTimeout(() => jobs.cancel('siap-batal'), 30);
    await expect(jobs.run('siap-batal', (job) => prepareInputInWorker(db, file, { roundId }, FEATURES, IMPUTE, job))).rejects.toMatchObject({
      code: 'CANCELLED',
      message: expect.stringContaining('dibatalkan'),
    });
    expect(performance.now() - started).toBeLessThan(5_000);
  }, 30_000);

  it('stops waiting when cancelled during a stale classification, which still finishes for the next use', async () => {
    db.prepare('UPDATE classification_runs SET stale = 1 WHERE round_id = ?').run(roundId);
    const jobs = new JobRegistry(() => {});
    setTimeout(() => jobs.cancel('klas-batal'), 30);
    await expect(jobs.run('klas-batal', (job) => prepareInputInWorker(db, file, { roundId }, FEATURES, IMPUTE, job))).rejects.toMatchObject({ code: 'CANCELLED' });
    // Joins the classification still running (one per round) and finds the round current afterwards.
    await classifyStaleRoundInWorker(db, file, roundId);
    expect(stale()).toBe(false);
  }, 60_000);

  it('answers a missing round as the calling thread does', async () => {
    const jobs = new JobRegistry(() => {});
    await expect(jobs.run(undefined, (job) => prepareInputInWorker(db, file, { roundId: 999 }, FEATURES, IMPUTE, job))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(jobs.run(undefined, (job) => prepareInputInWorker(db, file, { roundId }, [{ key: 'tidak_ada' }], IMPUTE, job))).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining('tidak_ada'),
    });
  }, 30_000);
});

describe('preparing a clustering input without a project file', () => {
  it('runs on the calling thread for an in-memory database, with the same result', async () => {
    const db = createProject(':memory:');
    try {
      const roundId = addRound(db, 'Pendataan 2023', 2023);
      insertSegments(db, roundId, 300, 2, { missingAset: 0.2 });
      const jobs = new JobRegistry(() => {});
      const watched = await watchEventLoop(() => jobs.run(undefined, (job) => prepareInputInWorker(db, ':memory:', { roundId }, FEATURES, IMPUTE, job)));
      expect(watched.turns).toBe(0);
      expectIdentical(watched.result, prepareInput(db, { roundId }, FEATURES, IMPUTE));
    } finally {
      db.close();
    }
  });
});
