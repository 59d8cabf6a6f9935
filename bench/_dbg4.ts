import { readFileSync } from 'node:fs';
import { seedKmeansPlusPlus } from '../shared/cluster/kmeans-init';
import * as A from '../shared/cluster/kmeans-lloyd';
import * as B from '/tmp/kl8';
import { absoluteTolerance } from '../shared/cluster/kmeans';
const buf = readFileSync(process.argv[2]);
const data = Float64Array.from(new Float64Array(buf.buffer, buf.byteOffset, buf.length / 8));
const x = { data, rows: data.length / 8, cols: 8 };
const tol = absoluteTolerance(x, 1e-4);
for (const [name, L] of [['generic', A], ['unrolled', B], ['generic', A], ['unrolled', B]] as const) {
  for (const k of [5, 10]) {
    const t = performance.now(); let its = 0; let inertia = 0;
    for (let r = 0; r < 4; r++) { const res = L.runLloyd(x, seedKmeansPlusPlus(x, k, r).centers, k, 300, tol); its += res.iterations; inertia += res.inertia; }
    console.log(name, k, its, ((performance.now() - t)).toFixed(0), 'ms', inertia.toFixed(3));
  }
}
