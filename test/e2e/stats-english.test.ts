import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeAreaFlag, describeRecordFlag } from '../../shared/stats/quality-sentences';
import { describeRuleSet } from '../../shared/classify/settings';
import { callApi, startApp, type E2eApp } from './harness';

/**
 * The sentences the services write (quality flags, the classification rule, the Rekap's notes) follow
 * the UI language: in English the screens write them from the figures the services send, and in
 * Bahasa Indonesia they read as the services' own sentences.
 */

/** Words of the services' Indonesian sentences that an English sentence never has. */
const INDONESIAN = /\b(usaha|omzet|dicatat|tetapi|menurut|versi|wilayah|periksa|tidak|dihitung)\b/i;

const call = callApi;

describe('generated sentences on the English screens', { timeout: 180_000 }, () => {
  let app: E2eApp;
  let roundId = 0;

  beforeAll(async () => {
    app = await startApp();
    await app.page.getByTestId('open-demo').click();
    await app.page.getByTestId('project-name').waitFor();
    roundId = (await call(app, 'projects:current', {}))!.rounds[0]!.id;
  }, 180_000);
  afterAll(async () => {
    await app?.stop();
  });

  it('writes the quality flags and the area check in English from the figures the services send', async () => {
    const { page } = app;
    await page.getByTestId('language-select').selectOption('en');
    await expect.poll(() => page.getByTestId('nav-stats').textContent()).toBe('Statistics');
    await page.getByTestId('nav-stats').click();
    await page.waitForSelector('[data-testid="quality-panel"][aria-busy="false"] [data-testid="flagged-row"]');
    // The same page of flags the panel asks for.
    const report = await call(app, 'quality:flags', { filter: { roundId }, offset: 0, limit: 25 });
    const row = report.records.rows[0]!;
    const shown = await page
      .locator(`[data-testid="flagged-row"][data-id="${row.id}"] [data-testid="flag-message"]`)
      .evaluateAll((spans) => spans.map((s) => ({ code: s.getAttribute('data-code'), text: s.textContent ?? '' })));
    expect(shown.map((s) => s.code)).toEqual(row.flags.map((f) => f.code));
    for (const [i, flag] of row.flags.entries()) {
      const text = shown[i]!.text;
      expect(text).toBe(describeRecordFlag(flag, 'en'));
      expect(text).not.toBe(flag.message);
      expect(text).not.toMatch(INDONESIAN);
    }
    const area = report.areas.kecamatan.find((a) => a.flagged)!;
    const alert = (await page.locator(`[data-testid="area-flag-message"][data-code="${area.code}"]`).textContent()) ?? '';
    expect(alert).toContain(describeAreaFlag(area.name, area.reason!, 'en'));
    expect(alert).toContain('check the unit');
    expect(alert).not.toMatch(INDONESIAN);
    await page.getByTestId('area-flags').scrollIntoViewIfNeeded();
    await app.screenshot('stats-english-01-kualitas');
    await page.getByTestId('flagged-table').scrollIntoViewIfNeeded();
    await app.screenshot('stats-english-02-tanda');
  });

  it('names the classification rule in English under the statistics, on Klasifikasi and under the indicators', async () => {
    const { page } = app;
    const stats = await call(app, 'stats:groupBy', { filter: { roundId }, by: 'kecamatan' });
    const rule = describeRuleSet(stats.rule, 'en');
    expect(rule).not.toBe(stats.rule_description);
    const note = (await page.getByTestId('stats-rule-note').textContent()) ?? '';
    expect(note).toContain(rule);
    expect(note).not.toContain(stats.rule_description);
    await page.getByTestId('nav-classify').click();
    await expect.poll(() => page.getByTestId('classify-rule-description').textContent()).toContain(rule);
    await expect.poll(() => page.getByTestId('classify-summary-rule').textContent()).toBe(rule);
    await app.screenshot('stats-english-03-klasifikasi');
    await page.getByTestId('nav-tables').click();
    await page.getByTestId('tables-tab-indikator').click();
    await expect.poll(() => page.getByTestId('indicators-note').textContent()).toContain(rule);
  });

  it('writes the Rekap notes in English, and the services’ Indonesian notes again in Bahasa Indonesia', async () => {
    const { page } = app;
    const rekap = await call(app, 'tables:rekap', { filter: { roundId }, by: 'kecamatan' });
    expect(rekap.notes.length).toBeGreaterThan(0);
    await page.getByTestId('tables-tab-rekap').click();
    const notes = page.locator('[data-testid="rekap-panel"][aria-busy="false"] [data-testid="rekap-notes"] li');
    await notes.first().waitFor();
    const english = await notes.allTextContents();
    // The services' notes, then the screen's own source line.
    expect(english).toHaveLength(rekap.notes.length + 1);
    for (const line of english) expect(line).not.toMatch(INDONESIAN);
    expect(english.join(' ')).toContain('Not counted (lost in the verification)');
    await page.getByTestId('rekap-notes').scrollIntoViewIfNeeded();
    await app.screenshot('stats-english-04-rekap');
    await page.getByTestId('language-select').selectOption('id');
    await expect.poll(async () => (await notes.allTextContents()).slice(0, rekap.notes.length)).toEqual(rekap.notes);
  });

  it('shows the services’ own Indonesian flag sentences in Bahasa Indonesia', async () => {
    const { page } = app;
    await page.getByTestId('nav-stats').click();
    await page.waitForSelector('[data-testid="quality-panel"][aria-busy="false"] [data-testid="flagged-row"]');
    const report = await call(app, 'quality:flags', { filter: { roundId }, offset: 0, limit: 25 });
    const row = report.records.rows[0]!;
    const shown = await page.locator(`[data-testid="flagged-row"][data-id="${row.id}"] [data-testid="flag-message"]`).allTextContents();
    expect(shown).toEqual(row.flags.map((f) => f.message));
  });

  it('runs without console errors', () => {
    expect(app.pageErrors).toEqual([]);
  });
});
