import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Channel, RequestOf, ResponseOf } from '../../shared/api/contract';
import type { ClusterProjectionView } from '../../shared/api/contract-cluster';
import { callApi, startApp, type E2eApp } from './harness';

/**
 * Klaster, "Terapkan ke putaran lain": a run saved on the demo round is applied, in the UI, to a second
 * round imported from a small CSV; the numbers on screen must be those `cluster:assign` stored. A third
 * round without any asset column cannot be placed, and says so. After reopening the project the
 * placement is still listed and shown.
 */

const PLACES = [['Gadingrejo', 'Bukir'], ['Purworejo', 'Kebonagung'], ['Bugul Kidul', 'Kepel'], ['Panggungrejo', 'Trajeng']] as const;
const HEADER = ['Nama Pelaku Usaha', 'Nama Usaha', 'Kecamatan', 'Kelurahan', 'Bidang Usaha', 'SKU/NIB', 'Omset per Tahun (Rp)', 'Aset Usaha (Rp)', 'Pemasaran', 'Jumlah Tenaga Kerja'];
/** Rows of the second round whose asset is left empty: they cannot be placed with the drop policy. */
const NO_ASSET_ROWS = new Set([4, 17, 29]);

/** A second survey round: small shops, mid-sized workshops and a few large firms, spread over four kecamatan. */
function buildSecondRound(): string {
  const lines = [HEADER.join(';')];
  const sectors = ['Perdagangan', 'Industri', 'Jasa'];
  for (let i = 0; i < 36; i++) {
    const [kec, kel] = PLACES[i % PLACES.length]!;
    const tier = i % 6 === 5 ? 2 : i % 3 === 1 ? 1 : 0;
    const omzet = [24_000_000, 360_000_000, 2_400_000_000][tier]! + i * 250_000;
    const aset = NO_ASSET_ROWS.has(i) ? '' : String([6_000_000, 120_000_000, 1_200_000_000][tier]! + i * 100_000);
    const nib = tier > 0 || i % 5 === 0 ? `9120${String(100_000_000 + i)}` : '';
    const online = tier === 2 || i % 4 === 0 ? 'Online' : 'Offline';
    const workers = [1, 5, 15][tier]! + (i % 3);
    lines.push([`Pelaku Uji ${i}`, `Usaha Uji ${i}`, kec, kel, sectors[i % 3], nib, omzet, aset, online, workers].join(';'));
  }
  return lines.join('\n');
}

/** A third round with no asset column at all: no business has every feature of the model. */
function buildRoundWithoutAssets(): string {
  const header = HEADER.filter((h) => !h.startsWith('Aset'));
  const rows = Array.from({ length: 6 }, (_, i) => {
    const [kec, kel] = PLACES[i % PLACES.length]!;
    return [`Pelaku Tanpa Aset ${i}`, `Usaha ${i}`, kec, kel, 'Perdagangan', '', 30_000_000 + i, 'Offline', 1].join(';');
  });
  return [header.join(';'), ...rows].join('\n');
}

const call = callApi;

/** Percentage points as the screen writes them in Indonesian: signed, one decimal, comma. */
function expectedPoints(share: number, fit: number): string {
  const pp = (share - fit) * 100;
  if (Math.abs(pp) < 0.05) return '0,0 poin';
  const text = Math.abs(pp).toLocaleString('id-ID', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return `${pp > 0 ? '+' : '-'}${text} poin`;
}

const count = (n: number) => n.toLocaleString('id-ID');

/** Scrolls an element to the top of the screen (below the demo banner), for a screenshot starting there. */
async function scrollToTop(page: Page, testId: string): Promise<void> {
  await page.getByTestId(testId).evaluate((el) => el.scrollIntoView({ block: 'start' }));
}

/** Checks every number of the shown placement against the stored projection and the run. */
async function expectPlacementShown(page: Page, stored: ClusterProjectionView, run: ResponseOf<'cluster:get'>): Promise<void> {
  const result = page.getByTestId('assign-result');
  expect(Number(await result.getAttribute('data-round-id'))).toBe(stored.round_id);
  expect(await result.getAttribute('data-input-hash')).toBe(stored.input_hash);
  expect(Number(await page.getByTestId('assign-rows').getAttribute('data-value'))).toBe(stored.rows);
  expect(await page.locator('[data-testid="assign-rows"] .run-figure-value').textContent()).toBe(count(stored.rows));
  expect(Number(await page.getByTestId('assign-rows-in').getAttribute('data-value'))).toBe(stored.missing.rows_in);
  expect(Number(await page.getByTestId('assign-dropped').getAttribute('data-value'))).toBe(stored.missing.dropped);
  expect(await page.getByTestId('assign-missing').textContent()).toContain(
    `${count(stored.missing.dropped)} dari ${count(stored.missing.rows_in)} usaha tidak ditempatkan`,
  );
  const rows = page.getByTestId('assign-share-row');
  expect(await rows.count()).toBe(run.k);
  for (let j = 0; j < run.k; j++) {
    const row = rows.nth(j);
    expect(Number(await row.getAttribute('data-cluster'))).toBe(j);
    expect(Number(await row.getAttribute('data-size'))).toBe(stored.sizes[j]);
    expect(Number(await row.getAttribute('data-share'))).toBe(stored.shares[j]);
    expect(Number(await row.getAttribute('data-fit-share'))).toBe(stored.fit_shares[j]);
    expect(stored.fit_shares[j]).toBeCloseTo(run.sizes[j]! / run.rows, 12);
    expect(await row.getByTestId('assign-size').textContent()).toBe(count(stored.sizes[j]!));
    expect(await row.getByTestId('assign-change').textContent()).toBe(expectedPoints(stored.shares[j]!, stored.fit_shares[j]!));
    expect(await row.textContent()).toContain(run.clusters[j]!.label);
    expect(Number(await page.getByTestId(`assign-profile-size-${j}`).getAttribute('data-size'))).toBe(stored.clusters[j]!.size);
    expect(await page.getByTestId(`assign-cluster-label-${j}`).textContent()).toBe(run.clusters[j]!.label);
  }
  expect(await page.getByTestId('assign-kecamatan-row').count()).toBe(stored.kecamatan_table.areas.length);
  const stored_row = page.locator(`[data-testid="assign-stored-row"][data-round-id="${stored.round_id}"]`);
  expect(Number(await stored_row.getAttribute('data-rows'))).toBe(stored.rows);
}

describe('Klaster: applying a saved run to another round', { timeout: 150_000 }, () => {
  let app: E2eApp;
  let dir: string;
  let runId = 0;
  let secondRound = 0;
  let thirdRound = 0;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'peta-terapkan-'));
    writeFileSync(join(dir, 'putaran-2026.csv'), buildSecondRound());
    writeFileSync(join(dir, 'putaran-tanpa-aset.csv'), buildRoundWithoutAssets());
    app = await startApp();
  }, 180_000);
  afterAll(async () => {
    await app?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('saves a run on the demo round and imports two more rounds through the real import', async () => {
    const { page } = app;
    await page.getByTestId('open-demo').click();
    await page.getByTestId('project-name').waitFor();
    const project = await call(app, 'projects:current', {});
    const demoRound = project!.rounds[0]!.id;
    const run = await call(app, 'cluster:run', {
      filter: { roundId: demoRound }, features: ['omzet_tahunan', 'aset', 'tenaga_kerja', 'online', 'nib'].map((key) => ({ key })),
      k: 3, restarts: 2, stabilityRuns: 0, name: 'Model uji penerapan',
    });
    runId = run.run_id;
    const upload = (name: string) => ({ kind: 'upload' as const, name, base64: readFileSync(join(dir, name)).toString('base64') });
    const second = await call(app, 'datasets:import', { source: upload('putaran-2026.csv'), roundName: 'Pendataan 2026 (uji)' });
    expect(second.businesses_imported).toBe(36);
    secondRound = second.round_id;
    const third = await call(app, 'datasets:import', { source: upload('putaran-tanpa-aset.csv'), roundName: 'Putaran tanpa aset (uji)' });
    thirdRound = third.round_id;
    // The page learns about the new rounds the way it does on start.
    await page.reload();
    await page.getByTestId('project-name').waitFor();
  });

  it('opens the saved run and offers the other rounds, with nothing placed yet', async () => {
    const { page } = app;
    await page.getByTestId('nav-cluster').click();
    await page.getByTestId('cluster-tab-saved').click();
    await page.locator(`[data-testid="saved-run"][data-run-id="${runId}"]`).getByTestId('saved-run-open').click();
    await page.locator(`[data-testid="run-view"][data-run-id="${runId}"]`).waitFor();
    await scrollToTop(page, 'assign-panel');
    await page.getByTestId('assign-stored-empty').waitFor();
    const offered = await page.getByTestId('assign-round-select').locator('option').evaluateAll((els) => els.map((el) => Number((el as HTMLOptionElement).value)));
    expect(offered.sort()).toEqual([secondRound, thirdRound].sort());
    await page.getByTestId('assign-round-select').selectOption(String(secondRound));
    expect(await page.getByTestId('assign-start').textContent()).toBe('Terapkan model');
    await app.screenshot('terapkan-01-pilih-putaran');
  });

  it('applies the model to the second round and shows exactly what was stored', async () => {
    const { page } = app;
    await page.getByTestId('assign-start').click();
    await page.locator(`[data-testid="assign-result"][data-round-id="${secondRound}"]`).waitFor({ timeout: 60_000 });
    await page.locator(`[data-testid="assign-stored-row"][data-round-id="${secondRound}"]`).waitFor();
    const run = await call(app, 'cluster:get', { runId });
    expect(run.projections.map((p) => p.round_id)).toEqual([secondRound]);
    const stored = run.projections[0]!;
    expect(stored.missing.dropped).toBe(NO_ASSET_ROWS.size);
    expect(stored.rows).toBe(36 - NO_ASSET_ROWS.size);
    await expectPlacementShown(page, stored, run);
    // The same placement asked for directly gives the same numbers (the model is applied, never refitted).
    const direct = await call(app, 'cluster:assign', { runId, filter: { roundId: secondRound } });
    expect(direct.sizes).toEqual(stored.sizes);
    expect(direct.shares).toEqual(stored.shares);
    expect(direct.input_hash).toBe(stored.input_hash);
    expect(await page.getByTestId('assign-start').textContent()).toContain('Terapkan ulang');
    await scrollToTop(page, 'assign-result');
    await app.screenshot('terapkan-02-hasil');
    await scrollToTop(page, 'assign-profile-table');
    await app.screenshot('terapkan-03-profil');
  });

  it('says in Indonesian why a round without asset values cannot be placed, and keeps the earlier placement', async () => {
    const { page } = app;
    await scrollToTop(page, 'assign-panel');
    await page.getByTestId('assign-round-select').selectOption(String(thirdRound));
    await page.getByTestId('assign-start').click();
    const error = page.getByTestId('assign-error');
    await error.waitFor();
    expect(await error.getAttribute('data-code')).toBe('VALIDATION');
    expect(await error.textContent()).toContain('Tidak ada usaha dengan data lengkap');
    expect(await page.getByTestId('assign-stored-row').count()).toBe(1);
    expect(Number(await page.getByTestId('assign-result').getAttribute('data-round-id'))).toBe(secondRound);
    const run = await call(app, 'cluster:get', { runId });
    expect(run.projections.map((p) => p.round_id)).toEqual([secondRound]);
    await app.screenshot('terapkan-04-galat');
  });

  it('carries a run\'s kecamatan limit over to the other round when asked', async () => {
    const { page } = app;
    const demoRound = (await call(app, 'projects:current', {}))!.rounds.find((r) => r.id !== secondRound && r.id !== thirdRound)!.id;
    const facets = await call(app, 'businesses:facets', { roundId: demoRound });
    const purworejo = facets.kecamatan.find((k) => k.name === 'Purworejo')!;
    const limited = await call(app, 'cluster:run', {
      filter: { roundId: demoRound, kecamatan: [purworejo.code] }, features: ['omzet_tahunan', 'aset', 'tenaga_kerja', 'online', 'nib'].map((key) => ({ key })),
      k: 3, restarts: 2, stabilityRuns: 0, name: 'Model uji Purworejo',
    });
    // Leaving and coming back re-reads the saved runs.
    await page.getByTestId('nav-home').click();
    await page.getByTestId('nav-cluster').click();
    await page.getByTestId('cluster-tab-saved').click();
    await page.locator(`[data-testid="saved-run"][data-run-id="${limited.run_id}"]`).getByTestId('saved-run-open').click();
    await page.locator(`[data-testid="run-view"][data-run-id="${limited.run_id}"]`).waitFor();
    await scrollToTop(page, 'assign-panel');
    const same = page.getByTestId('assign-same-limits');
    expect(await same.isChecked()).toBe(true);
    expect(await page.locator('label', { has: same }).textContent()).toContain('kecamatan Purworejo');
    await page.getByTestId('assign-round-select').selectOption(String(secondRound));
    await page.getByTestId('assign-start').click();
    await page.locator(`[data-testid="assign-result"][data-round-id="${secondRound}"]`).waitFor({ timeout: 60_000 });
    await page.locator(`[data-testid="assign-stored-row"][data-round-id="${secondRound}"]`).waitFor();
    const run = await call(app, 'cluster:get', { runId: limited.run_id });
    const stored = run.projections[0]!;
    expect(stored.filter).toEqual({ roundId: secondRound, kecamatan: [purworejo.code] });
    const inPurworejo = Array.from({ length: 36 }, (_, i) => i).filter((i) => PLACES[i % PLACES.length]![0] === 'Purworejo');
    expect(stored.missing.rows_in).toBe(inPurworejo.length);
    expect(stored.rows).toBe(inPurworejo.filter((i) => !NO_ASSET_ROWS.has(i)).length);
    await expectPlacementShown(page, stored, run);
    expect(await page.getByTestId('assign-stored-row').textContent()).toContain('kecamatan Purworejo');
    await scrollToTop(page, 'assign-panel');
    await app.screenshot('terapkan-05-batas-kecamatan');
  });

  it('lists and shows the placement again after the project is reopened', async () => {
    const { page } = app;
    await page.getByTestId('nav-home').click();
    await page.getByTestId('recent-open').first().click();
    await page.getByTestId('project-name').waitFor();
    await page.getByTestId('nav-cluster').click();
    await page.getByTestId('cluster-tab-saved').click();
    await page.locator(`[data-testid="saved-run"][data-run-id="${runId}"]`).getByTestId('saved-run-open').click();
    await page.locator(`[data-testid="run-view"][data-run-id="${runId}"]`).waitFor();
    const storedRow = page.locator(`[data-testid="assign-stored-row"][data-round-id="${secondRound}"]`);
    await storedRow.waitFor();
    expect(await storedRow.getByTestId('assign-stored-show').isDisabled()).toBe(true);
    const run = await call(app, 'cluster:get', { runId });
    await expectPlacementShown(page, run.projections[0]!, run);
    await scrollToTop(page, 'assign-panel');
    await app.screenshot('terapkan-06-dibuka-ulang');
  });

  it('switches the section to English', async () => {
    const { page } = app;
    await page.getByTestId('language-select').selectOption('en');
    await expect.poll(() => page.locator('[data-testid="assign-panel"] .panel-title').textContent()).toBe('Apply to another round');
    expect(await page.getByTestId('assign-share-row').first().getByTestId('assign-change').textContent()).toMatch(/ pp$/);
    await scrollToTop(page, 'assign-result');
    await app.screenshot('terapkan-07-english');
    await page.getByTestId('language-select').selectOption('id');
    await expect.poll(() => page.getByTestId('nav-cluster').textContent()).toBe('Klaster');
  });

  it('shows no console error along the way', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
