import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { daysInMonth } from '../../services/demo/identity';
import { generateSurveyRecords, MESS, type DemoRow } from '../../services/demo/generate-survey';

const WILAYAH = fileURLToPath(new URL('../../../shared/data/wilayah/wilayah-kemendagri-2025.csv', import.meta.url));
const rows: DemoRow[] = [...generateSurveyRecords()];
const cleanNik = rows.filter((r) => (r.messFlags & (MESS.nikApostrophe | MESS.nikExcel)) === 0);
const nikCell = (r: DemoRow): string => r.cells[2] ?? '';

/** Birth date and gender read back from a NIK; null when the date part is impossible. */
function readNikDate(nik: string): { female: boolean; day: number; month: number } | null {
  const dd = Number(nik.slice(6, 8));
  const month = Number(nik.slice(8, 10));
  const female = dd > 40;
  const day = female ? dd - 40 : dd;
  const yy = Number(nik.slice(10, 12));
  const year = yy > 22 ? 1900 + yy : 2000 + yy;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { female, day, month };
}

describe('NIK of rows without NIK damage', () => {
  it('is written as 16 plain digits', () => {
    for (const r of cleanNik) expect(nikCell(r)).toMatch(/^\d{16}$/);
  });

  it('encodes a real birth date, with +40 on the day exactly for women', () => {
    for (const r of cleanNik) {
      const date = readNikDate(r.record.nik);
      expect(date, 'tanggal lahir NIK tidak mungkin').not.toBeNull();
      expect(date?.female).toBe(r.record.female);
    }
  });

  it('has a serial of at least 0001', () => {
    for (const r of cleanNik) expect(Number(r.record.nik.slice(12))).toBeGreaterThanOrEqual(1);
  });

  it('is registered in Kota Pasuruan for about 95% of people', () => {
    const local = cleanNik.filter((r) => /^35750[1-4]/.test(r.record.nik)).length;
    expect(local / cleanNik.length).toBeGreaterThan(0.92);
    expect(local / cleanNik.length).toBeLessThan(0.97);
  });

  it('is mostly registered outside the city for people who moved out (luar_kota)', () => {
    const outside = rows.filter((r) => r.record.alasanHilang === 'luar_kota' && !r.record.nik.startsWith('3575'));
    expect(outside.length).toBeGreaterThan(20);
  });

  it.skipIf(!existsSync(WILAYAH))('starts with a kecamatan code that exists in the Kemendagri 2025 list', () => {
    const kecamatan = new Set(
      readFileSync(WILAYAH, 'utf8').split(/\r?\n/).map((line) => line.split(',')[0] ?? '').filter((c) => /^\d\d\.\d\d\.\d\d$/.test(c)),
    );
    for (const r of rows) {
      const n = r.record.nik;
      expect(kecamatan.has(`${n.slice(0, 2)}.${n.slice(2, 4)}.${n.slice(4, 6)}`), n.slice(0, 6)).toBe(true);
      const k = r.record.noKk;
      expect(kecamatan.has(`${k.slice(0, 2)}.${k.slice(2, 4)}.${k.slice(4, 6)}`), k.slice(0, 6)).toBe(true);
    }
  });
});

describe('No. KK', () => {
  it('is region, an issue date ddmmyy from 2005-2022 and a serial ≥ 0001', () => {
    for (const { record } of rows) {
      expect(record.noKk).toMatch(/^\d{16}$/);
      const day = Number(record.noKk.slice(6, 8));
      const month = Number(record.noKk.slice(8, 10));
      const year = 2000 + Number(record.noKk.slice(10, 12));
      expect(year).toBeGreaterThanOrEqual(2005);
      expect(year).toBeLessThanOrEqual(2022);
      expect(month).toBeGreaterThanOrEqual(1);
      expect(month).toBeLessThanOrEqual(12);
      expect(day).toBeGreaterThanOrEqual(1);
      expect(day).toBeLessThanOrEqual(daysInMonth(year, month));
      expect(Number(record.noKk.slice(12))).toBeGreaterThanOrEqual(1);
    }
  });
});

describe('other personal fields', () => {
  it('writes phones as 08… with 10-13 digits', () => {
    for (const r of rows) expect(r.cells[11]).toMatch(/^08\d{8,11}$/);
  });

  it('writes RT and RW as three-digit text', () => {
    for (const { record } of rows) {
      expect(record.rt).toMatch(/^0(0[1-9]|1[0-5])$/);
      expect(record.rw).toMatch(/^00[1-8]$/);
    }
  });

  it('builds person names from two or three invented parts', () => {
    for (const { record } of rows) expect(record.namaPelaku.split(' ').length).toBeGreaterThanOrEqual(2);
  });
});
