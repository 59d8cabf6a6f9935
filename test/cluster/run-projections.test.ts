import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createServiceApi, type ServiceApi } from '../../services/handlers';
import { addRound, createProject, insertSegments, ok, tempDir } from './project';

/** `cluster:get` lists the rounds placed on a run (`cluster:assign`), so a reopened project can show them again. */
const features = [{ key: 'omzet_tahunan' }, { key: 'aset' }, { key: 'tenaga_kerja' }];

let api: ServiceApi;
let path: string;
let fitRound: number;
let laterRound: number;
let thirdRound: number;
const temp = tempDir();

beforeAll(() => {
  path = join(temp.dir, 'penempatan.sqlite');
  const db = createProject(path);
  fitRound = addRound(db, 'Pendataan 2022', 2022);
  insertSegments(db, fitRound, 60, 1);
  laterRound = addRound(db, 'Pendataan 2023', 2023);
  insertSegments(db, laterRound, 40, 2, { missingAset: 0.1 });
  thirdRound = addRound(db, 'Pendataan 2024', 2024);
  insertSegments(db, thirdRound, 20, 3);
  db.close();
  api = createServiceApi('cli');
  api.session.open(path, false);
});
afterAll(() => {
  api.close();
  temp.cleanup();
});

describe('stored placements in the run detail', () => {
  it('has none for a fresh run', async () => {
    const run = await ok(api.call('cluster:run', { filter: { roundId: fitRound }, features, k: 3, seed: 3, stabilityRuns: 0 }));
    expect(run.projections).toEqual([]);
    expect((await ok(api.call('cluster:get', { runId: run.run_id }))).projections).toEqual([]);
  });

  it('returns each placed round as cluster:assign answered it, newest first, with its round name and filter', async () => {
    const [run] = await ok(api.call('cluster:list', { roundId: fitRound }));
    const later = await ok(api.call('cluster:assign', { runId: run!.run_id, filter: { roundId: laterRound } }));
    const third = await ok(api.call('cluster:assign', { runId: run!.run_id, filter: { roundId: thirdRound, sector: ['jasa'] } }));
    expect(later.missing.dropped).toBeGreaterThan(0);
    const detail = await ok(api.call('cluster:get', { runId: run!.run_id }));
    expect(detail.projections.map((p) => p.round_id)).toEqual([thirdRound, laterRound]);
    const [storedThird, storedLater] = detail.projections;
    const { round_name: laterName, filter: laterFilter, created_at: laterAt, ...laterResult } = storedLater!;
    expect(laterResult).toEqual(later);
    expect(laterName).toBe('Pendataan 2023');
    expect(laterFilter).toEqual({ roundId: laterRound });
    expect(Number.isNaN(Date.parse(laterAt))).toBe(false);
    expect(storedThird!.filter).toEqual({ roundId: thirdRound, sector: ['jasa'] });
    expect(third.rows).toBe(20);
    expect(storedThird!.rows).toBe(third.rows);
    expect(storedThird!.sizes).toEqual(third.sizes);
  });

  it('replaces a round placed again instead of listing it twice, and survives reopening the project', async () => {
    const [run] = await ok(api.call('cluster:list', { roundId: fitRound }));
    const again = await ok(api.call('cluster:assign', { runId: run!.run_id, filter: { roundId: thirdRound } }));
    api.session.open(path, false);
    const detail = await ok(api.call('cluster:get', { runId: run!.run_id }));
    expect(detail.projections.map((p) => p.round_id)).toEqual([thirdRound, laterRound]);
    expect(detail.projections[0]!.filter).toEqual({ roundId: thirdRound });
    expect(again.rows).toBe(60);
    expect(detail.projections[0]!.rows).toBe(again.rows);
    expect(detail.projections[0]!.sizes).toEqual(again.sizes);
  });

  it('drops a placement with its round', async () => {
    const [run] = await ok(api.call('cluster:list', { roundId: fitRound }));
    await ok(api.call('rounds:delete', { roundId: thirdRound }));
    const detail = await ok(api.call('cluster:get', { runId: run!.run_id }));
    expect(detail.projections.map((p) => p.round_id)).toEqual([laterRound]);
  });
});
