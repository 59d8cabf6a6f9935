import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/api/result';
import { GROUP_BY_KEYS } from '../../shared/stats/table-types';
import { APPLICATION_ID, openProjectDb, type Db } from '../../services/db/open';
import { createServiceApi, type ServiceApi } from '../../services/handlers';
import { computePlacement } from '../../services/cluster/placement';
import { saveProjection } from '../../services/cluster/run-store';
import { prepareInput } from '../../services/cluster/prepare-input';
import { countWaitingReadWorkers, runReadInWorker } from '../../services/jobs/run-read-in-worker';
import { computeGroupStats } from '../../services/stats/group-stats';
import { computeQualityReport } from '../../services/stats/quality-flags';
import { addRound, createProject, insertSegments, tempDir } from '../cluster/project';
import { watchEventLoop } from '../helpers/event-loop';

/** The data of a successful API answer (fails the test otherwise). */
function dataOf(r: { ok: true; data: unknown } | { ok: false; error: unknown }): unknown {
  if (!r.ok) throw new Error(`API call failed: ${JSON.stringify(r.error)}`);
  return r.data;
}

/**
 * 60,000 businesses of three kinds with log-normal figures (outliers at both ends), plus jenis usaha
 * in three groups, some zero-worker and monthly turnovers, lost and duplicate rows: every quality flag
 * and group table has something to show.
 */
function buildProject(file: string): number {
  const db = createProject(file);
  const roundId = addRound(db, 'Pendataan 2022', 2022);
  insertSegments(db, roundId, 20_000, 5, { missingAset: 0.1 });
  db.exec(`UPDATE businesses SET jenis_usaha = CASE id % 5 WHEN 0 THEN 'warung kopi' WHEN 1 THEN 'jahit pakaian' WHEN 2 THEN 'bengkel motor' ELSE NULL END;
    UPDATE businesses SET tenaga_kerja = 0 WHERE id % 97 = 0;
    UPDATE businesses SET omzet_periode = 'bulan' WHERE id % 89 = 0;
    UPDATE businesses SET status = 'hilang', alasan_hilang = 'tidak_lagi_usaha' WHERE id % 101 = 0;
    UPDATE businesses SET duplicate_state = 'duplicate' WHERE id % 103 = 0;`);
  db.close();
  return roundId;
}

describe('quality flags and group statistics in the read-only worker', () => {
  const temp = tempDir();
  const file = join(temp.dir, 'baca.sqlite');
  let roundId: number;
  let api: ServiceApi;
  let db: Db;
  beforeAll(() => {
    roundId = buildProject(file);
    api = createServiceApi('browser');
    api.session.open(file, false);
    db = api.session.require().db;
  }, 60_000);
  afterAll(() => {
    api.close();
    temp.cleanup();
  });

  it('answers quality:flags exactly as the calling thread does', async () => {
    const requests = [
      { filter: { roundId } },
      { filter: { roundId }, code: 'outlier_omzet' as const, offset: 10, limit: 50 },
      { filter: { roundId }, code: 'tenaga_kerja_nol' as const, limit: 1000 },
      { filter: { roundId, kecamatan: ['35.75.02', '35.75.03'], sector: ['industri' as const] } },
    ];
    for (const req of requests) {
      const inWorker = dataOf(await api.invoke('quality:flags', req));
      const here = computeQualityReport(db, req.filter, req);
      expect(JSON.stringify(inWorker)).toBe(JSON.stringify(here));
      expect(inWorker).toStrictEqual(here);
    }
    const all = computeQualityReport(db, { roundId });
    // The comparison is not between two empty reports.
    expect(all.summary.filter((s) => s.count > 0).length).toBeGreaterThanOrEqual(4);
    expect(all.records.total).toBeGreaterThan(100);
  }, 120_000);

  it('answers stats:groupBy exactly as the calling thread does, for every grouping', async () => {
    for (const by of GROUP_BY_KEYS) {
      for (const filter of [{ roundId }, { roundId, kelurahan: ['35.75.01.1001', '35.75.04.1002'] }]) {
        const inWorker = dataOf(await api.invoke('stats:groupBy', { filter, by }));
        const here = computeGroupStats(db, filter, by);
        expect(JSON.stringify(inWorker), by).toBe(JSON.stringify(here));
        expect(inWorker, by).toStrictEqual(here);
      }
    }
  }, 120_000);

  it('answers reads asked at the same time, each with its own result', async () => {
    const [quality, groups] = await Promise.all([
      api.invoke('quality:flags', { filter: { roundId } }),
      api.invoke('stats:groupBy', { filter: { roundId }, by: 'size_class' }),
    ]);
    expect(dataOf(quality)).toStrictEqual(computeQualityReport(db, { roundId }));
    expect(dataOf(groups)).toStrictEqual(computeGroupStats(db, { roundId }, 'size_class'));
  }, 60_000);

  it('keeps the service thread turning during quality:flags; on this thread it stands still for the whole read', async () => {
    const onThisThread = await watchEventLoop(async () => computeQualityReport(db, { roundId }));
    const inWorker = await watchEventLoop(() => api.invoke('quality:flags', { filter: { roundId } }));
    expect(inWorker.result.ok).toBe(true);
    // 60,000 rows: hundreds of ms in one block when the read runs here.
    expect(onThisThread.longestGapMs).toBeGreaterThan(100);
    expect(inWorker.turns).toBeGreaterThanOrEqual(5);
    expect(inWorker.longestGapMs).toBeLessThan(onThisThread.longestGapMs / 2);
  }, 60_000);

  it('places businesses on a saved run (cluster:assign) in the worker: same placement, the service thread keeps turning', async () => {
    const features = [{ key: 'omzet_tahunan' }, { key: 'aset' }, { key: 'tenaga_kerja' }, { key: 'bidang_usaha' }];
    const run = dataOf(await api.invoke('cluster:run', { filter: { roundId }, features, k: 3, seed: 5, restarts: 1, stabilityRuns: 0 })) as { run_id: number };
    // All of it on this thread: reading and placing, then storing the placement.
    const onThisThread = await watchEventLoop(async () => {
      const placed = computePlacement(db, run.run_id, { roundId });
      saveProjection(db, run.run_id, roundId, { roundId }, placed.result.input_hash, placed.result, placed);
      return placed;
    });
    const inWorker = await watchEventLoop(() => api.invoke('cluster:assign', { runId: run.run_id, filter: { roundId } }));
    expect(dataOf(inWorker.result)).toStrictEqual(onThisThread.result.result);
    expect(onThisThread.longestGapMs).toBeGreaterThan(100);
    expect(inWorker.turns).toBeGreaterThanOrEqual(5);
    // Only the store (one write transaction) still holds the service thread; reading and placing do not.
    expect(inWorker.longestGapMs).toBeLessThan(onThisThread.longestGapMs * 0.75);
  }, 120_000);

  it('answers another call asked while quality:flags is being read', async () => {
    const order: string[] = [];
    const quality = api.invoke('quality:flags', { filter: { roundId } }).then((r) => {
      order.push('quality');
      return r;
    });
    // Asked from a timer: on a thread busy with the read it would only fire once the read is done.
    await new Promise((r) => setTimeout(r, 20));
    const info = await api.invoke('app:info', {});
    order.push('info');
    expect(info.ok).toBe(true);
    expect((await quality).ok).toBe(true);
    expect(order).toEqual(['info', 'quality']);
  }, 60_000);

  it('reads on this thread when the read would have to write: a business edited after the caller classified', async () => {
    const aboveMicro = (r: ReturnType<typeof computeQualityReport>) => r.summary.find((s) => s.code === 'di_atas_batas_mikro')?.count;
    const before = aboveMicro(computeQualityReport(db, { roundId }));
    // The first business is a small trader; this turnover makes it a large one.
    const id = (db.prepare('SELECT min(id) AS id FROM businesses WHERE round_id = ?').get(roundId) as { id: number }).id;
    db.prepare('UPDATE businesses SET omzet_nilai = 90000000000 WHERE id = ?').run(id);
    const stale = () => (db.prepare('SELECT count(*) AS n FROM stats_stale_businesses WHERE round_id = ?').get(roundId) as { n: number }).n;
    expect(stale()).toBe(1);
    const read = await runReadInWorker(db, file, 'quality:flags', { filter: { roundId }, code: 'di_atas_batas_mikro' });
    // The read-only worker could not reclassify it; the calling thread did, and read the current figures.
    expect(stale()).toBe(0);
    expect(read).toStrictEqual(computeQualityReport(db, { roundId }, { code: 'di_atas_batas_mikro' }));
    expect(aboveMicro(read)).toBe((before as number) + 1);
  }, 60_000);

  it('gives an error of the read back with the code and message it has on the calling thread', async () => {
    const features = [{ key: 'tidak_ada' }];
    const missing = { mode: 'drop', group: 'none' } as const;
    let here: unknown;
    try {
      prepareInput(db, { roundId }, features, missing, { classify: false });
    } catch (err) {
      here = err;
    }
    expect(here).toBeInstanceOf(AppError);
    const inWorker = await runReadInWorker(db, file, 'cluster:prepareInput', { filter: { roundId }, features, missing }).catch((err: unknown) => err);
    expect(inWorker).toBeInstanceOf(AppError);
    expect(inWorker).toMatchObject({ code: (here as AppError).code, message: (here as AppError).message });
    expect((here as AppError).message).toContain('tidak_ada');
  }, 30_000);

  it('keeps one worker for the next read of the project, and ends it when the project is closed or switched', async () => {
    const other = join(temp.dir, 'lain.sqlite');
    createProject(other).close();
    const own = createServiceApi('browser');
    try {
      own.session.open(file, false);
      expect(dataOf(await own.invoke('stats:groupBy', { filter: { roundId }, by: 'nib' }))).toBeTruthy();
      expect(countWaitingReadWorkers(file)).toBe(1);
      own.session.open(other, false);
      expect(countWaitingReadWorkers(file)).toBe(0);
      own.session.open(file, false);
      expect(dataOf(await own.invoke('stats:groupBy', { filter: { roundId }, by: 'nib' }))).toBeTruthy();
      expect(countWaitingReadWorkers(file)).toBe(1);
    } finally {
      own.close();
    }
    expect(countWaitingReadWorkers(file)).toBe(0);
  }, 60_000);
});

describe('read errors that start in the worker itself', () => {
  const temp = tempDir();
  afterAll(() => temp.cleanup());
  const firstError = (work: () => unknown): unknown => {
    try {
      work();
    } catch (err) {
      return err;
    }
    throw new Error('no error');
  };

  it('answers a file that is not a project with the BAD_FILE the calling thread gives', async () => {
    const path = join(temp.dir, 'bukan-proyek.sqlite');
    const other = new Database(path);
    other.exec('CREATE TABLE catatan (isi TEXT)');
    other.close();
    const here = firstError(() => openProjectDb(path, { readonly: true }));
    const db = createProject(':memory:');
    try {
      const inWorker = await runReadInWorker(db, path, 'stats:groupBy', { filter: { roundId: 1 }, by: 'nib' }).catch((err: unknown) => err);
      expect(inWorker).toBeInstanceOf(AppError);
      expect(inWorker).toMatchObject({ code: 'BAD_FILE', message: (here as AppError).message });
    } finally {
      db.close();
    }
  }, 30_000);

  it('answers a failure that is not an AppError as a plain error with the same message (the API then says INTERNAL)', async () => {
    // A project file's id without its tables: the read fails in SQL.
    const path = join(temp.dir, 'kosong.sqlite');
    const empty = new Database(path);
    empty.pragma(`application_id = ${APPLICATION_ID}`);
    empty.close();
    const conn = openProjectDb(path, { readonly: true }).db;
    const here = firstError(() => computeGroupStats(conn, { roundId: 1 }, 'nib'));
    conn.close();
    expect(here).not.toBeInstanceOf(AppError);
    const db = createProject(':memory:');
    try {
      const inWorker = await runReadInWorker(db, path, 'stats:groupBy', { filter: { roundId: 1 }, by: 'nib' }).catch((err: unknown) => err);
      expect(inWorker).toBeInstanceOf(Error);
      expect(inWorker).not.toBeInstanceOf(AppError);
      expect((inWorker as Error).message).toBe((here as Error).message);
      expect((inWorker as Error).stack).toContain('group-stats');
    } finally {
      db.close();
    }
  }, 30_000);
});

describe('reads without a project file', () => {
  it('run on the calling thread for an in-memory database, with the same result', async () => {
    const db = createProject(':memory:');
    try {
      const roundId = addRound(db, 'Pendataan 2023', 2023);
      insertSegments(db, roundId, 300, 2, { missingAset: 0.2 });
      const watched = await watchEventLoop(() => runReadInWorker(db, ':memory:', 'quality:flags', { filter: { roundId } }));
      expect(watched.turns).toBe(0);
      expect(watched.result).toStrictEqual(computeQualityReport(db, { roundId }));
      const groups = await runReadInWorker(db, ':memory:', 'stats:groupBy', { filter: { roundId }, by: 'kecamatan' });
      expect(groups).toStrictEqual(computeGroupStats(db, { roundId }, 'kecamatan'));
    } finally {
      db.close();
    }
  });
});
