/**
 * Ordering and naming of per-area table rows. Businesses without a region are gathered under the
 * code '' and always come last, so the named areas read as in the seed's tables.
 */

/** The row name of the businesses that have no region. */
export const UNASSIGNED_AREA_NAME = '(tanpa wilayah)';

/** The header of an area column: 'KECAMATAN' or 'KELURAHAN'. */
export function areaHeader(by: 'kecamatan' | 'kelurahan'): string {
  return by === 'kecamatan' ? 'KECAMATAN' : 'KELURAHAN';
}

/** Sort order for area rows by code; the unassigned row ('') last. */
export function compareAreasByCode(a: { code: string }, b: { code: string }): number {
  return a.code === '' ? 1 : b.code === '' ? -1 : a.code.localeCompare(b.code);
}

/** Sort order for area rows alphabetically by name (Indonesian collation), then code; the unassigned row ('') last. */
export function compareAreasByName(a: { code: string; name: string }, b: { code: string; name: string }): number {
  return a.code === '' ? 1 : b.code === '' ? -1 : a.name.localeCompare(b.name, 'id') || a.code.localeCompare(b.code);
}

/**
 * The name shown for an area row: UNASSIGNED_AREA_NAME for code '', else the region's name, else
 * `fallback` (the code itself unless the caller wants otherwise).
 */
export function nameArea(code: string, regionName: string | undefined, fallback: string = code): string {
  return code === '' ? UNASSIGNED_AREA_NAME : (regionName ?? fallback);
}
