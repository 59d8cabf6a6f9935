import { openProjectDb } from '../services/db/open';
import { loadFeatures, hashInput } from '../services/cluster/prepare-input';
import { handleMissing } from '../shared/cluster/missing';
import { buildMatrix, fitFeature, type RawColumn } from '../shared/cluster/transforms';
import { useClusterMigrations } from '../test/cluster/project';
useClusterMigrations();
const { db } = openProjectDb('/tmp/big421k.sqlite');
const specs = ['omzet_tahunan', 'aset', 'modal', 'tenaga_kerja', 'umur_usaha', 'online', 'nib', 'kemitraan'].map((key) => ({ key }));
for (let rep = 0; rep < 2; rep++) {
let t = performance.now();
const lap = (name: string) => { const now = performance.now(); console.log(name, ((now - t) / 1000).toFixed(2)); t = now; };
const { resolved, loaded } = loadFeatures(db, { roundId: 1 }, specs); lap('load');
const raws = resolved.map((f) => loaded.columns.get(f.key) as RawColumn);
const done = handleMissing(resolved, raws, loaded.groups.bidang_usaha, 'drop', 'bidang_usaha'); lap('missing');
const fitted = resolved.map((f, i) => fitFeature(f, done.raws[i])); lap('fit');
buildMatrix(fitted, done.raws, done.keep.length); lap('matrix');
hashInput(resolved, loaded, raws, done.keep); lap('hash');
}
