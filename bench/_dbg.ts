import { writeFileSync } from 'node:fs';
import { generateSurveyRecords } from '../services/demo/generate-survey';
import { resolveFeature, type FeatureDefinition } from '../shared/cluster/features';
import { buildMatrix, fitFeature, type RawColumn } from '../shared/cluster/transforms';
import { seedKmeansPlusPlus } from '../shared/cluster/kmeans-init';
import { runLloyd } from '../shared/cluster/kmeans-lloyd';
import { absoluteTolerance } from '../shared/cluster/kmeans';
const rows = Number(process.env.ROWS ?? 40000);
const cols = ['omzet_tahunan', 'aset', 'modal', 'tenaga_kerja', 'umur_usaha', 'online', 'nib', 'kemitraan'];
const values = cols.map(() => new Float64Array(rows));
let i = 0;
for (const { record: r } of generateSurveyRecords({ count: rows })) {
  [r.omzetBulanan * 12, r.aset, r.modal, r.tenagaKerjaL + r.tenagaKerjaP, Math.max(0, 2022 - r.tahunMulai), r.pemasaran === 'offline' ? 0 : 1, r.nib.trim() === '' ? 0 : 1, r.kemitraan ? 1 : 0].forEach((v, c) => (values[c][i] = v));
  i++;
}
const defs: FeatureDefinition[] = cols.map((key) => ({ key, label: key, kind: 'number', unit: '' }));
const raws: RawColumn[] = values.map((v) => ({ type: 'numeric', values: v }));
const fitted = defs.map((d, c) => fitFeature(resolveFeature({ key: d.key, transform: 'log', scale: 'zscore' }, d), raws[c]));
const x = buildMatrix(fitted, raws, rows);
writeFileSync(`/tmp/demo${rows}.bin`, Buffer.from(x.data.buffer));
const tol = absoluteTolerance(x, 1e-4);
for (const k of [] as number[]) {
  const t = performance.now();
  const r = runLloyd(x, seedKmeansPlusPlus(x, k, 1).centers, k, 300, tol);
  console.log(k, r.iterations, r.converged, r.inertia.toFixed(1), ((performance.now() - t) / 1000).toFixed(2), 's');
}
