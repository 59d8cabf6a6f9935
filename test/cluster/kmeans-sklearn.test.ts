import { describe, expect, it } from 'vitest';
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

describe('k-means against scikit-learn', () => {
  it('gives the same labels, inertia and iteration count from the same initial centres (tol = 0)', () => {
    const ours = runLloyd(x, init, k, 300, 0);
    const [sk] = runSklearn(x, [{ op: 'lloyd', init: 'init', tol: 0, max_iter: 300 }], { init: selectRows(x, initRows) });
    expect(Array.from(ours.labels)).toEqual(sk.labels);
    expect(relativeDifference(ours.inertia, sk.inertia as number)).toBeLessThan(1e-9);
    expect(ours.iterations).toBe(sk.n_iter);
    const centres = (sk.centers as number[][]).flat();
    centres.forEach((c, i) => expect(Math.abs(ours.centers[i] - c)).toBeLessThan(1e-9));
  });

  it('stops by the same centre-shift tolerance rule as scikit-learn (tol = 1e-4) and relabels at the end', () => {
    const ours = runLloyd(x, init, k, 300, absoluteTolerance(x, 1e-4));
    const [sk] = runSklearn(x, [{ op: 'lloyd', init: 'init', tol: 1e-4, max_iter: 300 }], { init: selectRows(x, initRows) });
    expect(ours.iterations).toBe(sk.n_iter);
    expect(Array.from(ours.labels)).toEqual(sk.labels);
    expect(relativeDifference(ours.inertia, sk.inertia as number)).toBeLessThan(1e-9);
  });

  it('stops at the iteration cap like scikit-learn, with labels recomputed against the final centres', () => {
    const ours = runLloyd(x, init, k, 3, 0);
    const [sk] = runSklearn(x, [{ op: 'lloyd', init: 'init', tol: 0, max_iter: 3 }], { init: selectRows(x, initRows) });
    expect(ours.iterations).toBe(3);
    expect(ours.converged).toBe(false);
    expect(Array.from(ours.labels)).toEqual(sk.labels);
    expect(relativeDifference(ours.inertia, sk.inertia as number)).toBeLessThan(1e-9);
  });

  it('with k-means++ and 10 restarts reaches an inertia within 1% of scikit-learn best of 10', () => {
    const results = runSklearn(
      x,
      [4, 5, 8].map((kk) => ({ op: 'kmeanspp', k: kk, n_init: 10, seed: 0, tol: 1e-4, max_iter: 300 })),
    );
    [4, 5, 8].forEach((kk, idx) => {
      const ours = runKmeans(x, { k: kk, seed: 42, restarts: 10, maxIterations: 300, tolerance: 1e-4 });
      expect(ours.inertia / (results[idx].inertia as number)).toBeLessThan(1.01);
    });
  });
});

describe('validity indices against scikit-learn', () => {
  const labels = runKmeans(x, { k: 4, seed: 3, restarts: 2, maxIterations: 300, tolerance: 1e-4 }).labels;

  it('computes silhouette, Calinski-Harabasz and Davies-Bouldin equal to scikit-learn to 1e-9', () => {
    const [sk] = runSklearn(x, [{ op: 'indices', labels: 'labels' }], { labels });
    expect(relativeDifference(silhouetteScore(x, labels, 4), sk.silhouette as number)).toBeLessThan(1e-9);
    expect(relativeDifference(calinskiHarabasz(x, labels, 4), sk.calinski_harabasz as number)).toBeLessThan(1e-9);
    expect(relativeDifference(daviesBouldin(x, labels, 4), sk.davies_bouldin as number)).toBeLessThan(1e-9);
  });

  it('computes the silhouette of a seeded sample equal to scikit-learn on the same sampled rows', () => {
    const rows = sampleIndices(x.rows, 700, 99);
    const sample = selectRows(x, rows);
    const sampleLabels = Int32Array.from(rows, (i) => labels[i]);
    const [sk] = runSklearn(sample, [{ op: 'indices', labels: 'labels' }], { labels: sampleLabels });
    expect(relativeDifference(silhouetteScore(sample, sampleLabels, 4), sk.silhouette as number)).toBeLessThan(1e-9);
  });

  it('computes the adjusted Rand index equal to scikit-learn', () => {
    const other = runKmeans(x, { k: 6, seed: 8, restarts: 1, maxIterations: 300, tolerance: 1e-4 }).labels;
    const [sk] = runSklearn(x, [{ op: 'ari', a: 'a', b: 'b' }], { a: labels, b: other });
    expect(relativeDifference(adjustedRandIndex(labels, other), sk.ari as number)).toBeLessThan(1e-9);
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
