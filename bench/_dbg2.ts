import { readFileSync } from 'node:fs';
import { fitKs, inlineExecutor } from '../shared/cluster/engine';
import { ClusterPool } from '../services/cluster/worker-pool';
const buf = readFileSync('/tmp/demo40k.bin');
const data = Float64Array.from(new Float64Array(buf.buffer, buf.byteOffset, buf.length / 8));
const x = { data, rows: data.length / 8, cols: 8 };
const opts = { method: 'kmeans' as const, seed: 42, restarts: 10, maxIterations: 300, tolerance: 1e-4, blocks: [], silhouetteSample: 10000 };
const ks = [2, 3, 4, 5, 6, 7, 8, 9, 10];
for (const mode of ['inline', 'pool1', 'pool2', 'inline']) {
  const exec = mode === 'inline' ? inlineExecutor(x) : new ClusterPool(x, mode === 'pool1' ? 1 : 2);
  const t = performance.now();
  const fits = await fitKs(x, ks, opts, exec);
  console.log(mode, ((performance.now() - t) / 1000).toFixed(2), 's', fits.map((f) => f.iterations).join(','));
  if ('close' in exec) await (exec as ClusterPool).close();
}
