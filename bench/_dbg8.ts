import { readFileSync } from 'node:fs';
import { seedKmeansPlusPlus } from '../shared/cluster/kmeans-init';
import { runLloyd } from '../shared/cluster/kmeans-lloyd';
import { absoluteTolerance } from '../shared/cluster/kmeans';
const buf = readFileSync(process.argv[2]);
const data = Float64Array.from(new Float64Array(buf.buffer, buf.byteOffset, buf.length / 8));
const x = { data, rows: data.length / 8, cols: 8 };
const tol = absoluteTolerance(x, 1e-4);
for (const k of [2, 5, 10, 5, 10]) {
  let cs = 0, cl = 0, its = 0;
  for (let r = 0; r < 4; r++) {
    let c = process.cpuUsage();
    const s = seedKmeansPlusPlus(x, k, r);
    let u = process.cpuUsage(c); cs += u.user;
    c = process.cpuUsage();
    its += runLloyd(x, s.centers, k, 300, tol, s).iterations;
    u = process.cpuUsage(c); cl += u.user;
  }
  console.log(k, 'seed cpu ms', (cs / 1000).toFixed(0), 'lloyd cpu ms', (cl / 1000).toFixed(0), 'its', its, 'ns/pt/it', (cl * 1000 / its / x.rows).toFixed(1));
}
