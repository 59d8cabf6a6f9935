import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import ExcelJS from 'exceljs';
import { callApi, startApp, type E2eApp } from './harness';

/**
 * Klaster, "Ekspor XLSX" on a saved run in the browser mode: the services write the workbook into
 * their exports folder, the page downloads it, and its "Profil klaster" sheet says what the screen's
 * profile table says (names, sizes, Rupiah medians and quartiles, NIB shares). "Ekspor CSV" gives the
 * member list, one line per clustered business.
 */

const RENAMED = 'Warung kecil offline (uji ekspor)';

const call = callApi;

/** The digits of a shown Rupiah amount (`Rp 1.234.567` -> 1234567). */
const rupiahOf = (text: string) => Number(text.replace(/\D/g, ''));
/** A shown percentage (`12,5%`) as a number of percent. */
const percentOf = (text: string) => Number(text.replace('%', '').replace(/\./g, '').replace(',', '.'));

/** The cells of one row of the screen's profile table, one per cluster. */
async function profileCells(page: Page, row: string): Promise<string[]> {
  return page.getByTestId(`profile-row-${row}`).locator('td').evaluateAll((tds) => tds.map((td) => td.textContent ?? ''));
}

describe('Klaster: exporting a saved run', { timeout: 150_000 }, () => {
  let app: E2eApp;
  let runId = 0;

  beforeAll(async () => {
    app = await startApp();
  }, 180_000);
  afterAll(async () => {
    await app?.stop();
  });

  it('opens a saved run of the demo round with a renamed cluster', async () => {
    const { page } = app;
    await page.getByTestId('open-demo').click();
    await page.getByTestId('project-name').waitFor();
    const project = await call(app, 'projects:current', {});
    const run = await call(app, 'cluster:run', {
      filter: { roundId: project!.rounds[0]!.id }, features: ['omzet_tahunan', 'aset', 'tenaga_kerja', 'online', 'nib'].map((key) => ({ key })),
      k: 3, restarts: 2, stabilityRuns: 0, range: { kMin: 2, kMax: 4 }, name: 'Model uji ekspor',
    });
    runId = run.run_id;
    await call(app, 'cluster:rename', { runId, labels: [{ cluster: 1, label: RENAMED }] });
    await page.getByTestId('nav-cluster').click();
    await page.getByTestId('cluster-tab-saved').click();
    await page.locator(`[data-testid="saved-run"][data-run-id="${runId}"]`).getByTestId('saved-run-open').click();
    await page.locator(`[data-testid="run-view"][data-run-id="${runId}"]`).waitFor();
    expect(await page.getByTestId('cluster-label-1').textContent()).toBe(RENAMED);
    await page.getByTestId('run-export-xlsx').waitFor();
    await app.screenshot('klaster-ekspor-01-tombol');
  });

  it('exports the run to XLSX in the exports folder and downloads it; the profile sheet matches the screen', async () => {
    const { page } = app;
    const download = page.waitForEvent('download');
    await page.getByTestId('run-export-xlsx').click();
    const result = page.locator('[data-testid="run-export-result"][data-format="xlsx"]');
    await result.waitFor({ timeout: 60_000 });
    const path = (await result.getAttribute('data-path')) ?? '';
    expect(dirname(path)).toBe(join(app.server.home, 'exports'));
    expect(existsSync(path)).toBe(true);
    const file = await download;
    expect(file.suggestedFilename()).toBe(basename(path));
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await file.path()) ?? '');
    expect(book.worksheets.map((s) => s.name)).toEqual(['Ringkasan', 'Profil klaster', 'Klaster × Kecamatan', 'Pemilihan k', 'Anggota']);

    const ws = book.getWorksheet('Profil klaster')!;
    let top = 1;
    while (ws.getCell(top, 1).value !== 'KLASTER') top++;
    const header = (group: string, sub = group) => {
      for (let c = 1; c <= ws.columnCount; c++) if (ws.getCell(top, c).value === group && ws.getCell(top + 1, c).value === sub) return c;
      throw new Error(`kolom ${group}/${sub} tidak ada`);
    };
    const k = Number(await page.getByTestId('run-view').getAttribute('data-k'));
    const omzet = await profileCells(page, 'omzet');
    const aset = await profileCells(page, 'aset');
    const nib = await profileCells(page, 'nib');
    for (let j = 0; j < k; j++) {
      const row = ws.getRow(top + 2 + j);
      const value = (group: string, sub?: string) => row.getCell(header(group, sub)).value as number;
      expect(value('KLASTER')).toBe(j + 1);
      expect(row.getCell(header('NAMA KLASTER')).value).toBe(await page.getByTestId(`profile-label-${j}`).getAttribute('data-label'));
      expect(value('JUMLAH USAHA')).toBe(Number(await page.getByTestId(`profile-size-${j}`).getAttribute('data-size')));
      // The screen shows the median, then "Q1–Q3: Rp a – Rp b".
      const [omzetMedian, omzetQ1, omzetQ3] = omzet[j]!.split(/Q1–Q3:|–/).map(rupiahOf);
      expect([omzetMedian, omzetQ1, omzetQ3]).toEqual([value('OMZET PER TAHUN (Rp)', 'median'), value('OMZET PER TAHUN (Rp)', 'kuartil 1'), value('OMZET PER TAHUN (Rp)', 'kuartil 3')]);
      expect(rupiahOf(aset[j]!.split('Q1–Q3:')[0]!)).toBe(value('ASET USAHA (Rp)', 'median'));
      expect(percentOf(nib[j]!)).toBeCloseTo(value('MEMILIKI NIB/SKU (%)') * 100, 0);
    }
    expect(ws.getRow(top + 2).getCell(header('OMZET PER TAHUN (Rp)', 'median')).numFmt).toContain('Rp');
    expect(ws.getRow(top + 3).getCell(header('NAMA KLASTER')).value).toBe(RENAMED);
    await page.getByTestId('run-export-result').scrollIntoViewIfNeeded();
    await app.screenshot('klaster-ekspor-02-xlsx');
  });

  it('exports the members to CSV: one line per clustered business, no personal numbers', async () => {
    const { page } = app;
    const download = page.waitForEvent('download');
    await page.getByTestId('run-export-csv').click();
    const result = page.locator('[data-testid="run-export-result"][data-format="csv"]');
    await result.waitFor({ timeout: 60_000 });
    const file = await download;
    const text = readFileSync((await file.path()) ?? '', 'utf8');
    const rows = Number((await page.getByTestId('run-rows').textContent())?.replace(/\D/g, ''));
    expect(text.split('\r\n').filter((l) => /^\d+,/.test(l)).length).toBe(rows);
    expect(Number(await result.getAttribute('data-rows'))).toBe(rows);
    expect(text).not.toMatch(/(^|\D)\d{16}(\D|$)/m);
    await app.screenshot('klaster-ekspor-03-csv');
  });

  it('shows no console error along the way', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
