import { readFileSync } from 'node:fs';
import { seedKmeansPlusPlus } from '../shared/cluster/kmeans-init';
import * as A from '../shared/cluster/kmeans-lloyd';
import * as B from '/tmp/kl8';
import { absoluteTolerance } from '../shared/cluster/kmeans';
const buf = readFileSync(process.argv[2]);
const data = Float64Array.from(new Float64Array(buf.buffer, buf.byteOffset, buf.length / 8));
const x = { data, rows: data.length / 8, cols: 8 };
const tol = absoluteTolerance(x, 1e-4);
const seeds = [] as ReturnType<typeof seedKmeansPlusPlus>[];
const ks = [3, 5, 8, 10];
for (const k of ks) for (let r = 0; r < 5; r++) seeds.push(seedKmeansPlusPlus(x, k, r));
for (const [name, L] of [['generic', A], ['unrolled', B], ['generic', A], ['unrolled', B], ['generic', A], ['unrolled', B]] as const) {
  const c = process.cpuUsage(); let its = 0;
  seeds.forEach((s, idx) => { its += L.runLloyd(x, s.centers, ks[Math.floor(idx / 5)], 300, tol, s).iterations; });
  const u = process.cpuUsage(c);
  console.log(name, 'cpu', ((u.user + u.system) / 1e6).toFixed(2), 's', its);
}
