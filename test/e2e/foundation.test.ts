import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startApp, startServer, type E2eApp, type RunningServer } from './harness';

/** Waits until the business count has settled (not loading) and differs from `not`, and returns it. */
async function waitForCount(page: Page, not = -1): Promise<number> {
  const handle = await page.waitForFunction((excluded) => {
    const el = document.querySelector('[data-testid="business-count"]');
    if (!el || el.getAttribute('aria-busy') !== 'false' || !el.getAttribute('data-count')) return false;
    const count = Number(el.getAttribute('data-count'));
    return count !== excluded ? count : false;
  }, not);
  return (await handle.jsonValue()) as number;
}

interface RecapReading {
  /** Kecamatan code -> JUMLAH DATA. */
  rows: Record<string, number>;
  total: number;
  /** Left out of the recap by design: lost at verification, marked duplicates. */
  lost: number;
  duplicates: number;
}

/** The recap once it has settled (and, if given, shows exactly `expectCodes`). */
async function readRecap(page: Page, expectCodes?: string[]): Promise<RecapReading> {
  const handle = await page.waitForFunction((codes) => {
    const panel = document.querySelector('[data-testid="recap-panel"]');
    if (!panel || panel.getAttribute('aria-busy') !== 'false') return false;
    const rows: Record<string, number> = {};
    for (const tr of panel.querySelectorAll('[data-testid="recap-row"]')) {
      const cell = tr.querySelector('[data-testid="recap-count"]');
      rows[tr.getAttribute('data-code') ?? ''] = Number(cell?.getAttribute('data-value'));
    }
    if (codes && (Object.keys(rows).length !== codes.length || !codes.every((c) => c in rows))) return false;
    const totalCell = panel.querySelector('[data-testid="recap-total"] [data-testid="recap-count"]');
    const notes = panel.querySelector('[data-testid="recap-notes"]');
    if (!totalCell || !notes) return false;
    return {
      rows,
      total: Number(totalCell.getAttribute('data-value')),
      lost: Number(notes.getAttribute('data-lost')),
      duplicates: Number(notes.getAttribute('data-duplicates')),
    };
  }, expectCodes ?? null);
  return (await handle.jsonValue()) as RecapReading;
}

describe('foundation flow in the browser mode', { timeout: 120_000 }, () => {
  let app: E2eApp;
  let unfilteredCount = 0;
  let unfilteredRecap: RecapReading;
  let kecamatanCode = '';
  let kecamatanCount = 0;

  beforeAll(async () => {
    app = await startApp();
  }, 180_000);
  afterAll(async () => {
    await app?.stop();
  });

  it('opens the demo project from Beranda and marks it as synthetic data', async () => {
    const { page } = app;
    await page.getByTestId('screen-home').waitFor();
    await page.getByTestId('open-demo').click();
    await page.getByTestId('project-name').waitFor();
    await expect.poll(() => page.getByTestId('synthetic-banner').textContent()).toBe('DATA SINTETIS — proyek demo');
    expect(await page.getByTestId('project-round').count()).toBeGreaterThan(0);
    await page.getByTestId('recent-item').first().waitFor();
    await app.screenshot('01-beranda-demo');
  });

  it('shows the round in Data: every listed business is either in the recap or reported as left out', async () => {
    const { page } = app;
    await page.getByTestId('nav-data').click();
    unfilteredCount = await waitForCount(page, 0);
    unfilteredRecap = await readRecap(page);
    expect(Object.keys(unfilteredRecap.rows).length).toBeGreaterThanOrEqual(4);
    expect(unfilteredRecap.total + unfilteredRecap.lost + unfilteredRecap.duplicates).toBe(unfilteredCount);
    await page.getByTestId('business-row').first().waitFor();
    await app.screenshot('02-data');
  });

  it('filters by a kecamatan: the count matches that kecamatan’s recap row (plus what the recap leaves out)', async () => {
    const { page } = app;
    kecamatanCode = (await page.getByTestId('filter-kecamatan').locator('option').nth(1).getAttribute('value')) ?? '';
    expect(kecamatanCode).not.toBe('');
    await page.getByTestId('filter-kecamatan').selectOption(kecamatanCode);
    const filteredRecap = await readRecap(page, [kecamatanCode]);
    kecamatanCount = await waitForCount(page, unfilteredCount);
    // The filtered recap shows the same figure as the kecamatan's row before filtering.
    expect(filteredRecap.rows[kecamatanCode]).toBe(unfilteredRecap.rows[kecamatanCode]);
    expect(filteredRecap.total).toBe(filteredRecap.rows[kecamatanCode]);
    expect(kecamatanCount).toBe(filteredRecap.rows[kecamatanCode]! + filteredRecap.lost + filteredRecap.duplicates);
    await app.screenshot('03-data-kecamatan');
  });

  it('limits the kelurahan list to the chosen kecamatan', async () => {
    const values = await app.page.getByTestId('filter-kelurahan').locator('option').evaluateAll((options) =>
      options.map((o) => (o as HTMLOptionElement).value).filter((v) => v !== ''),
    );
    expect(values.length).toBeGreaterThan(0);
    for (const value of values) expect(value.startsWith(`${kecamatanCode}.`)).toBe(true);
  });

  it('filters by sector within the kecamatan: fewer businesses, all of that sector, recap still consistent', async () => {
    const { page } = app;
    await page.getByTestId('filter-sector').selectOption('perdagangan');
    const sectorCount = await waitForCount(page, kecamatanCount);
    expect(sectorCount).toBeGreaterThan(0);
    expect(sectorCount).toBeLessThan(kecamatanCount);
    await expect
      .poll(async () => {
        const recap = await readRecap(page, [kecamatanCode]);
        return recap.total + recap.lost + recap.duplicates;
      })
      .toBe(sectorCount);
    await page.getByTestId('business-row').first().waitFor();
    const sectors = await page.getByTestId('business-row').evaluateAll((rows) =>
      rows.map((row) => row.querySelector('[data-col="bidang"]')?.textContent ?? ''),
    );
    expect(new Set(sectors)).toEqual(new Set(['Perdagangan']));
    await app.screenshot('04-data-sektor');
  });

  it('sorts by yearly turnover, largest first on a second click', async () => {
    const { page } = app;
    const readTurnovers = () =>
      page.getByTestId('business-row').evaluateAll((rows) =>
        rows
          .sort((a, b) => Number(a.getAttribute('data-index')) - Number(b.getAttribute('data-index')))
          .map((row) => row.querySelector('[data-col="omzet_tahunan"]')?.textContent ?? '')
          .filter((text) => text.startsWith('Rp '))
          .map((text) => Number(text.replace(/\D/g, ''))),
      );
    await page.getByTestId('sort-omzet_tahunan').click();
    await page.getByTestId('sort-omzet_tahunan').click();
    await expect.poll(() => page.locator('[role="columnheader"][aria-sort="descending"]').count()).toBe(1);
    await waitForCount(page);
    await page.getByTestId('business-row').first().waitFor();
    await expect
      .poll(async () => {
        const values = await readTurnovers();
        return values.length > 5 && values.every((v, i) => i === 0 || values[i - 1]! >= v);
      })
      .toBe(true);
  });

  it('opens a business’s detail panel with its stored record', async () => {
    const { page } = app;
    const row = page.getByTestId('business-row').first();
    const id = await row.getAttribute('data-id');
    await row.click();
    const panel = page.getByTestId('business-detail');
    await panel.getByTestId('detail-record').waitFor();
    expect(await panel.getAttribute('data-id')).toBe(id);
    await app.screenshot('05-data-rincian');
    await page.getByTestId('detail-close').click();
    await panel.waitFor({ state: 'detached' });
  });

  it('switches to English and keeps the choice and the session after a reload', async () => {
    const { page } = app;
    await page.getByTestId('language-select').selectOption('en');
    await expect.poll(() => page.getByTestId('nav-home').textContent()).toBe('Home');
    await page.reload();
    await expect.poll(() => page.getByTestId('nav-home').textContent()).toBe('Home');
    // The token was taken from the URL on first load; after the reload it comes from sessionStorage.
    await page.getByTestId('project-name').waitFor();
    expect(page.url()).not.toContain('token=');
    await page.getByTestId('language-select').selectOption('id');
    await expect.poll(() => page.getByTestId('nav-home').textContent()).toBe('Beranda');
  });

  it('loads the page without console errors (no CSP violation, no failed call)', () => {
    expect(app.pageErrors).toEqual([]);
  });

  it('says in Indonesian that the services cannot be reached when the server has stopped', async () => {
    const { page } = app;
    await page.getByTestId('nav-data').click();
    await page.getByTestId('recap-table').waitFor();
    await app.server.stop();
    await page.getByTestId('recap-by-kelurahan').click();
    await expect.poll(() => page.getByTestId('recap-error').textContent()).toContain('Tidak dapat menghubungi layanan Peta Potensi.');
    await app.screenshot('06-layanan-mati');
  });
});

describe('the loopback API', { timeout: 120_000 }, () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer();
  }, 180_000);
  afterAll(async () => {
    await server?.stop();
  });

  it('refuses a call without the token with HTTP 401', async () => {
    const response = await fetch(`${server.origin}/api/app:info`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(response.status).toBe(401);
    const body = (await response.json()) as { ok: boolean };
    expect(body.ok).toBe(false);
  });

  it('refuses a call with a wrong token with HTTP 401', async () => {
    const response = await fetch(`${server.origin}/api/app:info`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Peta-Token': 'salah' },
      body: '{}',
    });
    expect(response.status).toBe(401);
  });

  it('answers the same call with the token', async () => {
    const response = await fetch(`${server.origin}/api/app:info`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Peta-Token': server.token },
      body: '{}',
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { ok: boolean }).ok).toBe(true);
  });
});
