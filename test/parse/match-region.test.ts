import { describe, expect, it } from 'vitest';
import { KOTA_PASURUAN_REGIONS, toRegion } from '../../shared/domain/regions';
import { detectRegionScope, RegionMatcher, regionKey } from '../../shared/parse/match-region';

const matcher = () => new RegionMatcher(KOTA_PASURUAN_REGIONS, '35.75');
const code = (m: ReturnType<RegionMatcher['matchKecamatan']>) => (m.kind === 'exact' || m.kind === 'fuzzy' ? m.region.code : m.kind);

describe('regionKey', () => {
  it('ignores case, spaces, apostrophes and Kec./Kel. prefixes', () => {
    expect(regionKey("Tapa'an")).toBe('tapaan');
    expect(regionKey('BUGULKIDUL')).toBe(regionKey('Bugul Kidul'));
    expect(regionKey('Kec. Panggung Rejo')).toBe('panggungrejo');
    expect(regionKey('Kel.  Bugul Lor')).toBe('bugullor');
  });
});

describe('RegionMatcher', () => {
  it.each([
    ['BUGULKIDUL', '35.75.03'],
    ['Bugulkidul', '35.75.03'],
    ['Panggung Rejo', '35.75.04'],
    ['  gadingrejo ', '35.75.01'],
    ['35.75.02', '35.75.02'],
    ['357502', '35.75.02'],
  ])('matches the kecamatan %s exactly to %s', (text, expected) => {
    const m = matcher().matchKecamatan(text);
    expect(m.kind).toBe('exact');
    expect(code(m)).toBe(expected);
  });

  it.each([
    ['Tapaan', '35.75.03', '35.75.03.1003'],
    ['Tambaan', '35.75.04', '35.75.04.1002'],
    ['Bugullor', '35.75.04', '35.75.04.1010'],
    ["TAPA'AN", '35.75.03', '35.75.03.1003'],
  ])('matches the kelurahan %s within its kecamatan', (text, kec, expected) => {
    expect(code(matcher().matchKelurahan(text, kec))).toBe(expected);
  });

  it('matches a small typo by edit distance and says it was a near match', () => {
    const m = matcher().matchKelurahan('Pekucen', '35.75.04');
    expect(m).toMatchObject({ kind: 'fuzzy', region: { code: '35.75.04.1009', name: 'Pekuncen' } });
    expect(matcher().matchKecamatan('Purworjo')).toMatchObject({ kind: 'fuzzy', region: { code: '35.75.02' } });
  });

  it('does not stretch short names: a typo in a 4-letter name is no match', () => {
    expect(matcher().matchKelurahan('Kepil', '35.75.03').kind).toBe('fuzzy');
    expect(matcher().matchKelurahan('Kapel', null).kind).not.toBe('exact');
  });

  it('resolves a name that is both a kecamatan and a kelurahan by the column it is in', () => {
    expect(code(matcher().matchKecamatan('Gadingrejo'))).toBe('35.75.01');
    expect(code(matcher().matchKelurahan('Gadingrejo', '35.75.01'))).toBe('35.75.01.1009');
    expect(code(matcher().matchKelurahan('Bugul Kidul', '35.75.03'))).toBe('35.75.03.1009');
  });

  it('reports a kelurahan that exists only in another kecamatan instead of choosing either', () => {
    expect(matcher().matchKelurahan('Bugul Lor', '35.75.01')).toMatchObject({ kind: 'other_parent', region: { code: '35.75.04.1010' } });
  });

  it('reports a name that matches nothing', () => {
    expect(matcher().matchKecamatan('Bangil').kind).toBe('none');
    expect(matcher().matchKelurahan('Sukamaju', '35.75.01').kind).toBe('none');
  });

  it('reports a name that matches two places as ambiguous, never a guess', () => {
    const regions = [toRegion('35.14', 'Kabupaten X'), toRegion('35.14.01', 'Satu'), toRegion('35.14.02', 'Dua'), toRegion('35.14.01.2001', 'Sukamaju'), toRegion('35.14.02.2001', 'Sukamaju')];
    const m = new RegionMatcher(regions, '35.14').matchKelurahan('Sukamaju', null);
    expect(m.kind).toBe('ambiguous');
    expect(m.kind === 'ambiguous' && m.candidates.map((r) => r.code)).toEqual(['35.14.01.2001', '35.14.02.2001']);
  });

  it('reports two equally near typo matches as ambiguous', () => {
    const regions = [toRegion('35.14.01', 'Karangrejo'), toRegion('35.14.02', 'Karangreja')];
    expect(new RegionMatcher(regions, '35.14').matchKecamatan('Karangrejx').kind).toBe('ambiguous');
  });

  it('treats an empty cell as no region without a problem', () => {
    expect(matcher().matchKecamatan('').kind).toBe('empty');
    expect(matcher().matchKelurahan('-', null).kind).toBe('empty');
  });
});

describe('detectRegionScope', () => {
  it('picks the kab/kota whose kecamatan names the file uses', () => {
    const regions = [
      ...KOTA_PASURUAN_REGIONS,
      toRegion('35.07', 'Kabupaten Malang'),
      toRegion('35.07.01', 'Donomulyo'),
      toRegion('35.07.02', 'Kalipare'),
      toRegion('35.07.01.2001', 'Kedungsalam'),
    ];
    expect(detectRegionScope(regions, ['DONOMULYO', 'Kalipare'], ['Kedungsalam'])).toBe('35.07');
    expect(detectRegionScope(regions, ['Bugulkidul'], [])).toBe('35.75');
    expect(detectRegionScope(regions, ['Atlantis'], [])).toBeNull();
  });
});
