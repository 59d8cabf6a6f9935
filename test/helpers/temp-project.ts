import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openProjectDb, type Db } from '../../services/db/open';
import { initialiseProject } from '../../services/project/project-meta';

/** A fresh temp folder, removed by the returned cleanup. */
export function makeTempDir(prefix = 'peta-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A new project file on disk with the built-in regions and one round. */
export function makeProject(dir: string, name = 'Uji'): { db: Db; path: string; roundId: number } {
  const path = join(dir, `${name}.sqlite`);
  const { db } = openProjectDb(path, { create: true });
  initialiseProject(db, name, false);
  const roundId = Number(db.prepare("INSERT INTO rounds (name, year, created_at) VALUES ('Pendataan 2022', 2022, '2022-11-23')").run().lastInsertRowid);
  return { db, path, roundId };
}

export interface TestBusiness {
  kec: string;
  kel: string;
  sector?: 'perdagangan' | 'industri' | 'jasa' | null;
  omzet?: number | null;
  periode?: 'bulan' | 'tahun';
  aset?: number | null;
  modal?: number | null;
  l?: number | null;
  p?: number | null;
  status?: 'data_awal' | 'valid' | 'hilang';
  reason?: string | null;
  dup?: 'possible' | 'kept' | 'duplicate' | null;
  nik?: string | null;
  jenis?: string | null;
}

/** Inserts businesses straight into the table (the importer is tested on its own). */
export function insertBusinesses(db: Db, roundId: number, rows: TestBusiness[]): number[] {
  const stmt = db.prepare(`INSERT INTO businesses (round_id, nama_pelaku, nik, kecamatan_code, kelurahan_code, bidang_usaha, jenis_usaha,
    omzet_nilai, omzet_periode, aset, modal, tenaga_kerja, tenaga_kerja_l, tenaga_kerja_p, status, alasan_hilang, duplicate_state, original_json)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '{}')`);
  return rows.map((r, i) => {
    const l = r.l ?? null;
    const p = r.p ?? null;
    const omzet = r.omzet === undefined ? 1_000_000 : r.omzet;
    return Number(
      stmt.run(roundId, `Pelaku ${i + 1}`, r.nik ?? null, r.kec, r.kel, r.sector === undefined ? 'perdagangan' : r.sector, r.jenis ?? null,
        omzet, omzet === null ? null : (r.periode ?? 'bulan'), r.aset === undefined ? 5_000_000 : r.aset, r.modal === undefined ? 2_000_000 : r.modal,
        l === null && p === null ? null : (l ?? 0) + (p ?? 0), l, p, r.status ?? 'valid', r.reason ?? null, r.dup ?? null).lastInsertRowid,
    );
  });
}
