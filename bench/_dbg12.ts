import { openProjectDb } from '../services/db/open';
import { useClusterMigrations } from '../test/cluster/project';
useClusterMigrations();
const { db } = openProjectDb('/tmp/big421k.sqlite');
const cols = `b.id, b.omzet_tahunan, b.aset, b.modal, coalesce(b.tenaga_kerja, b.tenaga_kerja_l + b.tenaga_kerja_p), b.tahun_mulai, b.pemasaran, b.nib, b.kemitraan,
      b.bidang_usaha, b.kecamatan_code, b.kelurahan_code, nullif(bc.size_class, 'unknown'), bc.jenis_group, coalesce(r.year, 0)`;
const where = `b.round_id = 1 AND b.status <> 'hilang' AND coalesce(b.duplicate_state, '') <> 'duplicate'`;
const variants: Record<string, string> = {
  ordered: `SELECT ${cols} FROM businesses b JOIN rounds r ON r.id = b.round_id LEFT JOIN business_classes bc ON bc.business_id = b.id WHERE ${where} ORDER BY b.id`,
  notIndexed: `SELECT ${cols} FROM businesses b NOT INDEXED JOIN rounds r ON r.id = b.round_id LEFT JOIN business_classes bc ON bc.business_id = b.id WHERE ${where} ORDER BY b.id`,
  unordered: `SELECT ${cols} FROM businesses b JOIN rounds r ON r.id = b.round_id LEFT JOIN business_classes bc ON bc.business_id = b.id WHERE ${where}`,
};
for (let rep = 0; rep < 2; rep++) for (const [name, sql] of Object.entries(variants)) {
  const t = performance.now();
  const rows = db.prepare(sql).raw().all();
  console.log(name, ((performance.now() - t) / 1000).toFixed(2), rows.length);
}
console.log(db.prepare('EXPLAIN QUERY PLAN ' + variants.notIndexed).all().map((r: any) => r.detail));
