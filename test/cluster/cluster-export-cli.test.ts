import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { openProjectDb } from '../../services/db/open';
import { runCli } from '../helpers/run-cli';
import { addRound, createProject, insertSegments, tempDir } from './project';

/** `cluster --export FILE.xlsx` writes the workbook of the run it just made. */
const temp = tempDir();
const db = join(temp.dir, 'cli-ekspor.sqlite');

beforeAll(() => {
  const project = createProject(db);
  const roundId = addRound(project, 'Pendataan 2022', 2022);
  insertSegments(project, roundId, 60, 21);
  project.close();
});
afterAll(() => temp.cleanup());

/** Stored runs in the project file. */
function countRuns(): number {
  const { db: conn } = openProjectDb(db);
  try {
    return (conn.prepare('SELECT count(*) AS n FROM cluster_runs').get() as { n: number }).n;
  } finally {
    conn.close();
  }
}

interface ClusterJson {
  run_id: number;
  k: number;
  rows: number;
  sizes: number[];
  labels: string[];
  export?: { path: string; format: string; sheets: string[]; rows: number; bytes: number };
}

describe('cluster --export', () => {
  it('writes the run just made to XLSX and reports the file in the JSON', async () => {
    const file = join(temp.dir, 'hasil-klaster.xlsx');
    const r = runCli(['cluster', '--db', db, '--features', 'omzet_tahunan,aset,tenaga_kerja', '--k', '3', '--stability', '0', '--export', file, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const out = r.json as ClusterJson;
    expect(out.export).toMatchObject({ path: file, format: 'xlsx', rows: out.rows });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    expect(book.worksheets.map((s) => s.name)).toEqual(out.export!.sheets);
    const ws = book.getWorksheet('Profil klaster')!;
    let header = 1;
    while (ws.getCell(header, 1).value !== 'KLASTER') header++;
    // Two header rows (groups, then statistics), then one row per cluster.
    const rows = Array.from({ length: out.k }, (_, j) => ws.getRow(header + 2 + j));
    expect(rows.map((row) => row.getCell(4).value)).toEqual(out.sizes);
    expect(rows.map((row) => row.getCell(2).value)).toEqual(out.labels);
  });

  it('refuses an export path in a missing folder before clustering, in Indonesian', () => {
    const before = countRuns();
    const r = runCli(['cluster', '--db', db, '--features', 'omzet_tahunan,aset', '--k', '2', '--export', join(temp.dir, 'tidak-ada', 'x.xlsx'), '--json']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('Folder tujuan tidak ada');
    const list = runCli(['cluster', '--db', db, '--features', 'omzet_tahunan,aset', '--k', '2', '--export', join(temp.dir, 'x.pdf'), '--json']);
    expect(list.stderr).toContain('harus berakhiran .xlsx atau .csv');
    expect(existsSync(join(temp.dir, 'x.pdf'))).toBe(false);
    expect(countRuns()).toBe(before);
  });
});
