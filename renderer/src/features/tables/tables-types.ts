/** The area level every table of the Rekap & LQ screen is shown at. */
export type AreaLevel = 'kecamatan' | 'kelurahan';

/** The tabs of the screen, in order. */
export const TABLE_TABS = ['rekap', 'verifikasi', 'lq', 'indikator', 'ekspor'] as const;
export type TableTab = (typeof TABLE_TABS)[number];
