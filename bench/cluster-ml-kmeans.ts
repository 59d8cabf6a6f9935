import { kmeans as mlKmeans } from 'ml-kmeans';
import { seedKmeansPlusPlus } from '../shared/cluster/kmeans-init';
import { runLloyd } from '../shared/cluster/kmeans-lloyd';
import { matrixToRows, type Matrix } from '../shared/cluster/matrix';

/**
 * ml-kmeans (the design card's library) against our engine on the same rows, k = 5: 20 Lloyd
 * iterations from the same k-means++ centres (time per iteration), then one complete run each from
 * its own k-means++ seeding. Returns the figures for the benchmark's JSON line.
 */
export function compareMlKmeans(x: Matrix, log: (line: string) => void): Record<string, number> {
  const k = 5;
  const rows = matrixToRows(x);
  const seeding = seedKmeansPlusPlus(x, k, 1);
  const initRows = matrixToRows({ data: seeding.centers, rows: k, cols: x.cols });
  let t0 = performance.now();
  runLloyd(x, seeding.centers, k, 20, 0);
  const oursIter = (performance.now() - t0) / 20;
  t0 = performance.now();
  mlKmeans(rows, k, { initialization: initRows, maxIterations: 20, tolerance: 0 });
  const mlIter = (performance.now() - t0) / 20;
  log(`ml-kmeans vs ours, k = 5, same initial centres, 20 iterations: ${mlIter.toFixed(1)} ms vs ${oursIter.toFixed(1)} ms per iteration`);
  t0 = performance.now();
  const mlRun = mlKmeans(rows, k, { seed: 1, maxIterations: 300, tolerance: 1e-6 });
  const mlRunS = (performance.now() - t0) / 1000;
  t0 = performance.now();
  const own = seedKmeansPlusPlus(x, k, 1);
  const oursRun = runLloyd(x, own.centers, k, 300, 0, own);
  const oursRunS = (performance.now() - t0) / 1000;
  log(`one complete run, k = 5 (k-means++ included): ml-kmeans ${mlRunS.toFixed(1)} s (${mlRun.iterations} iterations), ours ${oursRunS.toFixed(1)} s (${oursRun.iterations} iterations)`);
  const r = (v: number) => Math.round(v * 1000) / 1000;
  return { ml_kmeans_ms_per_iter: r(mlIter), ours_ms_per_iter: r(oursIter), ml_kmeans_run_s: r(mlRunS), ours_run_s: r(oursRunS) };
}
