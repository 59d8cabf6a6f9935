import { readFileSync } from 'node:fs';
import { seedKmeansPlusPlus } from '../shared/cluster/kmeans-init';
import { runLloyd } from '../shared/cluster/kmeans-lloyd';
import { absoluteTolerance } from '../shared/cluster/kmeans';
const buf = readFileSync(process.argv[2]);
const data = Float64Array.from(new Float64Array(buf.buffer, buf.byteOffset, buf.length / 8));
const x = { data, rows: data.length / 8, cols: 8 };
const tol = absoluteTolerance(x, 1e-4);
for (let r = 0; r < 12; r++) runLloyd(x, seedKmeansPlusPlus(x, 10, r).centers, 10, 300, tol);
