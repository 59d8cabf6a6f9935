import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import ExcelJS from 'exceljs';
import { startApp, type E2eApp } from './harness';

/** The size-class counts of the Klasifikasi summary once it has settled (and shows `ruleSet`). */
async function readSizeCounts(page: Page, ruleSet: string): Promise<Record<string, number>> {
  const handle = await page.waitForFunction((expected) => {
    const panel = document.querySelector('[data-testid="classify-summary"]');
    if (!panel || panel.getAttribute('aria-busy') !== 'false' || panel.getAttribute('data-rule-set') !== expected) return false;
    const out: Record<string, number> = {};
    for (const row of panel.querySelectorAll('[data-testid="size-counts-row"]')) out[row.getAttribute('data-code') ?? ''] = Number(row.getAttribute('data-value'));
    return Object.keys(out).length > 0 ? out : false;
  }, ruleSet);
  return (await handle.jsonValue()) as Record<string, number>;
}

/** A settled panel's `data-value` at `selector` (panels mark themselves aria-busy while loading). */
async function readValue(page: Page, panelTestId: string, selector: string): Promise<number> {
  const handle = await page.waitForFunction(
    ([panelId, sel]) => {
      const panel = document.querySelector(`[data-testid="${panelId}"]`);
      const cell = panel?.querySelector(sel);
      if (!panel || !cell || panel.getAttribute('aria-busy') !== 'false') return false;
      // Wrapped: a bare 0 is falsy and would keep waitForFunction waiting.
      return { value: Number(cell.getAttribute('data-value')) };
    },
    [panelTestId, selector] as const,
  );
  return ((await handle.jsonValue()) as { value: number }).value;
}

describe('Klasifikasi, Statistik and Rekap & LQ on the demo project', { timeout: 180_000 }, () => {
  let app: E2eApp;

  beforeAll(async () => {
    app = await startApp();
    await app.page.getByTestId('open-demo').click();
    await app.page.getByTestId('project-name').waitFor();
  }, 180_000);
  afterAll(async () => {
    await app?.stop();
  });

  it('shows the classification of the round under PP 7/2021 by sales by default', async () => {
    const { page } = app;
    await page.getByTestId('nav-classify').click();
    const counts = await readSizeCounts(page, 'pp7-2021');
    expect(counts.mikro).toBeGreaterThan(0);
    expect(await page.getByTestId('rule-set-pp7-2021').isChecked()).toBe(true);
    expect(await page.getByTestId('pp7-basis-penjualan').isChecked()).toBe(true);
    await page.getByTestId('dictionary-table').waitFor();
    await app.screenshot('stats-01-klasifikasi');
  });

  it('changes the size-class counts when the rule set changes to BPS by workers, and back', async () => {
    const { page } = app;
    const before = await readSizeCounts(page, 'pp7-2021');
    await page.getByTestId('rule-set-bps-workers').check();
    await expect.poll(() => page.getByTestId('classify-apply-state').textContent()).toContain('belum diterapkan');
    await page.getByTestId('classify-apply').click();
    const after = await readSizeCounts(page, 'bps-workers');
    expect(after).not.toEqual(before);
    // Every counted business has exactly one class under either rule set.
    const sum = (c: Record<string, number>) => Object.values(c).reduce((a, b) => a + b, 0);
    expect(sum(after)).toBe(sum(before));
    await app.screenshot('stats-02-klasifikasi-bps');
    await page.getByTestId('rule-set-pp7-2021').check();
    await page.getByTestId('classify-apply').click();
    expect(await readSizeCounts(page, 'pp7-2021')).toEqual(before);
  });

  it('applies quantile turnover bands: four bands of about equal size, then the default bands again', async () => {
    const { page } = app;
    const readBands = async () => {
      await page.waitForSelector('[data-testid="classify-summary"][aria-busy="false"]');
      return page.locator('[data-testid="band-counts-row"]:not([data-code="unknown"])').evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-value'))));
    };
    const fixed = await readBands();
    await page.getByTestId('band-mode-quantile').check();
    await page.getByTestId('band-quantile-count').selectOption('4');
    await page.getByTestId('classify-apply').click();
    await expect.poll(async () => (await readBands()).length).toBe(4);
    const quartiles = await readBands();
    const total = quartiles.reduce((a, b) => a + b, 0);
    for (const n of quartiles) expect(Math.abs(n - total / 4)).toBeLessThan(total * 0.1);
    await app.screenshot('stats-02b-kuantil');
    await page.getByTestId('bands-restore').click();
    await page.getByTestId('classify-apply').click();
    await expect.poll(readBands).toEqual(fixed);
  });

  it('lists the businesses above the micro limits as "sudah naik kelas" candidates', async () => {
    const { page } = app;
    const aboveMicro = await readValue(page, 'classify-summary', '[data-testid="classify-above-micro"]');
    expect(aboveMicro).toBeGreaterThan(0);
    await page.getByTestId('candidates-above_micro').click();
    await page.getByTestId('candidate-row').first().waitFor();
    expect(Number(await page.getByTestId('candidates-table').getAttribute('data-total'))).toBe(aboveMicro);
  });

  it('adds a keyword to a jenis-usaha group in the dictionary', async () => {
    const { page } = app;
    const count = Number(await page.getByTestId('dictionary-count').getAttribute('data-value'));
    await page.getByTestId('dict-add-keyword').fill('Dimsum');
    await page.getByTestId('dict-add-group').selectOption('makanan_minuman');
    await page.getByTestId('dict-add-submit').click();
    await expect.poll(async () => Number(await page.getByTestId('dictionary-count').getAttribute('data-value'))).toBe(count + 1);
    await page.getByTestId('dict-search').fill('dimsum');
    const entry = page.locator('[data-testid="dict-entry"][data-keyword="dimsum"]');
    await entry.waitFor();
    expect(await entry.getAttribute('data-group')).toBe('makanan_minuman');
    await app.screenshot('stats-03-kamus');
    await page.getByTestId('dict-search').fill('');
  });

  it('lists a text as unclassified once its keyword is deleted, and classifies it again when assigned to a group', async () => {
    const { page } = app;
    await page.getByTestId('dict-search').fill('mutiara');
    await page.locator('[data-testid="dict-entry"][data-keyword="mutiara"] [data-testid="dict-delete"]').click();
    const row = page.locator('[data-testid="unclassified-row"][data-text="mutiara"]');
    await row.waitFor();
    expect(Number(await row.getAttribute('data-count'))).toBeGreaterThan(0);
    expect(await readValue(page, 'classify-summary', '[data-testid="classify-unclassified"]')).toBe(Number(await row.getAttribute('data-count')));
    await page.getByTestId('unclassified-panel').scrollIntoViewIfNeeded();
    await app.screenshot('stats-03b-belum-dikenali');
    await row.getByTestId('unclassified-group').selectOption('kerajinan');
    await row.getByTestId('unclassified-assign').click();
    await row.waitFor({ state: 'detached' });
    await page.locator('[data-testid="dict-entry"][data-keyword="mutiara"][data-group="kerajinan"]').waitFor();
    await expect.poll(() => readValue(page, 'classify-summary', '[data-testid="classify-unclassified"]')).toBe(0);
    await page.getByTestId('dict-search').fill('');
  });

  it('groups the statistics by kecamatan and draws the bar chart and the box plot as SVG', async () => {
    const { page } = app;
    await page.getByTestId('nav-stats').click();
    await page.getByTestId('stats-group-by').selectOption('bidang');
    await page.waitForSelector('[data-testid="stats-panel"][data-by="bidang"][aria-busy="false"]');
    await page.getByTestId('stats-group-by').selectOption('kecamatan');
    await page.waitForSelector('[data-testid="stats-panel"][data-by="kecamatan"][aria-busy="false"]');
    expect(await page.getByTestId('stats-row').count()).toBeGreaterThanOrEqual(4);
    await page.waitForSelector('[data-testid="stats-chart-bar"][data-state="ready"][data-rendered-key^="kecamatan:"] svg.main-svg');
    await page.waitForSelector('[data-testid="stats-chart-box"][data-state="ready"][data-rendered-key^="kecamatan:"] svg.main-svg');
    // One bar per kecamatan, drawn as SVG paths.
    expect(await page.locator('[data-testid="stats-chart-bar"] g.point').count()).toBe(await page.getByTestId('stats-row').count());
    await page.getByTestId('stats-chart-bar').scrollIntoViewIfNeeded();
    await app.screenshot('stats-04-statistik');
  });

  it('counts missing values separately in the statistics table', async () => {
    const { page } = app;
    const total = page.getByTestId('stats-total');
    const missing = Number(await total.getByTestId('stats-missing').getAttribute('data-value'));
    expect(missing).toBeGreaterThan(0);
  });

  it('flags the demo’s Gadingrejo turnover unit error at the area level, prominently', async () => {
    const { page } = app;
    await page.waitForSelector('[data-testid="quality-panel"][aria-busy="false"]');
    expect(await page.getByTestId('area-flag-row').count()).toBeGreaterThanOrEqual(4);
    await page.locator('[data-testid="area-flag-alert"] [data-testid="area-flag-message"][data-code="35.75.01"]').waitFor();
    expect(await page.locator('[data-testid="area-flag-row"][data-code="35.75.01"]').getAttribute('data-flagged')).toBe('true');
    expect(await page.getByTestId('flagged-row').count()).toBeGreaterThan(0);
    await page.getByTestId('area-flags').scrollIntoViewIfNeeded();
    await app.screenshot('stats-05-kualitas');
  });

  it('shows a Rekap whose total equals the Data screen’s recap total and the sum of its rows', async () => {
    const { page } = app;
    await page.getByTestId('nav-data').click();
    const dataTotal = await readValue(page, 'recap-panel', '[data-testid="recap-total"] [data-testid="recap-count"]');
    await page.getByTestId('nav-tables').click();
    const rekapTotal = await readValue(page, 'rekap-panel', '[data-testid="rekap-total"] [data-testid="rekap-jumlah"]');
    expect(rekapTotal).toBe(dataTotal);
    const rows = await page.locator('[data-testid="rekap-row"] [data-testid="rekap-jumlah"]').evaluateAll((cells) => cells.map((c) => Number(c.getAttribute('data-value'))));
    expect(rows.reduce((a, b) => a + b, 0)).toBe(rekapTotal);
    expect(await page.locator('[data-testid="rekap-table"] thead').textContent()).toContain('OMZET/BULAN');
    await app.screenshot('stats-06-rekap');
  });

  it('shows the verification table whose recap column equals the Rekap total', async () => {
    const { page } = app;
    const rekapTotal = await readValue(page, 'rekap-panel', '[data-testid="rekap-total"] [data-testid="rekap-jumlah"]');
    await page.getByTestId('tables-tab-verifikasi').click();
    const counted = await readValue(page, 'verifikasi-panel', '[data-testid="verifikasi-total"] [data-testid="verif-jumlah_rekap"]');
    expect(counted).toBe(rekapTotal);
    await app.screenshot('stats-07-verifikasi');
  });

  it('shows every LQ cell with its number and a heat colour, basis sectors marked', async () => {
    const { page } = app;
    await page.getByTestId('tables-tab-lq').click();
    await page.waitForSelector('[data-testid="lq-panel"][aria-busy="false"] [data-testid="lq-cell"]');
    const cells = await page.getByTestId('lq-cell').evaluateAll((list) =>
      list.map((c) => ({
        lq: c.getAttribute('data-lq'),
        text: c.querySelector('.lq-value')?.textContent ?? '',
        background: getComputedStyle(c).backgroundColor,
        basis: c.classList.contains('lq-basis'),
      })),
    );
    expect(cells.length).toBe((await page.getByTestId('lq-row').count()) * 3);
    for (const cell of cells) {
      expect(cell.text).toMatch(/\d+,\d\d$/);
      expect(cell.background).not.toBe('rgba(0, 0, 0, 0)');
      expect(cell.background).not.toBe('rgb(255, 255, 255)');
      expect(cell.basis).toBe(Number(cell.lq) > 1);
    }
    expect(cells.some((c) => c.basis)).toBe(true);
    await app.screenshot('stats-08-lq');
    await page.getByTestId('tables-by-kelurahan').click();
    await page.waitForSelector('[data-testid="lq-table"][data-by="kelurahan"]');
    await page.getByTestId('lq-sector-jenis').click();
    await page.waitForSelector('[data-testid="lq-table"][data-by="kelurahan"][data-sector="jenis"]');
    await app.screenshot('stats-09-lq-kelurahan-jenis');
    await page.getByTestId('tables-by-kecamatan').click();
  });

  it('exports the tables to an XLSX workbook in the exports folder and downloads it, one sheet per table', async () => {
    const { page } = app;
    await page.getByTestId('tables-tab-ekspor').click();
    await expect.poll(() => page.getByTestId('export-folder').inputValue()).toBe(join(app.server.home, 'exports'));
    const download = page.waitForEvent('download');
    await page.getByTestId('export-tables-xlsx').click();
    const result = page.getByTestId('export-result');
    await result.waitFor();
    const path = (await result.getAttribute('data-path')) ?? '';
    expect(dirname(path)).toBe(join(app.server.home, 'exports'));
    expect(path.endsWith('.xlsx')).toBe(true);
    expect(existsSync(path)).toBe(true);
    const file = await download;
    expect(file.suggestedFilename()).toBe(basename(path));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await file.path()) ?? '');
    expect(workbook.worksheets.map((s) => s.name)).toContain('Rekap Kecamatan');
    await app.screenshot('stats-10-ekspor');
  });

  it('exports the records with NIK and phone masked unless the personal-data box is ticked', async () => {
    const { page } = app;
    await page.getByTestId('export-reveal').check();
    await page.getByTestId('export-reveal-warning').waitFor();
    await page.getByTestId('export-reveal').uncheck();
    await page.getByTestId('export-reveal-warning').waitFor({ state: 'detached' });
    await page.getByTestId('export-records-csv').click();
    await page.waitForSelector('[data-testid="export-result"][data-kind="records"]');
    const path = (await page.getByTestId('export-result').getAttribute('data-path')) ?? '';
    const text = readFileSync(path, 'utf8');
    expect(text.split('\n').length).toBeGreaterThan(1000);
    // A full NIK is 16 digits in a row; masked ones keep only the ends.
    expect(text).not.toMatch(/(^|[^\d])\d{16}([^\d]|$)/m);
  });

  it('switches the three screens to English', async () => {
    const { page } = app;
    await page.getByTestId('language-select').selectOption('en');
    await expect.poll(() => page.getByTestId('nav-tables').textContent()).toBe('Recap & LQ');
    expect(await page.getByTestId('nav-classify').textContent()).toBe('Classification');
    expect(await page.getByTestId('nav-stats').textContent()).toBe('Statistics');
    await page.getByTestId('language-select').selectOption('id');
    await expect.poll(() => page.getByTestId('nav-tables').textContent()).toBe('Rekap & LQ');
  });

  it('runs without console errors (no CSP violation from the charts, no failed call)', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
