import { existsSync } from 'node:fs';
import { openProjectDb } from '../services/db/open';
import { prepareInput } from '../services/cluster/prepare-input';
import { addRound, createProject, insertSegments } from '../test/cluster/project';
import { useClusterMigrations } from '../test/cluster/project';
useClusterMigrations();
const path = '/tmp/big421k.sqlite';
let t = performance.now();
if (!existsSync(path)) {
  const db = createProject(path);
  const r = addRound(db, 'Besar', 2022);
  insertSegments(db, r, 140_334, 9);
  db.close();
  console.log('built', ((performance.now() - t) / 1000).toFixed(1), 's');
}
const { db } = openProjectDb(path);
t = performance.now();
const p = prepareInput(db, { roundId: 1 }, [{ key: 'omzet_tahunan' }, { key: 'aset' }, { key: 'modal' }, { key: 'tenaga_kerja' }, { key: 'umur_usaha' }, { key: 'online' }, { key: 'nib' }, { key: 'kemitraan' }], { mode: 'drop', group: 'bidang_usaha' });
console.log('prepare', ((performance.now() - t) / 1000).toFixed(2), 's', p.matrix.rows, p.matrix.cols, process.memoryUsage().rss / 1e6, 'MB');
