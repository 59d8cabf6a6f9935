import { readFileSync } from 'node:fs';
import { seedKmeansPlusPlus } from '../shared/cluster/kmeans-init';
import { runLloyd, C } from '/tmp/kl3';
import { absoluteTolerance } from '../shared/cluster/kmeans';
const file = process.argv[2];
const buf = readFileSync(file);
const data = Float64Array.from(new Float64Array(buf.buffer, buf.byteOffset, buf.length / 8));
const x = { data, rows: data.length / 8, cols: 8 };
const tol = absoluteTolerance(x, 1e-4);
for (const k of [5, 10]) {
  Object.assign(C, { visits: 0, tight: 0, scans: 0, dist: 0, its: 0 });
  const t = performance.now();
  let its = 0;
  for (let r = 0; r < 5; r++) its += runLloyd(x, seedKmeansPlusPlus(x, k, r).centers, k, 300, tol).iterations;
  const ms = performance.now() - t;
  console.log(k, 'its', its, 'ms', ms.toFixed(0), 'ns/visit', (ms * 1e6 / C.visits).toFixed(1), 'tight%', (100 * C.tight / C.visits).toFixed(1), 'scan%', (100 * C.scans / C.visits).toFixed(1), 'dist/scan', (C.dist / C.scans).toFixed(2));
}
