import { readFileSync } from 'node:fs';
import { runKmeans } from '../shared/cluster/kmeans';
const buf = readFileSync(process.argv[2]);
const data = Float64Array.from(new Float64Array(buf.buffer, buf.byteOffset, buf.length / 8));
const x = { data, rows: data.length / 8, cols: 8 };
for (const k of [3, 6, 10]) {
  const c = process.cpuUsage();
  const r = runKmeans(x, { k, seed: 1, restarts: 3, maxIterations: 300, tolerance: 1e-4 });
  const u = process.cpuUsage(c);
  console.log('ours k', k, 'cpu', ((u.user + u.system) / 1e6).toFixed(2), 'inertia', r.inertia.toFixed(1), 'its', r.iterations);
}
