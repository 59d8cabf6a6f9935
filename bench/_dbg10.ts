import { openProjectDb } from '../services/db/open';
import { loadRows, listFeatureDefinitions, resolveDefinitions } from '../services/cluster/load-rows';
import { useClusterMigrations } from '../test/cluster/project';
useClusterMigrations();
const { db } = openProjectDb('/tmp/big421k.sqlite');
const keys = ['omzet_tahunan', 'aset', 'modal', 'tenaga_kerja', 'umur_usaha', 'online', 'nib', 'kemitraan'];
let t = performance.now();
const cat = listFeatureDefinitions(db, { roundId: 1 });
console.log('catalogue', ((performance.now() - t) / 1000).toFixed(2));
t = performance.now();
const defs = resolveDefinitions(cat, keys);
const l = loadRows(db, { roundId: 1 }, defs);
console.log('load', ((performance.now() - t) / 1000).toFixed(2), l.n);
t = performance.now();
const rows = db.prepare('SELECT b.id, b.omzet_tahunan, b.aset FROM businesses b WHERE round_id = 1').raw().all();
console.log('raw select 3 cols', ((performance.now() - t) / 1000).toFixed(2), rows.length);
t = performance.now();
const q = db.prepare(`SELECT b.id, b.omzet_tahunan, b.aset, b.modal, coalesce(b.tenaga_kerja, b.tenaga_kerja_l + b.tenaga_kerja_p), b.tahun_mulai, b.pemasaran, b.nib, b.kemitraan,
      b.bidang_usaha, b.kecamatan_code, b.kelurahan_code, nullif(bc.size_class, 'unknown'), bc.jenis_group, coalesce(r.year, 0)
    FROM businesses b JOIN rounds r ON r.id = b.round_id LEFT JOIN business_classes bc ON bc.business_id = b.id
    WHERE b.round_id = 1 AND b.status <> 'hilang' AND coalesce(b.duplicate_state, '') <> 'duplicate' ORDER BY b.id`).raw().all();
console.log('full query', ((performance.now() - t) / 1000).toFixed(2), q.length);
t = performance.now();
const q2 = db.prepare(`SELECT b.id, b.omzet_tahunan, b.aset, b.modal, coalesce(b.tenaga_kerja, b.tenaga_kerja_l + b.tenaga_kerja_p), b.tahun_mulai, b.pemasaran, b.nib, b.kemitraan,
      b.bidang_usaha, b.kecamatan_code, b.kelurahan_code FROM businesses b
    WHERE b.round_id = 1 AND b.status <> 'hilang' AND coalesce(b.duplicate_state, '') <> 'duplicate'`).raw().all();
console.log('no joins', ((performance.now() - t) / 1000).toFixed(2), q2.length);
console.log(db.prepare(`EXPLAIN QUERY PLAN SELECT b.id FROM businesses b JOIN rounds r ON r.id = b.round_id LEFT JOIN business_classes bc ON bc.business_id = b.id WHERE b.round_id = 1 ORDER BY b.id`).all());
