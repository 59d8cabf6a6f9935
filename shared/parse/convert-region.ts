import type { Region } from '../domain/regions';
import type { IssueSink } from './issue-sink';
import type { RegionMatch, RegionMatcher } from './match-region';

function describe(candidates: readonly Region[]): string {
  const shown = candidates.slice(0, 4).map((r) => `${r.name} (${r.code})`).join(', ');
  return candidates.length > 4 ? `${shown}, dan ${candidates.length - 4} lainnya` : shown;
}

function scopeText(matcher: RegionMatcher): string {
  if (matcher.scope === null) return 'daftar wilayah proyek';
  return `daftar wilayah ${matcher.area ? matcher.area.name : matcher.scope}`;
}

/** Reports a failed match; returns the matched region for exact and fuzzy results. */
function report(match: RegionMatch, text: string, level: 'kecamatan' | 'kelurahan', matcher: RegionMatcher, sink: IssueSink): Region | null {
  switch (match.kind) {
    case 'empty':
      return null;
    case 'exact':
      return match.region;
    case 'fuzzy':
      sink.add('wilayah_ejaan', level, `"${text}" dibaca sebagai ${match.region.name} (ejaan mirip).`);
      return match.region;
    case 'none':
      sink.add('wilayah_tidak_dikenal', level, `${level} "${text}" tidak ditemukan di ${scopeText(matcher)}; dibiarkan kosong.`);
      return null;
    case 'ambiguous':
      sink.add('wilayah_ambigu', level, `${level} "${text}" cocok dengan lebih dari satu wilayah: ${describe(match.candidates)}; tidak dipilih.`);
      return null;
    case 'other_parent':
      sink.add('wilayah_tidak_cocok', level, `kelurahan "${text}" berada di kecamatan lain (${match.region.parent_code}), bukan di kecamatan yang disebut; kelurahan dibiarkan kosong.`);
      return null;
  }
}

/**
 * Kecamatan and kelurahan codes of a row. The kelurahan is looked up within the row's kecamatan (names
 * repeat across kecamatan); when the kecamatan is empty or unknown, a kelurahan that matches exactly one
 * place gives both codes. Nothing is guessed: no match or several matches are reported.
 */
export function readRegions(kecText: string, kelText: string, matcher: RegionMatcher, sink: IssueSink): { kecamatan_code: string | null; kelurahan_code: string | null } {
  const kec = report(matcher.matchKecamatan(kecText), kecText, 'kecamatan', matcher, sink);
  const kelMatch = matcher.matchKelurahan(kelText, kec ? kec.code : null);
  const kel = report(kelMatch, kelText, 'kelurahan', matcher, sink);
  if (kec) return { kecamatan_code: kec.code, kelurahan_code: kel ? kel.code : null };
  if (kel && kel.parent_code) return { kecamatan_code: kel.parent_code, kelurahan_code: kel.code };
  return { kecamatan_code: null, kelurahan_code: null };
}
