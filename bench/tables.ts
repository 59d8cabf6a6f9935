/**
 * Rekap-screen benchmark: every table of the Rekap & LQ screen (Rekap per kecamatan and per
 * kelurahan, Verifikasi, LQ per kecamatan and per kelurahan with sentra, indicators) for 421,000
 * businesses (the size of Kabupaten Malang, whose 33 kecamatan and 390 desa come from the Kemendagri
 * list). Goal: ≤ 1 s for all tables together, with the classification already stored (its one-off
 * cost, which includes building the round's aggregate cells, is reported separately, and so is the
 * time of all tables again after one verification edit, when the cells are rebuilt).
 * Run: `npx tsx bench/tables.ts [rows]`. The last line is JSON.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openProjectDb } from '../services/db/open';
import { initialiseProject, upsertRegions } from '../services/project/project-meta';
import { createServiceApi } from '../services/handlers';
import { toRegion } from '../shared/domain/regions';
import { DEMO_BUSINESS_TYPES } from '../services/demo/business-types';
import { LOST_REASONS } from '../shared/domain/verification';

const rows = Number(process.argv[2] ?? 421_000);
const WILAYAH = join(import.meta.dirname, '../../shared/data/wilayah/wilayah-kemendagri-2025.csv');
const dir = mkdtempSync(join(tmpdir(), 'peta-bench-tables-'));
const path = join(dir, 'bench.sqlite');

/** A small deterministic generator (mulberry32), so every run measures the same data. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function seedProject(): number {
  const { db } = openProjectDb(path, { create: true });
  initialiseProject(db, 'Benchmark Kabupaten Malang', true);
  const regions = readFileSync(WILAYAH, 'utf8')
    .split('\n')
    .slice(1)
    .map((l) => l.trim().split(','))
    .filter(([code]) => code === '35' || code === '35.07' || code?.startsWith('35.07.'))
    .map(([code, ...name]) => toRegion(code as string, name.join(',')));
  upsertRegions(db, regions, 'kemendagri');
  const desa = regions.filter((r) => r.level === 4);
  const roundId = Number(db.prepare("INSERT INTO rounds (name, year, created_at) VALUES ('Benchmark', 2024, '2024-01-01')").run().lastInsertRowid);
  const rnd = rng(42);
  const normal = () => rnd() + rnd() + rnd() + rnd() - 2;
  const insert = db.prepare(`INSERT INTO businesses (round_id, nama_pelaku, kecamatan_code, kelurahan_code, bidang_usaha, jenis_usaha, nib,
      omzet_nilai, omzet_periode, aset, modal, pemasaran, tenaga_kerja, tenaga_kerja_l, tenaga_kerja_p, kemitraan, status, alasan_hilang,
      sumber, duplicate_state, original_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '{}')`);
  db.transaction(() => {
    for (let i = 0; i < rows; i++) {
      const kel = desa[Math.floor(rnd() * desa.length)]!;
      const type = DEMO_BUSINESS_TYPES[Math.floor(rnd() * DEMO_BUSINESS_TYPES.length)]!;
      const monthly = rnd() < 0.03 ? null : Math.round(Math.exp(15 + 1.6 * normal()) / 1000) * 1000;
      const l = Math.floor(rnd() * 3);
      const p = Math.floor(rnd() * 3);
      const s = rnd();
      const status = s < 0.8 ? 'valid' : s < 0.95 ? 'hilang' : 'data_awal';
      insert.run(
        roundId, `Pelaku ${i}`, kel.parent_code, kel.code, type.sector, type.jenis, rnd() < 0.3 ? `NIB${i}` : null,
        monthly, monthly === null ? null : rnd() < 0.7 ? 'bulan' : 'tahun', rnd() < 0.05 ? null : Math.round(Math.exp(16 + 1.5 * normal())),
        rnd() < 0.05 ? null : Math.round(Math.exp(15.5 + 1.5 * normal())), rnd() < 0.3 ? 'online' : rnd() < 0.5 ? 'keduanya' : 'offline',
        l + p + 1, l, p, rnd() < 0.5 ? null : rnd() < 0.2 ? 1 : 0, status,
        status === 'hilang' ? LOST_REASONS[Math.floor(rnd() * LOST_REASONS.length)] : null,
        rnd() < 0.03 ? 'temuan_lapangan' : 'data_dinas', rnd() < 0.005 ? 'duplicate' : null,
      );
    }
  })();
  db.close();
  return roundId;
}

async function main(): Promise<void> {
  let t = performance.now();
  const roundId = seedProject();
  process.stderr.write(`data: ${rows} usaha dalam ${((performance.now() - t) / 1000).toFixed(1)} s\n`);
  const api = createServiceApi('cli');
  api.session.open(path, false);
  const call = async (channel: Parameters<typeof api.call>[0], request: unknown) => {
    const r = await api.call(channel, request);
    if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
    return r.data;
  };
  t = performance.now();
  await call('classify:run', { roundId });
  const classifyMs = performance.now() - t;
  process.stderr.write(`klasifikasi (sekali, disimpan): ${classifyMs.toFixed(0)} ms\n`);
  const filter = { roundId };
  const tables: Array<[string, Parameters<typeof api.call>[0], unknown]> = [
    ['rekap_kecamatan', 'tables:rekap', { filter, by: 'kecamatan' }],
    ['rekap_kelurahan', 'tables:rekap', { filter, by: 'kelurahan' }],
    ['verifikasi', 'tables:verifikasi', { filter, by: 'kecamatan' }],
    ['lq_kecamatan', 'tables:lq', { filter, by: 'kecamatan', sector: 'bidang' }],
    ['lq_kelurahan', 'tables:lq', { filter, by: 'kelurahan', sector: 'bidang' }],
    ['indikator', 'tables:indicators', { filter, by: 'kecamatan' }],
  ];
  const runAll = async () => {
    const perTable: Record<string, number> = {};
    const started = performance.now();
    for (const [name, channel, request] of tables) {
      const t0 = performance.now();
      await call(channel, request);
      perTable[name] = Math.round(performance.now() - t0);
    }
    return { perTable, totalMs: performance.now() - started };
  };
  const { perTable, totalMs } = await runAll();
  for (const [name, ms] of Object.entries(perTable)) process.stderr.write(`${name}: ${ms} ms\n`);
  // After a verification edit the round's aggregate cells are rebuilt once (two narrow scans).
  await call('businesses:setStatus', { ids: [1], status: 'hilang', reason: 'fiktif' });
  const afterEdit = await runAll();
  process.stderr.write(`semua tabel setelah satu perubahan status: ${afterEdit.totalMs.toFixed(0)} ms\n`);
  api.close();
  rmSync(dir, { recursive: true, force: true });
  const result = { bench: 'tables', rows, total_ms: Math.round(totalMs), goal_ms: 1000, pass: totalMs <= 1000, classify_ms: Math.round(classifyMs), tables_ms: perTable, after_edit_ms: Math.round(afterEdit.totalMs) };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((err) => {
  rmSync(dir, { recursive: true, force: true });
  process.stderr.write(`${(err as Error).stack}\n`);
  process.exitCode = 1;
});
