import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openProjectDb, type Db } from '../../services/db/open';
import { initialiseProject } from '../../services/project/project-meta';

/** A temp folder with a fresh project file (built-in Kota Pasuruan regions, one round). */
export function makeStatsProject(name = 'Uji Statistik'): { dir: string; path: string; db: Db; roundId: number; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'peta-stats-'));
  const path = join(dir, 'proyek.sqlite');
  const { db } = openProjectDb(path, { create: true });
  initialiseProject(db, name, false);
  const roundId = Number(db.prepare("INSERT INTO rounds (name, year, created_at) VALUES ('Pendataan 2022', 2022, '2022-11-23')").run().lastInsertRowid);
  return {
    dir,
    path,
    db,
    roundId,
    cleanup: () => {
      try {
        db.close();
      } catch {
        // already closed by the test
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** One business as the tests write it; every field optional, with plain defaults. */
export interface Biz {
  kec?: string | null;
  kel?: string | null;
  bidang?: 'perdagangan' | 'industri' | 'jasa' | null;
  jenis?: string | null;
  omzet?: number | null;
  periode?: 'bulan' | 'tahun';
  aset?: number | null;
  modal?: number | null;
  tk?: number | null;
  l?: number | null;
  p?: number | null;
  nib?: string | null;
  pemasaran?: 'online' | 'offline' | 'keduanya' | null;
  kemitraan?: 0 | 1 | null;
  status?: 'data_awal' | 'valid' | 'hilang';
  reason?: string | null;
  sumber?: 'data_dinas' | 'temuan_lapangan';
  dup?: 'possible' | 'kept' | 'duplicate' | null;
  nama?: string;
  nik?: string | null;
  kk?: string | null;
  telepon?: string | null;
}

/** Inserts businesses straight into the table; returns their ids. */
export function addBusinesses(db: Db, roundId: number, list: Biz[]): number[] {
  const stmt = db.prepare(`INSERT INTO businesses (round_id, nama_pelaku, nama_usaha, nik, no_kk, telepon, kecamatan_code, kelurahan_code,
      bidang_usaha, jenis_usaha, nib, omzet_nilai, omzet_periode, aset, modal, pemasaran, tenaga_kerja, tenaga_kerja_l, tenaga_kerja_p,
      kemitraan, status, alasan_hilang, sumber, duplicate_state, original_json)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '{}')`);
  return db.transaction(() =>
    list.map((b, i) => {
      const omzet = b.omzet === undefined ? 3_000_000 : b.omzet;
      return Number(
        stmt.run(
          roundId, b.nama ?? `Pelaku ${i + 1}`, `Usaha ${i + 1}`, b.nik ?? null, b.kk ?? null, b.telepon ?? null,
          b.kec === undefined ? '35.75.01' : b.kec, b.kel === undefined ? '35.75.01.1001' : b.kel,
          b.bidang === undefined ? 'perdagangan' : b.bidang, b.jenis ?? null, b.nib ?? null,
          omzet, omzet === null ? null : (b.periode ?? 'bulan'), b.aset === undefined ? 10_000_000 : b.aset,
          b.modal === undefined ? 5_000_000 : b.modal, b.pemasaran ?? null, b.tk === undefined ? 1 : b.tk, b.l ?? null, b.p ?? null,
          b.kemitraan ?? null, b.status ?? 'valid', b.reason ?? null, b.sumber ?? 'data_dinas', b.dup ?? null,
        ).lastInsertRowid,
      );
    }),
  )();
}

/** `n` copies of a business. */
export function times(n: number, b: Biz): Biz[] {
  return Array.from({ length: n }, () => ({ ...b }));
}

/** The seed's recap (000:316-324): kecamatan code, name, JUMLAH DATA, MODAL, ASET, OMZET/BULAN, L, P. */
export const SEED_RECAP: Array<[string, string, number, number, number, number, number, number]> = [
  ['35.75.03', 'KECAMATAN BUGUL KIDUL', 1680, 7_816_430_000, 6_146_093_500, 3_748_695_500, 752, 1104],
  ['35.75.01', 'KECAMATAN GADINGREJO', 2355, 6_585_990_000, 7_421_895_000, 160_016_315_000, 1024, 1365],
  ['35.75.04', 'KECAMATAN PANGGUNGREJO', 2930, 7_686_985_000, 9_493_560_000, 13_270_057_000, 504, 717],
  ['35.75.02', 'KECAMATAN PURWOREJO', 2857, 8_686_603_000, 8_150_245_000, 22_580_735_000, 240, 288],
];

/** Splits a total into n integer parts that differ by at most one and add up exactly. */
function split(total: number, n: number, i: number): number {
  return Math.floor(total / n) + (i < total % n ? 1 : 0);
}

/** Businesses whose sums per kecamatan are exactly the seed's recap figures (monthly turnover). */
export function seedRecapBusinesses(): Biz[] {
  return SEED_RECAP.flatMap(([kec, , n, modal, aset, omzet, l, p]) =>
    Array.from({ length: n }, (_, i): Biz => ({
      kec,
      kel: null,
      modal: split(modal, n, i),
      aset: split(aset, n, i),
      omzet: split(omzet, n, i),
      periode: 'bulan',
      l: split(l, n, i),
      p: split(p, n, i),
      tk: split(l, n, i) + split(p, n, i),
    })),
  );
}
