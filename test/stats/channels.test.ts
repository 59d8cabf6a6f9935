import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServiceApi, type ServiceApi } from '../../services/handlers';
import { addBusinesses, makeStatsProject, times } from './fixture';

let p: ReturnType<typeof makeStatsProject>;
let api: ServiceApi;
beforeEach(() => {
  p = makeStatsProject();
  addBusinesses(p.db, p.roundId, [...times(3, { jenis: 'warkop' }), { jenis: 'budidaya jamur', omzet: 300_000_000, periode: 'bulan' }]);
  p.db.close();
  api = createServiceApi('cli');
  api.session.open(p.path, false);
});
afterEach(() => {
  api.close();
  p.cleanup();
});

describe('the stats channels through the API', () => {
  it('saves new rules, reclassifies, and reports them back with every rule set and its thresholds', async () => {
    const saved = await api.call('classify:saveRules', { rule_set: 'uu20-2008', bands: { mode: 'quantile', count: 4 } });
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    expect(saved.data.rule_set).toBe('uu20-2008');
    expect(saved.data.rule_description).toContain('UU 20/2008');
    expect(saved.data.rule_sets.map((r) => r.code)).toEqual(['pp7-2021', 'uu20-2008', 'bps-workers']);
    expect(saved.data.rule_sets[0]?.thresholds[0]).toMatchObject({ criterion: 'penjualan', mikro: 2_000_000_000, kecil: 15_000_000_000 });
    const summary = await api.call('classify:summary', { filter: { roundId: p.roundId } });
    expect(summary.ok && summary.data.rule_set).toBe('uu20-2008');
  });

  it('refuses turnover band bounds that do not rise, in Indonesian', async () => {
    const r = await api.call('classify:saveRules', { bands: { mode: 'fixed', upper: [50_000_000, 15_000_000] } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('naik berurutan') });
  });

  it('refuses a dictionary save without entries or reset', async () => {
    const r = await api.call('dictionary:save', {});
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('VALIDATION');
  });

  it('answers NOT_FOUND for a round the project does not have', async () => {
    const r = await api.call('tables:rekap', { filter: { roundId: 999 }, by: 'kecamatan' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('NOT_FOUND');
  });

  it('lists the unclassified text and the dictionary with its groups and KBLI edition', async () => {
    const u = await api.call('classify:unclassified', { roundId: p.roundId });
    expect(u.ok && u.data.rows.map((r) => r.text)).toEqual(['budidaya jamur']);
    const d = await api.call('dictionary:get', {});
    expect(d.ok && d.data.kbli_edition).toBe('KBLI 2020');
    expect(d.ok && d.data.is_default).toBe(true);
    expect(d.ok && d.data.groups.map((g) => g.code)).toContain('pracangan');
  });

  it('gives grouped statistics with Indonesian labels for every grouping', async () => {
    for (const by of ['kecamatan', 'kelurahan', 'bidang', 'jenis', 'size_class', 'band', 'pemasaran', 'nib'] as const) {
      const r = await api.call('stats:groupBy', { filter: { roundId: p.roundId }, by });
      expect(r.ok, by).toBe(true);
      if (r.ok) expect(r.data.total.count, by).toBe(4);
    }
  });
});
