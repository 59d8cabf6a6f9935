import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addRound, createProject, insertSegments, tempDir } from './project';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Runs the CLI as a user does (tsx on the source), returning exit code, stdout, stderr. */
function cli(args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(join(root, 'node_modules', '.bin', 'tsx'), [join(root, 'services', 'cli', 'index.ts'), ...args], {
    cwd: root, encoding: 'utf8', env: process.env, timeout: 180_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

interface ClusterJson {
  run_id: number;
  k: number;
  inertia: number;
  silhouette: number;
  calinski_harabasz: number;
  davies_bouldin: number;
  sizes: number[];
  centroids: number[][];
  columns: string[];
  sweep: Array<{ k: number; inertia: number; silhouette: number; calinski_harabasz: number; davies_bouldin: number }>;
  recommended_k: number | null;
}

const temp = tempDir();
const db = join(temp.dir, 'cli.sqlite');
let roundId: number;

beforeAll(() => {
  const project = createProject(db);
  roundId = addRound(project, 'Pendataan 2022', 2022);
  insertSegments(project, roundId, 150, 11);
  project.close();
});
afterAll(() => temp.cleanup());

describe('cluster command', () => {
  it('runs a fixed k and prints the run as JSON', () => {
    const r = cli(['cluster', '--db', db, '--features', 'omzet_tahunan,aset,tenaga_kerja', '--k', '3', '--seed', '5', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as ClusterJson;
    expect(out.k).toBe(3);
    expect(out.sizes.reduce((a, b) => a + b, 0)).toBe(450);
    expect(out.centroids).toHaveLength(3);
    expect(out.centroids[0]).toHaveLength(3);
    expect(out.silhouette).toBeGreaterThan(0.5);
    expect(out.davies_bouldin).toBeGreaterThan(0);
    expect(out.sweep).toEqual([]);
  });

  it('sweeps a k range, runs the recommended k and writes the assignments and the clustered matrix', () => {
    const assignments = join(temp.dir, 'assign.csv');
    const matrix = join(temp.dir, 'matrix.csv');
    const r = cli([
      'cluster', '--db', db, '--round', String(roundId), '--features', 'omzet_tahunan,aset,tenaga_kerja', '--transform', 'log', '--scale', 'robust',
      '--k-range', '2-5', '--restarts', '4', '--assignments', assignments, '--export-matrix', matrix, '--json',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as ClusterJson;
    expect(out.sweep.map((p) => p.k)).toEqual([2, 3, 4, 5]);
    expect(out.k).toBe(out.recommended_k);
    expect(out.k).toBe(3);
    expect(out.sweep.find((p) => p.k === out.k)?.inertia).toBe(out.inertia);
    expect(r.stderr).toContain('k = 3 disarankan');

    const rows = readFileSync(assignments, 'utf8').trim().split('\n');
    expect(rows[0]).toBe('business_id,cluster');
    expect(rows).toHaveLength(451);
    const sizes = [0, 0, 0];
    rows.slice(1).forEach((line) => sizes[Number(line.split(',')[1])]++);
    expect(sizes).toEqual(out.sizes);

    const m = readFileSync(matrix, 'utf8').trim().split('\n');
    expect(m[0]).toBe('business_id,omzet_tahunan,aset,tenaga_kerja');
    expect(m).toHaveLength(451);
    // Inertia recomputed from the exported matrix and the printed centroids matches the run's.
    const byId = new Map(rows.slice(1).map((line) => line.split(',').map(Number) as [number, number]));
    let inertia = 0;
    for (const line of m.slice(1)) {
      const [id, ...values] = line.split(',').map(Number);
      const c = out.centroids[byId.get(id) as number];
      inertia += values.reduce((s, v, t) => s + (v - c[t]) ** 2, 0);
    }
    expect(Math.abs(inertia - out.inertia) / out.inertia).toBeLessThan(1e-9);
  });

  it('fails with a one-line Indonesian message for an unknown feature', () => {
    const r = cli(['cluster', '--db', db, '--features', 'omset', '--k', '3', '--json']);
    expect(r.code).toBe(1);
    // Progress lines may come first; the failure is one line, last.
    expect(r.stderr.trim().split('\n').at(-1)).toMatch(/^Galat: Fitur "omset" tidak dikenal untuk data ini\. Fitur yang tersedia: omzet_tahunan, /);
  });

  it('asks for --k or --k-range', () => {
    const r = cli(['cluster', '--db', db, '--features', 'aset', '--json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--k');
  });
});
