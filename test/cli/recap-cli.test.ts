import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertBusinesses, makeProject, makeTempDir } from '../helpers/temp-project';
import { runCli } from '../helpers/run-cli';

let tmp: ReturnType<typeof makeTempDir>;
let path: string;

beforeAll(() => {
  tmp = makeTempDir();
  const p = makeProject(tmp.dir, 'cli');
  insertBusinesses(p.db, p.roundId, [
    { kec: '35.75.01', kel: '35.75.01.1001', omzet: 3_000_000, periode: 'bulan', l: 1, p: 1 },
    { kec: '35.75.04', kel: '35.75.04.1002', omzet: 120_000_000, periode: 'tahun', l: 2, p: 0 },
    { kec: '35.75.04', kel: '35.75.04.1002', status: 'hilang', reason: 'fiktif' },
  ]);
  p.db.close();
  path = p.path;
});
afterAll(() => tmp.cleanup());

describe('cli recap', () => {
  it('prints the recap per kecamatan as JSON with integer Rupiah and exits 0', () => {
    const r = runCli(['recap', '--db', path, '--by', 'kecamatan', '--json']);
    expect(r.code).toBe(0);
    const out = r.json as { rows: Array<Record<string, unknown>>; total: Record<string, number>; lost: Record<string, number> };
    expect(out.rows.map((x) => x.code)).toEqual(['35.75.01', '35.75.04']);
    expect(out.rows[1]).toMatchObject({ name: 'Panggungrejo', businesses: 1, omzet_tahunan: 120_000_000, omzet_bulanan: 10_000_000, tenaga_kerja_l: 2 });
    expect(out.total.businesses).toBe(2);
    expect(out.lost).toEqual({ fiktif: 1 });
  });

  it('prints the recap per kelurahan', () => {
    const r = runCli(['recap', '--db', path, '--by', 'kelurahan', '--json']);
    expect(r.code).toBe(0);
    expect((r.json as { rows: Array<{ name: string }> }).rows.map((x) => x.name)).toEqual(['Karangketug', "Tamba'an"]);
  });

  it('fails with one Indonesian line and a non-zero exit for a missing project', () => {
    const r = runCli(['recap', '--db', join(tmp.dir, 'tidak-ada.sqlite'), '--json']);
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^Galat: Berkas proyek tidak ditemukan/);
  });

  it('fails cleanly when the file is not a project', () => {
    const bad = join(tmp.dir, 'bukan.sqlite');
    writeFileSync(bad, 'teks biasa yang bukan basis data sqlite sama sekali, cukup panjang untuk header');
    const r = runCli(['recap', '--db', bad, '--json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^Galat: .*bukan/);
  });

  it('rejects an unknown --by value', () => {
    const r = runCli(['recap', '--db', path, '--by', 'provinsi', '--json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/kecamatan atau kelurahan/);
  });
});

describe('cli regions', () => {
  it('imports the full Kemendagri region list into a project', () => {
    const list = join(__dirname, '..', '..', '..', 'shared', 'data', 'wilayah', 'wilayah-kemendagri-2025.csv');
    const r = runCli(['regions', list, '--db', path, '--json']);
    expect(r.code).toBe(0);
    const out = r.json as { regions: number; by_level: Record<string, number> };
    expect(out.regions).toBe(91_599);
    expect(out.by_level['3']).toBe(7_285);
  });
});
