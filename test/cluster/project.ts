import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openProjectDb, type Db } from '../../services/db/open';
import { initialiseProject } from '../../services/project/project-meta';
import { SeededRandom } from '../../shared/cluster/random';
import { KOTA_PASURUAN_REGIONS } from '../../shared/domain/regions';
import { normal } from './helpers';

/** A fresh temp folder, removed by the returned cleanup. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'peta-cluster-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A new project file with the built-in regions. */
export function createProject(path: string): Db {
  const { db } = openProjectDb(path, { create: true });
  initialiseProject(db, 'Uji klaster', false);
  return db;
}

/** Adds a round; returns its id. */
export function addRound(db: Db, name: string, year: number): number {
  return Number(db.prepare('INSERT INTO rounds (name, year, created_at) VALUES (?, ?, ?)').run(name, year, `${year}-11-01`).lastInsertRowid);
}

export interface Segment {
  sector: 'perdagangan' | 'industri' | 'jasa';
  /** Median yearly turnover (Rp); values are log-normal around it. */
  omzet: number;
  aset: number;
  workers: [number, number];
  online: number;
  nib: number;
  /** Kelurahan index (into the 34 built-in kelurahan) where most of the segment lives. */
  home: number;
}

/** Three well separated kinds of business, as the tests expect to find them again. */
export const SEGMENTS: readonly Segment[] = [
  { sector: 'perdagangan', omzet: 30_000_000, aset: 8_000_000, workers: [1, 2], online: 0.05, nib: 0.05, home: 0 },
  { sector: 'industri', omzet: 400_000_000, aset: 150_000_000, workers: [4, 8], online: 0.4, nib: 0.9, home: 10 },
  { sector: 'jasa', omzet: 3_000_000_000, aset: 1_500_000_000, workers: [12, 25], online: 0.9, nib: 0.95, home: 20 },
];

/** Inserts `perSegment` businesses of each segment into a round; returns their segment per id. */
export function insertSegments(db: Db, roundId: number, perSegment: number, seed: number, options: { missingAset?: number } = {}): Map<number, number> {
  const rng = new SeededRandom(seed);
  const kelurahan = KOTA_PASURUAN_REGIONS.filter((r) => r.level === 4);
  const stmt = db.prepare(`INSERT INTO businesses (round_id, nama_usaha, kecamatan_code, kelurahan_code, bidang_usaha, omzet_nilai, omzet_periode,
      aset, modal, tenaga_kerja, pemasaran, nib, tahun_mulai, kemitraan, status, original_json, extra_json)
    VALUES (?, ?, ?, ?, ?, ?, 'tahun', ?, ?, ?, ?, ?, ?, ?, 'valid', '{}', ?)`);
  const segmentOf = new Map<number, number>();
  db.transaction(() => {
    for (let s = 0; s < SEGMENTS.length; s++) {
      const seg = SEGMENTS[s];
      for (let i = 0; i < perSegment; i++) {
        const kel = rng.next() < 0.7 ? kelurahan[seg.home] : kelurahan[rng.below(kelurahan.length)];
        const omzet = Math.round(seg.omzet * Math.exp(0.35 * normal(rng)));
        const aset = rng.next() < (options.missingAset ?? 0) ? null : Math.round(seg.aset * Math.exp(0.35 * normal(rng)));
        const workers = seg.workers[0] + rng.below(seg.workers[1] - seg.workers[0] + 1);
        const online = rng.next() < seg.online ? 'online' : 'offline';
        const nib = rng.next() < seg.nib ? `12${String(rng.below(1e9)).padStart(11, '0')}` : null;
        const extra = JSON.stringify({ luas_tempat_m2: Math.round(10 + 30 * s + 5 * rng.next()) });
        const id = Number(
          stmt.run(roundId, `Usaha ${s}-${i}`, kel.parent_code, kel.code, seg.sector, omzet, aset, Math.round(omzet / 4), workers, online, nib,
            2010 + rng.below(12), rng.next() < 0.2 ? 1 : 0, extra).lastInsertRowid,
        );
        segmentOf.set(id, s);
      }
    }
  })();
  return segmentOf;
}

/** The data of an API answer; an error answer fails the test with its code and message. */
export async function ok<T>(p: Promise<{ ok: true; data: T } | { ok: false; error: { code: string; message: string } }>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.data;
}
