import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addBusinesses, makeStatsProject, times } from './fixture';

const run = promisify(execFile);
const TSX = join(process.cwd(), 'node_modules/.bin/tsx');
const CLI = join(process.cwd(), 'services/cli/index.ts');

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await run(TSX, [CLI, ...args], { encoding: 'utf8', timeout: 60_000 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : 1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

let p: ReturnType<typeof makeStatsProject>;
beforeAll(() => {
  p = makeStatsProject();
  addBusinesses(p.db, p.roundId, [
    ...times(4, { kec: '35.75.01', kel: '35.75.01.1001', bidang: 'perdagangan', jenis: 'toko kelontong', tk: 2, nik: '3575014107850001' }),
    ...times(2, { kec: '35.75.02', kel: '35.75.02.1001', bidang: 'industri', jenis: 'keripik', tk: 6 }),
    { kec: '35.75.02', kel: '35.75.02.1001', bidang: 'jasa', jenis: 'salon', omzet: 3_000_000_000, periode: 'tahun', tk: 25 },
  ]);
  p.db.close();
});
afterAll(() => p.cleanup());

describe('CLI: classify, lq, export', () => {
  it('classify --json prints the rule set and counts by size class, sector and band', async () => {
    const r = await cli('classify', '--db', p.path, '--json');
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.rule_set).toBe('pp7-2021');
    expect(out.size_class).toEqual({ mikro: 6, kecil: 1, menengah: 0, besar: 0, unknown: 0 });
    expect(out.sector).toEqual({ perdagangan: 4, industri: 2, jasa: 1, tidak_diketahui: 0 });
    expect(Object.keys(out.band)).toEqual(['b1', 'b2', 'b3', 'b4', 'b5', 'unknown']);
    expect(Object.values(out.band as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(7);
  });

  it('classify --rules bps-workers classes by workers', async () => {
    const r = await cli('classify', '--db', p.path, '--rules', 'bps-workers', '--json');
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ rule_set: 'bps-workers', size_class: { mikro: 4, kecil: 2, menengah: 1 } });
    await cli('classify', '--db', p.path, '--rules', 'pp7-2021', '--json');
  });

  it('classify refuses an unknown rule set with a one-line error and a non-zero exit', async () => {
    const r = await cli('classify', '--db', p.path, '--rules', 'pp99', '--json');
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('--rules');
  });

  it('lq --json prints rows of code, name, sector, count and lq, by bidang usaha by default', async () => {
    const r = await cli('lq', '--db', p.path, '--by', 'kecamatan', '--json');
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.rows).toHaveLength(6);
    const row = out.rows.find((x: { code: string; sector: string }) => x.code === '35.75.01' && x.sector === 'perdagangan');
    expect(row).toMatchObject({ code: '35.75.01', name: 'Gadingrejo', sector: 'perdagangan', count: 4 });
    expect(row.lq).toBeCloseTo(1 / (4 / 7), 12);
  });

  it('lq --sector jenis uses the jenis-usaha groups', async () => {
    const r = await cli('lq', '--db', p.path, '--by', 'kelurahan', '--sector', 'jenis', '--json');
    expect(r.code, r.stderr).toBe(0);
    const sectors = new Set(JSON.parse(r.stdout).rows.map((x: { sector: string }) => x.sector));
    expect([...sectors]).toEqual(['makanan_minuman', 'kerajinan', 'batik', 'mebel', 'logam', 'pracangan', 'jasa', 'lainnya']);
  });

  it('export --out FILE.xlsx writes the tables and reports the sheets', async () => {
    const out = join(p.dir, 'tabel.xlsx');
    const r = await cli('export', '--db', p.path, '--out', out, '--json');
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ format: 'xlsx', path: out });
    expect(JSON.parse(r.stdout).sheets).toContain('Rekap Kecamatan');
    expect(existsSync(out)).toBe(true);
  });

  it('export --records masks NIK unless --reveal-personal is given', async () => {
    const masked = join(p.dir, 'data.csv');
    const r = await cli('export', '--db', p.path, '--out', masked, '--records', '--json');
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ rows: 7, masked: true });
    expect(readFileSync(masked, 'utf8')).not.toContain('3575014107850001');
    const open = join(p.dir, 'data-lengkap.csv');
    const r2 = await cli('export', '--db', p.path, '--out', open, '--records', '--reveal-personal', '--json');
    expect(JSON.parse(r2.stdout)).toMatchObject({ masked: false });
    expect(readFileSync(open, 'utf8')).toContain('3575014107850001');
  });
});
