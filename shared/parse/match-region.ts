import type { Region } from '../domain/regions';
import { boundedEditDistance, foldWords } from './normalise-text';

/** The result of matching a name: never a guess — none and ambiguous are reported as problems. */
export type RegionMatch =
  | { kind: 'empty' }
  | { kind: 'exact'; region: Region }
  /** Matched within a small edit distance (`Pekucen` → Pekuncen); worth a note so a person can check. */
  | { kind: 'fuzzy'; region: Region }
  | { kind: 'none' }
  | { kind: 'ambiguous'; candidates: Region[] }
  /** A kelurahan that exists, but in another kecamatan than the row names. */
  | { kind: 'other_parent'; region: Region };

const PREFIX = /^(kecamatan|kec|kelurahan|kel|desa|ds|kalurahan|kampung|kota|kabupaten|kab)\s+/;

/** The comparison key of a region name: case, spaces, apostrophes, `Kec.`/`Kel.` prefixes ignored. */
export function regionKey(name: string): string {
  return foldWords(name).replace(PREFIX, '').replace(/ /g, '');
}

/** Edit distance allowed for a key of this length: none for short names, where one letter is another place. */
function allowedDistance(length: number): number {
  if (length <= 4) return 0;
  if (length <= 8) return 1;
  return 2;
}

const CODE = /^(\d{2})\.?(\d{2})\.?(\d{2})(?:\.?(\d{4}))?$/;

/**
 * Matches kecamatan and kelurahan names to Kemendagri codes within one area (a kab/kota, or every region
 * given). Results are cached by text, because a survey repeats the same few dozen names on every row.
 */
export class RegionMatcher {
  private readonly byCode = new Map<string, Region>();
  private readonly kecByKey = new Map<string, Region[]>();
  private readonly kelByKey = new Map<string, Region[]>();
  private readonly kelByParent = new Map<string, Region[]>();
  private readonly kecamatan: Region[] = [];
  private readonly kelurahan: Region[] = [];
  private readonly keyOf = new Map<Region, string>();
  private readonly cache = new Map<string, RegionMatch>();
  /** The kab/kota the matcher works in (for messages), when known. */
  area: Region | null = null;

  /** `scope` is a code prefix such as `35.75`; null takes every region given. */
  constructor(regions: readonly Region[], readonly scope: string | null) {
    for (const r of regions) {
      if (r.code === scope) this.area = r;
      if (r.level < 3) continue;
      if (scope !== null && !(r.code === scope || r.code.startsWith(`${scope}.`))) continue;
      const key = regionKey(r.name);
      this.keyOf.set(r, key);
      this.byCode.set(r.code, r);
      if (r.level === 3) {
        this.kecamatan.push(r);
        push(this.kecByKey, key, r);
      } else {
        this.kelurahan.push(r);
        push(this.kelByKey, key, r);
        if (r.parent_code) push(this.kelByParent, r.parent_code, r);
      }
    }
  }

  /** Matches a kecamatan name (or its code, `35.75.01` / `357501`). */
  matchKecamatan(text: string): RegionMatch {
    const cacheKey = `3|${text}`;
    const hit = this.cache.get(cacheKey);
    if (hit) return hit;
    const result = this.find(text, 3, this.kecByKey, this.kecamatan);
    this.cache.set(cacheKey, result);
    return result;
  }

  /**
   * Matches a kelurahan name, within its kecamatan when that is known (names repeat across kecamatan);
   * a name found only in another kecamatan is reported as `other_parent`.
   */
  matchKelurahan(text: string, kecamatanCode: string | null): RegionMatch {
    const cacheKey = `4|${kecamatanCode ?? ''}|${text}`;
    const hit = this.cache.get(cacheKey);
    if (hit) return hit;
    let result: RegionMatch;
    if (kecamatanCode === null) result = this.find(text, 4, this.kelByKey, this.kelurahan);
    else {
      const children = this.kelByParent.get(kecamatanCode) ?? [];
      const local = this.find(text, 4, groupByKey(children, this.keyOf), children);
      if (local.kind !== 'none') result = local;
      else {
        const anywhere = this.find(text, 4, this.kelByKey, this.kelurahan);
        result = anywhere.kind === 'exact' || anywhere.kind === 'fuzzy' ? { kind: 'other_parent', region: anywhere.region } : anywhere;
      }
    }
    this.cache.set(cacheKey, result);
    return result;
  }

  /** The region with this code, if it is in the matcher's area. */
  regionOf(code: string): Region | undefined {
    return this.byCode.get(code);
  }

  private find(text: string, level: 3 | 4, byKey: Map<string, Region[]>, all: readonly Region[]): RegionMatch {
    const trimmed = text.trim();
    if (trimmed === '' || trimmed === '-') return { kind: 'empty' };
    const code = CODE.exec(trimmed);
    if (code) {
      const dotted = [code[1], code[2], code[3], code[4]].filter(Boolean).join('.');
      const r = this.byCode.get(dotted);
      return r && r.level === level && all.includes(r) ? { kind: 'exact', region: r } : { kind: 'none' };
    }
    const key = regionKey(trimmed);
    if (key === '') return { kind: 'none' };
    const exact = byKey.get(key);
    if (exact && exact.length === 1) return { kind: 'exact', region: exact[0] };
    if (exact && exact.length > 1) return { kind: 'ambiguous', candidates: exact };
    const limit = allowedDistance(key.length);
    if (limit === 0) return { kind: 'none' };
    let best = limit + 1;
    let found: Region[] = [];
    for (const r of all) {
      const d = boundedEditDistance(key, this.keyOf.get(r) ?? '', Math.min(limit, best));
      if (d < best) {
        best = d;
        found = [r];
      } else if (d === best && d <= limit) found.push(r);
    }
    if (found.length === 1) return { kind: 'fuzzy', region: found[0] };
    if (found.length > 1) return { kind: 'ambiguous', candidates: found };
    return { kind: 'none' };
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function groupByKey(regions: readonly Region[], keyOf: Map<Region, string>): Map<string, Region[]> {
  const map = new Map<string, Region[]>();
  for (const r of regions) push(map, keyOf.get(r) ?? '', r);
  return map;
}

/**
 * The kab/kota (`PP.KK`) a file's place names belong to: the one whose kecamatan (weight 3) and kelurahan
 * (weight 1) names match the most distinct names exactly. Null when no name matches anywhere.
 */
export function detectRegionScope(regions: readonly Region[], kecamatanNames: Iterable<string>, kelurahanNames: Iterable<string>): string | null {
  const kecKeys = new Set([...kecamatanNames].map(regionKey).filter((k) => k !== ''));
  const kelKeys = new Set([...kelurahanNames].map(regionKey).filter((k) => k !== ''));
  if (kecKeys.size === 0 && kelKeys.size === 0) return null;
  const score = new Map<string, number>();
  for (const r of regions) {
    if (r.level < 3) continue;
    const wanted = r.level === 3 ? kecKeys : kelKeys;
    if (!wanted.has(regionKey(r.name))) continue;
    const kab = r.code.slice(0, 5);
    score.set(kab, (score.get(kab) ?? 0) + (r.level === 3 ? 3 : 1));
  }
  let best: string | null = null;
  let bestScore = 0;
  for (const [kab, s] of score) {
    if (s > bestScore || (s === bestScore && best !== null && kab < best)) {
      best = kab;
      bestScore = s;
    }
  }
  return best;
}
