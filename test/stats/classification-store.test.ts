import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureClassified, isClassificationStale } from '../../services/stats/classify-round';
import { hashSettings, loadClassificationSettings } from '../../services/stats/classification-settings';
import { listClassified, listUnclassified, summariseClassification } from '../../services/stats/classification-summary';
import { updateClassificationRules, updateDictionary } from '../../services/stats/rules-service';
import { DEFAULT_DICTIONARY } from '../../shared/classify/jenis-dictionary';
import { AppError } from '../../shared/api/result';
import { addBusinesses, makeStatsProject, times } from './fixture';

const M = 1_000_000_000;
let p: ReturnType<typeof makeStatsProject>;
beforeEach(() => {
  p = makeStatsProject();
});
afterEach(() => p.cleanup());

const classOf = (id: number) =>
  p.db.prepare('SELECT rule_set, rule_version, size_class, size_criterion, size_conflict, jenis_group, kbli_division, kbli_edition, turnover_band FROM business_classes WHERE business_id = ?').get(id) as Record<string, unknown>;

describe('stored classification', () => {
  it('stores per business the rule set and version, size class, deciding criterion, conflict, group, KBLI and band', () => {
    const [id] = addBusinesses(p.db, p.roundId, [{ omzet: 2 * M, periode: 'tahun', modal: 3 * M, jenis: 'Toko Kelontong' }]);
    ensureClassified(p.db, p.roundId);
    expect(classOf(id as number)).toEqual({
      rule_set: 'pp7-2021', rule_version: 'pp7-2021.1', size_class: 'mikro', size_criterion: 'penjualan', size_conflict: 1,
      jenis_group: 'pracangan', kbli_division: '47', kbli_edition: 'KBLI 2020', turnover_band: 'b4',
    });
  });

  it('recomputes a round with the new rule set before anything reads it again', () => {
    const [id] = addBusinesses(p.db, p.roundId, [{ tk: 7, omzet: 10_000_000 }]);
    ensureClassified(p.db, p.roundId);
    expect(classOf(id as number).size_class).toBe('mikro');
    updateClassificationRules(p.db, { rule_set: 'bps-workers' });
    // Every reader (tables, statistics, exports) goes through ensureClassified first.
    ensureClassified(p.db, p.roundId);
    expect(classOf(id as number)).toMatchObject({ rule_set: 'bps-workers', size_class: 'kecil', size_criterion: 'tenaga_kerja' });
  });

  it('reclassifies a business whose values changed, and only that one', () => {
    const [id, other] = addBusinesses(p.db, p.roundId, [{ omzet: 1_000_000, periode: 'bulan' }, { omzet: 1_000_000, periode: 'bulan' }]);
    ensureClassified(p.db, p.roundId);
    p.db.prepare("UPDATE business_classes SET jenis_label = 'penanda' WHERE business_id = ?").run(other);
    p.db.prepare('UPDATE businesses SET omzet_nilai = ? WHERE id = ?').run(300_000_000, id);
    ensureClassified(p.db, p.roundId);
    expect(classOf(id as number).size_class).toBe('kecil');
    expect((p.db.prepare('SELECT jenis_label FROM business_classes WHERE business_id = ?').get(other) as { jenis_label: string }).jenis_label).toBe('penanda');
  });

  it('classifies the whole round afresh when businesses are added', () => {
    addBusinesses(p.db, p.roundId, [{}]);
    ensureClassified(p.db, p.roundId);
    const hash = hashSettings(loadClassificationSettings(p.db));
    expect(isClassificationStale(p.db, p.roundId, hash)).toBe(false);
    const [added] = addBusinesses(p.db, p.roundId, [{ jenis: 'warkop' }]);
    expect(isClassificationStale(p.db, p.roundId, hash)).toBe(true);
    ensureClassified(p.db, p.roundId);
    expect(classOf(added as number).jenis_group).toBe('makanan_minuman');
  });

  it('does not go stale when only the verification status changes', () => {
    const [id] = addBusinesses(p.db, p.roundId, [{}]);
    ensureClassified(p.db, p.roundId);
    p.db.prepare("UPDATE businesses SET status = 'hilang', alasan_hilang = 'fiktif' WHERE id = ?").run(id);
    expect(isClassificationStale(p.db, p.roundId, hashSettings(loadClassificationSettings(p.db)))).toBe(false);
  });
});

describe('classification summary', () => {
  it('counts size classes, sectors, groups and bands of the counted businesses only', () => {
    addBusinesses(p.db, p.roundId, [
      ...times(3, { omzet: 5_000_000, periode: 'tahun', jenis: 'warkop', bidang: 'perdagangan' }),
      { omzet: 3 * M, periode: 'tahun', jenis: 'mebel jati', bidang: 'industri' },
      { omzet: null, jenis: 'jual pulsa dan token', bidang: 'jasa' },
      { omzet: null, jenis: 'ternak lele', bidang: null },
      { jenis: 'warkop', status: 'hilang', reason: 'meninggal' },
    ]);
    const s = summariseClassification(p.db, { roundId: p.roundId });
    expect(s.businesses).toBe(6);
    expect(s.size_class).toEqual({ mikro: 3, kecil: 1, menengah: 0, besar: 0, unknown: 2 });
    expect(s.sector).toEqual({ perdagangan: 3, industri: 1, jasa: 1, tidak_diketahui: 1 });
    expect(s.jenis).toMatchObject({ makanan_minuman: 3, mebel: 1, lainnya: 2 });
    expect(s.band).toMatchObject({ b1: 3, b5: 1, unknown: 2 });
    expect(s.above_micro).toBe(1);
    expect(s.size_rows.map((r) => r.label)).toEqual(['Mikro', 'Kecil', 'Menengah', 'Besar', 'Tidak diketahui']);
  });

  it('lists the "sudah naik kelas" candidates above the micro limits, largest turnover first', () => {
    addBusinesses(p.db, p.roundId, [
      { omzet: 3 * M, periode: 'tahun', nama: 'Sedang' },
      { omzet: 20 * M, periode: 'tahun', nama: 'Besar' },
      { omzet: 10_000_000, periode: 'tahun', nama: 'Kecil sekali' },
    ]);
    const page = listClassified(p.db, { filter: { roundId: p.roundId }, which: 'above_micro', offset: 0, limit: 10 });
    expect(page.total).toBe(2);
    expect(page.rows.map((r) => [r.nama_pelaku, r.size_class])).toEqual([['Besar', 'menengah'], ['Sedang', 'kecil']]);
  });
});

describe('the jenis usaha dictionary', () => {
  it('lists unclassified free text most frequent first, with the usual bidang as a hint', () => {
    addBusinesses(p.db, p.roundId, [
      ...times(3, { jenis: 'Ternak Lele', bidang: 'perdagangan' }),
      ...times(5, { jenis: 'budidaya jamur', bidang: 'industri' }),
      { jenis: 'budidaya  Jamur!', bidang: 'industri' },
      { jenis: 'warkop' },
      { jenis: null },
    ]);
    const u = listUnclassified(p.db, p.roundId);
    expect(u.rows.map((r) => [r.text, r.count, r.bidang])).toEqual([['budidaya jamur', 6, 'industri']]);
  });

  it('classifies with a keyword a user added, after saving the dictionary', () => {
    const [id] = addBusinesses(p.db, p.roundId, [{ jenis: 'budidaya jamur' }]);
    ensureClassified(p.db, p.roundId);
    expect(classOf(id as number).jenis_group).toBe('lainnya');
    updateDictionary(p.db, { entries: [...DEFAULT_DICTIONARY, { keyword: 'Jamur', label: 'Jamur', group: 'makanan_minuman', kbli: null }] });
    ensureClassified(p.db, p.roundId);
    expect(classOf(id as number).jenis_group).toBe('makanan_minuman');
    updateDictionary(p.db, { reset: true });
    ensureClassified(p.db, p.roundId);
    expect(classOf(id as number).jenis_group).toBe('lainnya');
  });

  it('refuses a dictionary with the same keyword twice', () => {
    const entry = { keyword: 'jamur', label: 'Jamur', group: 'lainnya' as const, kbli: null };
    expect(() => updateDictionary(p.db, { entries: [entry, { ...entry, keyword: 'JAMUR' }] })).toThrow(AppError);
  });
});
