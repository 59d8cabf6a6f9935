import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildRekapTable } from '../../services/stats/rekap-table';
import { computeRecap } from '../../services/data/recap';
import { exportTables } from '../../services/export/export-tables';
import { addBusinesses, makeStatsProject, SEED_RECAP, seedRecapBusinesses } from './fixture';

let p: ReturnType<typeof makeStatsProject>;
beforeEach(() => {
  p = makeStatsProject('Kota Pasuruan');
  addBusinesses(p.db, p.roundId, [
    ...seedRecapBusinesses(),
    { kec: '35.75.01', kel: null, status: 'hilang', reason: 'pindah_alamat', modal: 999_000_000 },
    { kec: '35.75.02', kel: null, dup: 'duplicate', modal: 999_000_000 },
  ]);
});
afterEach(() => p.cleanup());

describe('the Rekap in the seed layout (000:316-324)', () => {
  it('reproduces the seed table row for row: NO, URAIAN, JUMLAH DATA, MODAL, ASET, OMZET/BULAN, L, P', () => {
    const t = buildRekapTable(p.db, { roundId: p.roundId }, 'kecamatan');
    expect(t.columns.map((c) => c.label)).toEqual(['NO', 'URAIAN', 'JUMLAH DATA', 'MODAL', 'ASET', 'OMZET/BULAN', 'L', 'P']);
    expect(t.rows.map((r) => [r.no, r.uraian, r.jumlah_data, r.modal, r.aset, r.omzet_bulan, r.tenaga_kerja_l, r.tenaga_kerja_p])).toEqual(
      SEED_RECAP.map(([, uraian, n, modal, aset, omzet, l, pp], i) => [i + 1, uraian, n, modal, aset, omzet, l, pp]),
    );
  });

  it('ends with the total row "Jumlah Per Kecamatan" whose figures are the sums of the rows', () => {
    const t = buildRekapTable(p.db, { roundId: p.roundId }, 'kecamatan');
    expect(t.total).toMatchObject({
      no: null, uraian: 'Jumlah Per Kecamatan', jumlah_data: 9822, modal: 30_776_008_000, aset: 31_211_793_500,
      omzet_bulan: 199_615_802_500, tenaga_kerja_l: 2520, tenaga_kerja_p: 3474,
    });
  });

  it('counts exactly what the foundation recap counts, leaving out lost and duplicate records with a note', () => {
    const t = buildRekapTable(p.db, { roundId: p.roundId }, 'kecamatan');
    expect(t.total.jumlah_data).toBe(computeRecap(p.db, { roundId: p.roundId }, 'kecamatan').total.businesses);
    expect(t.notes.join(' ')).toContain('Pindah alamat 1');
    expect(t.notes.join(' ')).toContain('data dobel');
  });

  it('titles the table as the report does', () => {
    const t = buildRekapTable(p.db, { roundId: p.roundId }, 'kecamatan');
    expect(t.title[0]).toBe('REKAP KEGIATAN');
    expect(t.title[1]).toBe('PENDATAAN POTENSI DAN PENGEMBANGAN USAHA MIKRO KOTA PASURUAN');
  });

  it('exports the same layout to XLSX: merged "JUMLAH TENAGA KERJA" over L and P, Rupiah format, source line', async () => {
    const out = join(p.dir, 'rekap.xlsx');
    await exportTables(p.db, { filter: { roundId: p.roundId }, path: out, tables: ['rekap_kecamatan'] });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('Rekap Kecamatan');
    expect(ws).toBeDefined();
    const rows: unknown[][] = [];
    const numbers: number[] = [];
    ws!.eachRow({ includeEmpty: false }, (row) => {
      rows.push((row.values as unknown[]).slice(1));
      numbers.push(row.number);
    });
    const headerAt = rows.findIndex((r) => r[0] === 'NO');
    expect(rows[headerAt]).toEqual(['NO', 'URAIAN', 'JUMLAH DATA', 'MODAL', 'ASET', 'OMZET/BULAN', 'JUMLAH TENAGA KERJA', 'JUMLAH TENAGA KERJA']);
    expect(rows[headerAt + 1]?.slice(6)).toEqual(['L', 'P']);
    expect(rows[headerAt + 2]).toEqual([1, 'KECAMATAN BUGUL KIDUL', 1680, 7_816_430_000, 6_146_093_500, 3_748_695_500, 752, 1104]);
    expect(rows[headerAt + 6]?.slice(1)).toEqual(['Jumlah Per Kecamatan', 9822, 30_776_008_000, 31_211_793_500, 199_615_802_500, 2520, 3474]);
    const firstData = ws!.getRow(numbers[headerAt + 2] as number);
    expect(firstData.getCell(4).numFmt).toBe('"Rp "#,##0');
    const texts = rows.map((r) => String(r[0]));
    expect(texts).toContain('Sumber: data diolah');
    expect(texts.some((t) => t.startsWith('Aturan klasifikasi: PP 7/2021'))).toBe(true);
  });

  it('makes the same table per kelurahan with the kecamatan named beside each kelurahan', () => {
    addBusinesses(p.db, p.roundId, [{ kec: '35.75.01', kel: '35.75.01.1009' }, { kec: '35.75.04', kel: '35.75.04.1012' }]);
    const t = buildRekapTable(p.db, { roundId: p.roundId }, 'kelurahan');
    expect(t.total.uraian).toBe('Jumlah Per Kelurahan');
    expect(t.rows.map((r) => r.uraian)).toContain('KELURAHAN GADINGREJO (KEC. GADINGREJO)');
    expect(t.rows.at(-1)?.uraian).toBe('TANPA KELURAHAN');
  });
});
