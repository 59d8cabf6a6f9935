import type { SORTABLE_COLUMNS } from '../../../../shared/api/contract-data';
import type { BusinessRecord } from '../../../../shared/domain/business';
import type { MessageKey } from '../../i18n/dictionaries';
import type { Translate } from '../../i18n/I18nProvider';
import { formatCount, formatRupiah } from '../../components/format';

export type SortColumn = (typeof SORTABLE_COLUMNS)[number];

/** One column of the business table; widths in CSS pixels (the table scrolls sideways). */
export interface BusinessColumn {
  key: string;
  label: MessageKey;
  width: number;
  /** The server-side sort key, when the column can be sorted. */
  sort?: SortColumn;
  numeric?: boolean;
  render: (row: BusinessRecord, t: Translate) => string;
}

const text = (value: string | null) => value ?? '—';

export const BUSINESS_COLUMNS: readonly BusinessColumn[] = [
  { key: 'nama_pelaku', label: 'data.col.nama_pelaku', width: 190, sort: 'nama_pelaku', render: (r) => text(r.nama_pelaku) },
  { key: 'nama_usaha', label: 'data.col.nama_usaha', width: 190, sort: 'nama_usaha', render: (r) => text(r.nama_usaha) },
  { key: 'nik', label: 'data.col.nik', width: 150, render: (r) => text(r.nik) },
  { key: 'telepon', label: 'data.col.telepon', width: 130, render: (r) => text(r.telepon) },
  { key: 'kecamatan', label: 'data.col.kecamatan', width: 130, sort: 'kecamatan_name', render: (r) => text(r.kecamatan_name) },
  { key: 'kelurahan', label: 'data.col.kelurahan', width: 130, sort: 'kelurahan_name', render: (r) => text(r.kelurahan_name) },
  { key: 'bidang', label: 'data.col.bidang', width: 110, sort: 'bidang_usaha', render: (r, t) => (r.bidang_usaha ? t(`data.sector.${r.bidang_usaha}` as const) : '—') },
  { key: 'jenis', label: 'data.col.jenis', width: 170, sort: 'jenis_usaha', render: (r) => text(r.jenis_usaha) },
  { key: 'omzet_tahunan', label: 'data.col.omzet_tahunan', width: 160, sort: 'omzet_tahunan', numeric: true, render: (r) => formatRupiah(r.omzet_tahunan) },
  { key: 'aset', label: 'data.col.aset', width: 160, sort: 'aset', numeric: true, render: (r) => formatRupiah(r.aset) },
  { key: 'modal', label: 'data.col.modal', width: 160, sort: 'modal', numeric: true, render: (r) => formatRupiah(r.modal) },
  { key: 'tk', label: 'data.col.tk', width: 70, sort: 'tenaga_kerja', numeric: true, render: (r) => formatCount(r.tenaga_kerja) },
  { key: 'status', label: 'data.col.status', width: 100, sort: 'status', render: (r, t) => t(`data.status.${r.status}` as const) },
];

/** Width of the row-number column, in CSS pixels. */
export const ROW_NUMBER_WIDTH = 70;

/** Total width of a table row, in CSS pixels. */
export const TABLE_WIDTH = ROW_NUMBER_WIDTH + BUSINESS_COLUMNS.reduce((sum, c) => sum + c.width, 0);
