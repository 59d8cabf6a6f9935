import { readFileSync } from 'node:fs';
import { seedKmeansPlusPlus } from '../shared/cluster/kmeans-init';
import * as A from '../shared/cluster/kmeans-lloyd';
import { runElkan, EC } from '/tmp/elkan';
import { absoluteTolerance } from '../shared/cluster/kmeans';
const buf = readFileSync(process.argv[2]);
const data = Float64Array.from(new Float64Array(buf.buffer, buf.byteOffset, buf.length / 8));
const x = { data, rows: data.length / 8, cols: 8 };
const tol = absoluteTolerance(x, 1e-4);
const inits = new Map<number, Float64Array[]>();
for (const k of [5, 10]) inits.set(k, [0, 1, 2, 3].map((r) => seedKmeansPlusPlus(x, k, r).centers));
for (const name of ['hamerly', 'elkan', 'hamerly', 'elkan']) {
  for (const k of [5, 10]) {
    EC.dist = 0; EC.visits = 0;
    const t = performance.now(); let its = 0; let inertia = 0;
    for (const init of inits.get(k)!) { const res = name === 'elkan' ? runElkan(x, init, k, 300, tol) : A.runLloyd(x, init, k, 300, tol); its += res.iterations; inertia += res.inertia; }
    const ms = performance.now() - t;
    console.log(name, k, its, ms.toFixed(0), 'ms', (ms / its).toFixed(2), 'ms/it', inertia.toFixed(3), name === 'elkan' ? (EC.dist / EC.visits).toFixed(2) + ' dist/visit' : '');
  }
}
