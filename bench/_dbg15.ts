import { readFileSync } from 'node:fs';
import { seedKmeansPlusPlus, SC } from '/tmp/init-count';
const buf = readFileSync(process.argv[2]);
const data = Float64Array.from(new Float64Array(buf.buffer, buf.byteOffset, buf.length / 8));
const x = { data, rows: data.length / 8, cols: 8 };
for (const k of [3, 10]) { SC.pruned = 0; SC.computed = 0; const c = process.cpuUsage(); seedKmeansPlusPlus(x, k, 1); const u = process.cpuUsage(c); console.log(k, 'pruned', (SC.pruned / (SC.pruned + SC.computed)).toFixed(2), 'cpu', ((u.user) / 1e6).toFixed(2)); }
