import { readFileSync } from 'node:fs';
import { runKmeans } from '../shared/cluster/kmeans';
const buf = readFileSync('/tmp/x.bin');
const plain = Float64Array.from(new Float64Array(buf.buffer, buf.byteOffset, buf.length / 8));
const sab = new Float64Array(new SharedArrayBuffer(plain.byteLength)); sab.set(plain);
for (const [name, data] of [['plain', plain], ['sab', sab], ['plain', plain], ['sab', sab]] as const) {
  const x = { data, rows: data.length / 8, cols: 8 };
  const t = performance.now();
  const r = runKmeans(x, { k: 5, seed: 1, restarts: 2, maxIterations: 300, tolerance: 1e-4 });
  console.log(name, ((performance.now() - t) / 1000).toFixed(2), r.inertia);
}
