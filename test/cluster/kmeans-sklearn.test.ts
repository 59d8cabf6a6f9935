import { beforeAll, describe, expect, it } from 'vitest';
import { kmeans as mlKmeans } from 'ml-kmeans';
import { runLloyd } from '../../shared/cluster/kmeans-lloyd';
import { absoluteTolerance, runKmeans } from '../../shared/cluster/kmeans';
import { matrixToRows, selectRows } from '../../shared/cluster/matrix';
import { calinskiHarabasz, daviesBouldin, adjustedRandIndex } from '../../shared/cluster/validity';
import { silhouetteScore } from '../../shared/cluster/silhouette';
import { sampleIndices } from '../../shared/cluster/random';
import { makeBlobs, relativeDifference, runSklearn } from './helpers';

// Overlapping blobs so Lloyd needs many iterations and labels move between clusters.
const x = makeBlobs(3000, 6, 5, 11, 2.5);
const k = 5;
const initRows = Int32Array.from([3, 400, 1200, 2100, 2900]);
const init = selectRows(x, initRows).data;
const labels = runKmeans(x, { k: 4, seed: 3, restarts: 2, maxIterations: 300, tolerance: 1e-4 }).labels;
const otherLabels = runKmeans(x, { k: 6, seed: 8, restarts: 1, maxIterations: 300, tolerance: 1e-4 }).labels;
const ppKs = [4, 5, 8];

// One scikit-learn process for every reference figure (starting Python and importing sklearn is the slow part).
let sk: Array<Record<string, unknown>>;
let skSample: Record<string, unknown>;
const sampleRows = sampleIndices(x.rows, 700, 99);
beforeAll(() => {
  sk = runSklearn(
    x,
    [
      { op: 'lloyd', init: 'init', tol: 0, max_iter: 300 },
      { op: 'lloyd', init: 'init', tol: 1e-4, max_iter: 300 },
      { op: 'lloyd', init: 'init', tol: 0, max_iter: 3 },
      ...ppKs.map((kk) => ({ op: 'kmeanspp' as const, k: kk, n_init: 10, seed: 0, tol: 1e-4, max_iter: 300 })),
      { op: 'indices', labels: 'labels' },
      { op: 'ari', a: 'labels', b: 'other' },
    ],
    { init: selectRows(x, initRows), labels, other: otherLabels },
  );
  [skSample] = runSklearn(selectRows(x, sampleRows), [{ op: 'indices', labels: 'labels' }], { labels: Int32Array.from(sampleRows, (i) => labels[i]) });
});

describe('k-means against scikit-learn', () => {
  it('gives the same labels, inertia, centres and iteration count from the same initial centres (tol = 0)', () => {
    const ours = runLloyd(x, init, k, 300, 0);
    expect(Array.from(ours.labels)).toEqual(sk[0].labels);
    expect(relativeDifference(ours.inertia, sk[0].inertia as number)).toBeLessThan(1e-9);
    expect(ours.iterations).toBe(sk[0].n_iter);
    (sk[0].centers as number[][]).flat().forEach((c, i) => expect(Math.abs(ours.centers[i] - c)).toBeLessThan(1e-9));
  });

  it('stops by the same centre-shift tolerance rule as scikit-learn (tol = 1e-4) and relabels at the end', () => {
    const ours = runLloyd(x, init, k, 300, absoluteTolerance(x, 1e-4));
    expect(ours.iterations).toBe(sk[1].n_iter);
    expect(Array.from(ours.labels)).toEqual(sk[1].labels);
    expect(relativeDifference(ours.inertia, sk[1].inertia as number)).toBeLessThan(1e-9);
  });

  it('stops at the iteration cap like scikit-learn, with labels recomputed against the final centres', () => {
    const ours = runLloyd(x, init, k, 3, 0);
    expect(ours.iterations).toBe(3);
    expect(ours.converged).toBe(false);
    expect(Array.from(ours.labels)).toEqual(sk[2].labels);
    expect(relativeDifference(ours.inertia, sk[2].inertia as number)).toBeLessThan(1e-9);
  });

  it('with k-means++ and 10 restarts reaches an inertia within 1% of scikit-learn best of 10', () => {
    ppKs.forEach((kk, idx) => {
      const ours = runKmeans(x, { k: kk, seed: 42, restarts: 10, maxIterations: 300, tolerance: 1e-4 });
      expect(ours.inertia / (sk[3 + idx].inertia as number)).toBeLessThan(1.01);
    });
  });
});

describe('validity indices against scikit-learn', () => {
  const ref = () => sk[3 + ppKs.length];

  it('computes silhouette, Calinski-Harabasz and Davies-Bouldin equal to scikit-learn to 1e-9', () => {
    expect(relativeDifference(silhouetteScore(x, labels, 4), ref().silhouette as number)).toBeLessThan(1e-9);
    expect(relativeDifference(calinskiHarabasz(x, labels, 4), ref().calinski_harabasz as number)).toBeLessThan(1e-9);
    expect(relativeDifference(daviesBouldin(x, labels, 4), ref().davies_bouldin as number)).toBeLessThan(1e-9);
  });

  it('computes the silhouette of a seeded sample equal to scikit-learn on the same sampled rows', () => {
    const sample = selectRows(x, sampleRows);
    const sampleLabels = Int32Array.from(sampleRows, (i) => labels[i]);
    expect(relativeDifference(silhouetteScore(sample, sampleLabels, 4), skSample.silhouette as number)).toBeLessThan(1e-9);
  });

  it('computes the adjusted Rand index equal to scikit-learn', () => {
    expect(relativeDifference(adjustedRandIndex(labels, otherLabels), sk[4 + ppKs.length].ari as number)).toBeLessThan(1e-9);
  });
});

describe('k-means against ml-kmeans (the design card reference)', () => {
  it('ends with the same labels as ml-kmeans from the same initial centres once both have converged', () => {
    const ours = runLloyd(x, init, k, 300, 0);
    const ml = mlKmeans(matrixToRows(x), k, { initialization: matrixToRows(selectRows(x, initRows)), maxIterations: 300, tolerance: 0 });
    expect(ml.converged).toBe(true);
    expect(ours.converged).toBe(true);
    expect(Array.from(ours.labels)).toEqual(ml.clusters);
  });
});
