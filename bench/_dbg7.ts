import { readFileSync } from 'node:fs';
import { fitKs, inlineExecutor } from '../shared/cluster/engine';
const buf = readFileSync(process.argv[2]);
const data = Float64Array.from(new Float64Array(buf.buffer, buf.byteOffset, buf.length / 8));
const x = { data, rows: data.length / 8, cols: 8 };
const opts = { method: 'kmeans' as const, seed: 42, restarts: Number(process.argv[3] ?? 10), maxIterations: 300, tolerance: 1e-4, blocks: [], silhouetteSample: 10000 };
const ks = [2, 3, 4, 5, 6, 7, 8, 9, 10];
for (let rep = 0; rep < 2; rep++) {
  const c = process.cpuUsage(); const t = performance.now();
  const fits = await fitKs(x, ks, opts, inlineExecutor(x));
  const cpu = process.cpuUsage(c);
  console.log('wall', ((performance.now() - t) / 1000).toFixed(2), 'cpu', ((cpu.user + cpu.system) / 1e6).toFixed(2), fits.map((f) => f.iterations).join(','));
}
