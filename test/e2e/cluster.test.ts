import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startApp, type E2eApp } from './harness';

/** Waits until a chart wrapper says Plotly has drawn it. */
async function waitForChart(page: Page, testId: string): Promise<void> {
  await page.locator(`[data-testid="${testId}"][data-state="ready"]`).waitFor();
}

/** Clicks the point of k on one k-chart panel, where Plotly's drag layer receives the click. */
async function clickKPoint(page: Page, index: string, kPosition: number): Promise<void> {
  // The mouse clicks at page coordinates, so the chart must be on screen first.
  await page.getByTestId(`k-chart-${index}`).scrollIntoViewIfNeeded();
  const point = page.locator(`[data-testid="k-chart-${index}"] .scatterlayer .trace`).first().locator('path.point').nth(kPosition);
  const box = await point.boundingBox();
  if (!box) throw new Error(`titik ke-${kPosition} grafik ${index} tidak terlihat`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

const RENAMED = 'Pedagang kecil offline (uji e2e)';

describe('Klaster in the browser mode', { timeout: 120_000 }, () => {
  let app: E2eApp;
  let chosenK = 0;
  let runId = '';
  let inputHash = '';

  beforeAll(async () => {
    // Until the clustering migration gets its number, the server runs with it from a copy (no-op after).
    app = await startApp();
  }, 180_000);
  afterAll(async () => {
    await app?.stop();
  });

  it('opens the demo project and the Klaster screen with the default features chosen', async () => {
    const { page } = app;
    await page.getByTestId('open-demo').click();
    await page.getByTestId('project-name').waitFor();
    await page.getByTestId('nav-cluster').click();
    await page.getByTestId('feature-table').waitFor();
    expect(await page.getByTestId('feature-row-omzet_tahunan').getAttribute('data-selected')).toBe('true');
    expect(await page.getByTestId('feature-transform-omzet_tahunan').inputValue()).toBe('log');
    expect(Number(await page.getByTestId('cluster-rows').getAttribute('data-rows'))).toBeGreaterThan(5000);
  });

  it('cancels a long sweep and says that nothing was stored', async () => {
    const { page } = app;
    // Eleven matrix columns × ~9,900 rows puts the sweep on the worker threads, which a cancel stops at
    // once. (Smaller matrices run inline on the services' main thread; see the report on cancel latency.)
    for (const key of ['modal', 'umur_usaha', 'kemitraan', 'bidang_usaha']) await page.getByTestId(`feature-toggle-${key}`).check();
    await page.getByTestId('cluster-restarts').fill('100');
    await page.getByTestId('sweep-start').click();
    await page.getByTestId('sweep-progress').waitFor();
    await page.getByTestId('sweep-progress-cancel').click();
    await page.getByTestId('sweep-cancelled').waitFor();
    expect(await page.getByTestId('sweep-result').count()).toBe(0);
    await page.getByTestId('sweep-cancelled').scrollIntoViewIfNeeded();
    await app.screenshot('klaster-02-dibatalkan');
    for (const key of ['umur_usaha', 'kemitraan', 'bidang_usaha']) await page.getByTestId(`feature-toggle-${key}`).uncheck();
  });

  it('picks features and shows each chosen one before and after its transform', async () => {
    const { page } = app;
    await page.getByTestId('feature-toggle-modal').check();
    await page.getByTestId('feature-toggle-nib').uncheck();
    await page.getByTestId('feature-winsor-aset').check();
    await page.getByTestId('feature-preview-modal').waitFor();
    await page.getByTestId('feature-preview-nib').waitFor({ state: 'detached' });
    // log(1 + x) then z-score takes the heavy right skew of Rupiah capital down to near symmetry.
    const before = Number(await page.getByTestId('feature-skew-before-modal').getAttribute('data-skew'));
    const after = Number(await page.getByTestId('feature-skew-after-modal').getAttribute('data-skew'));
    expect(before).toBeGreaterThan(2);
    expect(Math.abs(after)).toBeLessThan(1);
    // The winsorised asset preview says it is clipped once the services have answered.
    await expect.poll(() => page.getByTestId('feature-preview-aset').textContent()).toContain('dipotong 1–99%');
    await expect.poll(() => page.getByTestId('cluster-missing-summary').textContent()).toContain('dibuang');
    await app.screenshot('klaster-01-fitur');
  });

  it('runs the k = 2…10 sweep: four indices, lower-is-better said for Davies-Bouldin and inertia, a recommended k', async () => {
    const { page } = app;
    await page.getByTestId('cluster-restarts').fill('2');
    await page.getByTestId('sweep-start').click();
    await page.getByTestId('sweep-result').waitFor({ timeout: 90_000 });
    expect(await page.getByTestId('sweep-row').count()).toBe(9);
    expect(await page.getByTestId('k-better-davies_bouldin').textContent()).toContain('makin rendah makin baik');
    expect(await page.getByTestId('k-better-inertia').textContent()).toContain('makin rendah makin baik');
    expect(await page.getByTestId('k-better-silhouette').textContent()).toContain('makin tinggi makin baik');
    const recommended = Number(await page.getByTestId('k-recommended').getAttribute('data-k'));
    expect(recommended).toBeGreaterThanOrEqual(2);
    expect(recommended).toBeLessThanOrEqual(10);
    expect(await page.getByTestId('k-recommended').textContent()).toMatch(/disarankan karena/);
    // The list starts at the recommended k.
    expect(Number(await page.getByTestId('k-select').inputValue())).toBe(recommended);
    chosenK = recommended === 4 ? 3 : 4;
  });

  it('picks k by clicking the silhouette chart', async () => {
    const { page } = app;
    await waitForChart(page, 'k-chart-silhouette');
    await clickKPoint(page, 'silhouette', chosenK - 2);
    await expect.poll(() => page.getByTestId('k-chart').getAttribute('data-chosen-k')).toBe(String(chosenK));
    expect(await page.getByTestId('k-select').inputValue()).toBe(String(chosenK));
    await expect.poll(() => page.locator('[data-testid="sweep-row"][aria-selected="true"]').getAttribute('data-k')).toBe(String(chosenK));
    await page.getByTestId('k-chart').scrollIntoViewIfNeeded();
    await app.screenshot('klaster-03-pilih-k');
  });

  it('runs the clustering and shows the profiles, the scatter, the box plots and the kecamatan table', async () => {
    const { page } = app;
    await page.getByTestId('cluster-run-start').click();
    await page.locator(`[data-testid="run-view"][data-k="${chosenK}"]`).waitFor({ timeout: 90_000 });
    runId = (await page.getByTestId('run-view').getAttribute('data-run-id')) ?? '';
    expect(runId).not.toBe('');
    expect(await page.locator('[data-testid^="profile-size-"]').count()).toBe(chosenK);
    const sizes = await page.locator('[data-testid^="profile-size-"]').evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-size'))));
    const rows = Number((await page.getByTestId('run-rows').textContent())?.replace(/\D/g, ''));
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(rows);
    // Money medians are in Rupiah.
    expect(await page.getByTestId('profile-row-omzet').textContent()).toMatch(/Rp\s\d/);
    inputHash = (await page.getByTestId('repro-info').getAttribute('data-input-hash')) ?? '';
    expect(inputHash).toMatch(/^[0-9a-f]{64}$/);
    expect(await page.getByTestId('repro-features').textContent()).toContain('dipotong pada persentil 1–99%');
    await app.screenshot('klaster-04-profil');
    await waitForChart(page, 'cluster-scatter');
    await waitForChart(page, 'cluster-box');
    // SVG scatter only: the CSP forbids the eval WebGL traces need.
    expect(await page.locator('[data-testid="cluster-scatter"] .scatterlayer .trace').count()).toBe(chosenK);
    expect(await page.locator('[data-testid="cluster-scatter"] canvas').count()).toBe(0);
    expect(await page.locator('[data-testid="cluster-box"] .boxlayer .trace').count()).toBe(chosenK);
    await page.getByTestId('scatter-panel').scrollIntoViewIfNeeded();
    await app.screenshot('klaster-05-grafik');
    expect(await page.getByTestId('kecamatan-row').count()).toBeGreaterThanOrEqual(4);
    await page.getByTestId('repro-panel').scrollIntoViewIfNeeded();
    await app.screenshot('klaster-06-kecamatan-reproduksi');
  });

  it('renames a cluster inline and keeps the generated name beside it', async () => {
    const { page } = app;
    await page.getByTestId('profile-table').scrollIntoViewIfNeeded();
    const generated = await page.getByTestId('cluster-label-0').textContent();
    await page.getByTestId('cluster-label-0-edit').click();
    await page.getByTestId('cluster-label-0-input').fill(RENAMED);
    await page.getByTestId('cluster-label-0-save').click();
    await expect.poll(() => page.getByTestId('cluster-label-0').textContent()).toBe(RENAMED);
    expect(await page.getByTestId('cluster-generated-0').textContent()).toContain(generated ?? '');
    await app.screenshot('klaster-07-ganti-nama');
  });

  it('reopens the project from Beranda and finds the run with the renamed cluster', async () => {
    const { page } = app;
    await page.getByTestId('nav-home').click();
    await page.getByTestId('recent-open').first().click();
    await page.getByTestId('project-name').waitFor();
    await page.getByTestId('nav-cluster').click();
    await page.getByTestId('cluster-tab-saved').click();
    const saved = page.locator(`[data-testid="saved-run"][data-run-id="${runId}"]`);
    await saved.waitFor();
    await app.screenshot('klaster-08-tersimpan');
    await saved.getByTestId('saved-run-open').click();
    await page.locator(`[data-testid="run-view"][data-run-id="${runId}"]`).waitFor();
    expect(await page.getByTestId('cluster-label-0').textContent()).toBe(RENAMED);
    expect(await page.getByTestId('repro-info').getAttribute('data-input-hash')).toBe(inputHash);
    await waitForChart(page, 'cluster-scatter');
    await app.screenshot('klaster-09-dibuka-ulang');
  });

  it('starts a new analysis from the reopened run’s settings', async () => {
    const { page } = app;
    // The screen was rebuilt on reopening, so the picker is back at its defaults (NIB on, capital off).
    await page.getByTestId('run-use-setup').click();
    await page.getByTestId('feature-table').waitFor();
    expect(await page.getByTestId('feature-toggle-modal').isChecked()).toBe(true);
    expect(await page.getByTestId('feature-toggle-nib').isChecked()).toBe(false);
    expect(await page.getByTestId('feature-winsor-aset').isChecked()).toBe(true);
    expect(await page.getByTestId('cluster-restarts').inputValue()).toBe('2');
    expect(await page.getByTestId('k-select').inputValue()).toBe(String(chosenK));
  });

  it('switches the screen to English', async () => {
    const { page } = app;
    await page.getByTestId('language-select').selectOption('en');
    await expect.poll(() => page.getByTestId('nav-cluster').textContent()).toBe('Clusters');
    expect(await page.getByTestId('cluster-tab-saved').textContent()).toBe('Saved results (1)');
    // The recommended k's reason is written in English too (from the run's stored sweep).
    await page.getByTestId('cluster-tab-result').click();
    await page.getByTestId('run-sweep').locator('summary').click();
    await expect.poll(() => page.getByTestId('run-sweep').textContent()).toMatch(/k = \d+ is suggested (because|with caution)/);
    await app.screenshot('klaster-10-english');
    await page.getByTestId('language-select').selectOption('id');
    await expect.poll(() => page.getByTestId('nav-cluster').textContent()).toBe('Klaster');
  });

  it('deletes the run after asking once more', async () => {
    const { page } = app;
    await page.getByTestId('cluster-tab-saved').click();
    const saved = page.locator(`[data-testid="saved-run"][data-run-id="${runId}"]`);
    await saved.getByTestId('saved-run-delete').click();
    await saved.getByTestId('saved-run-delete-confirm').click();
    await page.getByTestId('saved-runs-empty').waitFor();
    expect(await page.getByTestId('cluster-tab-result').isDisabled()).toBe(true);
  });

  it('shows no console error along the way (no CSP violation, no failed call)', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
