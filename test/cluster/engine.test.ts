import { describe, expect, it } from 'vitest';
import { SeededRandom } from '../../shared/cluster/random';
import { EXACT_SILHOUETTE_ROWS, fitKs, inlineExecutor, scoreFits, silhouetteSampling, type EngineOptions } from '../../shared/cluster/engine';
import { assignToCenters, runKmeans } from '../../shared/cluster/kmeans';
import { seedKmeansPlusPlus } from '../../shared/cluster/kmeans-init';
import { runKprototypes } from '../../shared/cluster/kprototypes';
import { matrixFromRows } from '../../shared/cluster/matrix';
import { fitPca2, projectRow } from '../../shared/cluster/pca';
import { sampleIndices } from '../../shared/cluster/random';
import { recommendK, type SweepPoint } from '../../shared/cluster/recommend';
import { finishSilhouette, silhouetteBlock, silhouetteScore, splitPairBlocks } from '../../shared/cluster/silhouette';
import { adjustedRandIndex } from '../../shared/cluster/validity';
import { makeBlobs } from './helpers';

const base: EngineOptions = { method: 'kmeans', seed: 1, restarts: 5, maxIterations: 300, tolerance: 1e-4, blocks: [], silhouetteSample: 10_000 };

describe('k-means runs', () => {
  const x = makeBlobs(1500, 3, 4, 21, 1);

  it('gives identical labels for the same seed and keeps the lowest inertia of its restarts', () => {
    const a = runKmeans(x, { k: 4, seed: 9, restarts: 6, maxIterations: 300, tolerance: 1e-4 });
    const b = runKmeans(x, { k: 4, seed: 9, restarts: 6, maxIterations: 300, tolerance: 1e-4 });
    expect(Array.from(a.labels)).toEqual(Array.from(b.labels));
    expect(a.inertia).toBe(Math.min(...a.restartInertias));
  });

  it('seeds with k-means++ and hands Lloyd the exact nearest centre of every row and valid bounds', () => {
    const seeding = seedKmeansPlusPlus(x, 6, 17);
    const { labels, distances } = assignToCenters(x, seeding.centers, 6);
    expect(Array.from(seeding.labels)).toEqual(Array.from(labels));
    for (let i = 0; i < x.rows; i++) {
      expect(seeding.upper[i]).toBeCloseTo(Math.sqrt(distances[i]), 12);
      let second = Infinity;
      for (let j = 0; j < 6; j++) {
        if (j === labels[i]) continue;
        let s = 0;
        for (let t = 0; t < x.cols; t++) s += (x.data[i * x.cols + t] - seeding.centers[j * x.cols + t]) ** 2;
        second = Math.min(second, Math.sqrt(s));
      }
      expect(seeding.lower[i]).toBeLessThanOrEqual(second + 1e-12);
    }
  });

  it('reports progress after every restart and stops when asked', () => {
    const seen: number[] = [];
    expect(() =>
      runKmeans(x, { k: 3, seed: 1, restarts: 10, maxIterations: 300, tolerance: 1e-4, onRestart: (d) => seen.push(d), shouldStop: () => seen.length >= 3 }),
    ).toThrow('dihentikan');
    expect(seen).toEqual([1, 2, 3]);
  });

  it('refuses more clusters than rows', () => {
    expect(() => runKmeans(matrixFromRows([[1], [2]]), { k: 3, seed: 1, restarts: 1, maxIterations: 10, tolerance: 0 })).toThrow('tidak cukup');
  });
});

describe('adjusted Rand index', () => {
  it('is 1 for the same partition under other cluster numbers, and about 0 for unrelated ones', () => {
    const a = Int32Array.from({ length: 3000 }, (_, i) => i % 3);
    expect(adjustedRandIndex(a, a.map((v) => (v + 1) % 3))).toBe(1);
    const random = Int32Array.from(sampleIndices(3000, 3000, 5), (v) => (v * 7919) % 4);
    expect(Math.abs(adjustedRandIndex(a, random))).toBeLessThan(0.01);
  });
});

describe('silhouette', () => {
  const x = makeBlobs(900, 2, 3, 4, 1);
  const labels = runKmeans(x, { k: 3, seed: 2, restarts: 3, maxIterations: 300, tolerance: 1e-4 }).labels;

  it('gives the same value when its rows are split into blocks for parallel workers', () => {
    const blocks = splitPairBlocks(x.rows, 3);
    expect(blocks[0][0]).toBe(0);
    expect(blocks[2][1]).toBe(x.rows);
    const parts = blocks.map(([s, e]) => silhouetteBlock(x, [labels], [3], s, e));
    expect(finishSilhouette(parts, [labels], [3])[0]).toBeCloseTo(silhouetteScore(x, labels, 3), 12);
  });

  it('is exact up to 20,000 rows and above that uses the stated sample with a fixed seed', () => {
    expect(silhouetteSampling(EXACT_SILHOUETTE_ROWS, { silhouetteSample: 5000, seed: 1 })).toMatchObject({ exact: true, sample_size: 20_000 });
    const big = silhouetteSampling(EXACT_SILHOUETTE_ROWS + 1, { silhouetteSample: 5000, seed: 1 });
    expect(big).toMatchObject({ exact: false, sample_size: 5000 });
    expect(silhouetteSampling(30_000, { silhouetteSample: 5000, seed: 1 }).sample_seed).toBe(big.sample_seed);
  });

  it('draws a seeded sample of distinct rows in row order', () => {
    const s = sampleIndices(50_000, 1000, 7);
    expect(new Set(s).size).toBe(1000);
    expect(Array.from(s)).toEqual(Array.from(s).sort((a, b) => a - b));
    expect(Array.from(sampleIndices(50_000, 1000, 7))).toEqual(Array.from(s));
  });
});

describe('choosing k', () => {
  it('scores every k of a sweep and recommends the number of groups in the data', async () => {
    const x = makeBlobs(2000, 4, 4, 8, 0.8);
    const exec = inlineExecutor(x);
    const fits = await fitKs(x, [2, 3, 4, 5, 6], base, exec);
    const { points } = await scoreFits(x, fits, base, exec);
    expect(points.map((p) => p.k)).toEqual([2, 3, 4, 5, 6]);
    points.forEach((p) => expect(p.sizes.reduce((a, b) => a + b, 0)).toBe(2000));
    expect(recommendK(points)?.k).toBe(4);
  });

  const point = (k: number, silhouette: number, db: number, smallest = 0.1): SweepPoint => ({
    k, inertia: 100 / k, silhouette, calinski_harabasz: 10, davies_bouldin: db, sizes: [], smallest_share: smallest, stability_ari: null, iterations: 5, converged: true,
  });

  it('prefers the smaller k when silhouettes are nearly equal, and says so', () => {
    const r = recommendK([point(2, 0.30, 1.2), point(3, 0.41, 0.9), point(4, 0.42, 0.8)]);
    expect(r?.k).toBe(3);
    expect(r?.reason).toBe(
      'k = 3 disarankan karena silhouette-nya (0,41) hampir setara dengan yang tertinggi (0,42 pada k = 4) dengan klaster lebih sedikit yang lebih mudah dijelaskan, klaster terkecil 10% data, dan Davies-Bouldin terendah ada pada k = 4 (0,80; k ini 0,90).',
    );
  });

  it('says the same in English for the English screen, with English number formats', () => {
    const points = [point(2, 0.30, 1.2), point(3, 0.41, 0.9), point(4, 0.42, 0.8)];
    const r = recommendK(points, 'en');
    expect(r?.k).toBe(recommendK(points)?.k);
    expect(r?.reason).toBe(
      'k = 3 is suggested because its silhouette (0.41) is nearly as high as the best (0.42 at k = 4) with fewer clusters, which are easier to explain; its smallest cluster holds 10% of the data, and the lowest Davies-Bouldin is at k = 4 (0.80; this k 0.90).',
    );
    expect(recommendK([point(2, 0.35, 1.0, 0.01), point(3, 0.3, 0.5, 0.01)], 'en')?.reason).toMatch(/^k = 2 is suggested with caution: .* under 2% of the data/);
  });

  it('passes over a k whose smallest cluster is under 2% of the rows', () => {
    const r = recommendK([point(2, 0.35, 1.0), point(3, 0.60, 0.5, 0.005)]);
    expect(r?.k).toBe(2);
    expect(r?.reason).toMatch(/^k = 2 disarankan karena rata-rata silhouette-nya tertinggi \(0,35\)/);
  });
});

describe('k-prototypes', () => {
  it('recovers groups that differ in a category as well as in numbers', () => {
    // Column 0 numeric; columns 1-2 one-hot of a category worth γ = 1 (value √0.5).
    const v = Math.sqrt(0.5);
    const rows: number[][] = [];
    const truth: number[] = [];
    for (let i = 0; i < 300; i++) {
      const g = i % 3;
      rows.push([g === 2 ? 5 + (i % 7) * 0.01 : (i % 5) * 0.01, g === 1 ? 0 : v, g === 1 ? v : 0]);
      truth.push(g);
    }
    const r = runKprototypes(matrixFromRows(rows), { k: 3, seed: 3, restarts: 5, maxIterations: 100, blocks: [{ offset: 1, levels: 2, value: v }] });
    expect(adjustedRandIndex(truth, r.labels)).toBe(1);
    // Prototypes hold the mode's one-hot, not a mixture of levels.
    for (let j = 0; j < 3; j++) expect([r.centers[j * 3 + 1], r.centers[j * 3 + 2]].sort()).toEqual([0, v]);
  });

  it('ends at a fixed point: every row at a nearest prototype, prototypes the means and modes of their rows', () => {
    const rng = new SeededRandom(8);
    const v = Math.sqrt(0.5);
    const rows = Array.from({ length: 1500 }, () => {
      const level = rng.below(4);
      return [rng.next() * 3, rng.below(3), ...[0, 1, 2, 3].map((q) => (q === level ? v : 0))];
    });
    const x = matrixFromRows(rows);
    const k = 5;
    const r = runKprototypes(x, { k, seed: 2, restarts: 2, maxIterations: 300, blocks: [{ offset: 2, levels: 4, value: v }] });
    expect(r.converged).toBe(true);
    const d = x.cols;
    const dist = (i: number, j: number) => rows[i]!.reduce((s, value, t) => s + (value - r.centers[j * d + t]) ** 2, 0);
    let total = 0;
    rows.forEach((_, i) => {
      const own = dist(i, r.labels[i]);
      total += own;
      for (let j = 0; j < k; j++) expect(own).toBeLessThanOrEqual(dist(i, j) + 1e-9);
    });
    expect(r.inertia).toBeCloseTo(total, 6);
    for (let j = 0; j < k; j++) {
      const members = rows.filter((_, i) => r.labels[i] === j);
      expect(members.length).toBeGreaterThan(0);
      for (const t of [0, 1]) expect(r.centers[j * d + t]).toBeCloseTo(members.reduce((s, m) => s + m[t]!, 0) / members.length, 9);
      const levelCounts = [0, 1, 2, 3].map((q) => members.filter((m) => m[2 + q] === v).length);
      const mode = levelCounts.indexOf(Math.max(...levelCounts));
      expect([0, 1, 2, 3].map((q) => r.centers[j * d + 2 + q])).toEqual([0, 1, 2, 3].map((q) => (q === mode ? v : 0)));
    }
  });
});

describe('PCA', () => {
  it('finds the direction of largest spread first, with a fixed sign', () => {
    const rows = Array.from({ length: 200 }, (_, i) => [i, 2 * i + (i % 3), (i % 5) * 0.1]);
    const pca = fitPca2(matrixFromRows(rows));
    expect(pca.explained[0]).toBeGreaterThan(0.99);
    expect(pca.pc1[1]).toBeGreaterThan(0);
    expect(Math.abs(pca.pc1[1] / pca.pc1[0] - 2)).toBeLessThan(0.01);
    const m = matrixFromRows(rows);
    expect(projectRow(pca, m, 199)[0]).toBeGreaterThan(projectRow(pca, m, 0)[0]);
  });
});
