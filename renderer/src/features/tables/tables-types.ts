import type { ExportTableKey } from '../../../../shared/api/contract-stats';

/** The area level every table of the Rekap & LQ screen is shown at. */
export type AreaLevel = 'kecamatan' | 'kelurahan';

/** The tabs of the screen, in order. */
export const TABLE_TABS = ['rekap', 'verifikasi', 'lq', 'indikator', 'ekspor'] as const;
export type TableTab = (typeof TABLE_TABS)[number];

/**
 * The exportable tables, in the services' order. Listed here rather than imported as a value so the
 * renderer bundle does not pull in the contract's schemas; the check below fails to compile when the
 * contract gains a table this list lacks.
 */
export const EXPORT_TABLE_KEYS = [
  'rekap_kecamatan', 'rekap_kelurahan', 'verifikasi', 'klasifikasi', 'statistik_kecamatan', 'lq_kecamatan', 'lq_kelurahan',
  'lq_kelurahan_jenis', 'sentra', 'indikator', 'kualitas_wilayah',
] as const satisfies readonly ExportTableKey[];

type UnlistedTable = Exclude<ExportTableKey, (typeof EXPORT_TABLE_KEYS)[number]>;
const exportTablesComplete: [UnlistedTable] extends [never] ? true : UnlistedTable = true;
