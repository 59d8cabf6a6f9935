import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportSummary } from '../../shared/api/contract-import';
import type { Db } from '../../services/db/open';
import { generateSurveyCsv, summarizeSurvey } from '../../services/demo/generate-survey';
import { importFile, newProject, tempDir, writeFile } from './import-helpers';

let tmp: ReturnType<typeof tempDir>;
let db: Db;
let summary: ImportSummary;
const planned = summarizeSurvey();

beforeAll(async () => {
  tmp = tempDir();
  db = newProject(tmp.dir).db;
  summary = await importFile(db, writeFile(tmp.dir, 'demo.csv', generateSurveyCsv()), { roundName: 'Pendataan 2022 (sintetis)' });
});
afterAll(() => tmp.cleanup());

describe('the synthetic demo survey goes through the importer with the counts it was generated with', () => {
  it('imports every generated row (duplicate listings differ in their status, so none is an exact repeat)', () => {
    expect(summary.businesses_imported).toBe(planned.rows);
    expect(summary.skipped).toEqual({});
  });

  it('reads the verification statuses, lost reasons and sources', () => {
    const count = (sql: string) => db.prepare(sql).pluck().get() as number;
    expect(count("SELECT count(*) FROM businesses WHERE status = 'valid'")).toBe(planned.byStatus.valid);
    expect(count("SELECT count(*) FROM businesses WHERE status = 'hilang'")).toBe(planned.byStatus.hilang);
    expect(count("SELECT count(*) FROM businesses WHERE sumber = 'temuan_lapangan'")).toBe(planned.bySource.temuan_lapangan);
    const reasons = Object.fromEntries(
      (db.prepare("SELECT alasan_hilang AS r, count(*) AS n FROM businesses WHERE status = 'hilang' GROUP BY 1").all() as Array<{ r: string; n: number }>).map((x) => [x.r, x.n]),
    );
    expect(reasons).toEqual(Object.fromEntries(Object.entries(planned.byReason).filter(([, n]) => n > 0)));
  });

  it('places every business in its kecamatan, spelling variants included', () => {
    const perKec = Object.fromEntries(
      (db.prepare('SELECT kecamatan_code AS k, count(*) AS n FROM businesses GROUP BY 1').all() as Array<{ k: string; n: number }>).map((x) => [x.k, x.n]),
    );
    const expected = Object.fromEntries(Object.entries(planned.byKecamatan).map(([code, e]) => [code, e.dataAwal + e.temuanLapangan]));
    expect(perKec).toEqual(expected);
    expect(db.prepare('SELECT count(*) FROM businesses WHERE kelurahan_code IS NULL').pluck().get()).toBe(0);
  });

  it('finds the injected mess: damaged NIKs and rows sharing a NIK', () => {
    expect(summary.issues.nik_rusak_excel).toBe(planned.messes.nikExcelNotation);
    expect(summary.issues.kemungkinan_duplikat).toBe(2 * (planned.messes.sharedNikPairs + planned.messes.duplicateListings));
    expect(summary.issues.uang_tidak_terbaca ?? 0).toBe(0);
    expect(summary.issues.wilayah_tidak_dikenal ?? 0).toBe(0);
  });
});
