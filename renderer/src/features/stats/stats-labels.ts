import type { GroupByKey, GroupStatsRow, MeasureKey } from '../../../../shared/stats/table-types';
import type { QualityFlag } from '../../../../shared/stats/quality-rules';
import type { Translate } from '../../i18n/I18nProvider';
import { groupLabel, sizeClassLabel } from '../classify/classify-labels';

export const GROUP_BY_OPTIONS: readonly GroupByKey[] = ['kecamatan', 'kelurahan', 'bidang', 'jenis', 'size_class', 'band', 'pemasaran', 'nib'];

export function groupByLabel(t: Translate, by: GroupByKey): string {
  return t(`stats.by.${by}` as const);
}

export function measureLabel(t: Translate, key: MeasureKey): string {
  return t(`stats.measure.${key}` as const);
}

export function flagLabel(t: Translate, code: QualityFlag): string {
  return t(`stats.flag.${code}` as const);
}

/**
 * A group's name in the UI language: codes the app knows (sector, jenis group, size class, marketing,
 * NIB) are translated; area names and band labels are shown as the services wrote them.
 */
export function rowLabel(t: Translate, by: GroupByKey, row: Pick<GroupStatsRow, 'code' | 'label'>): string {
  switch (by) {
    case 'bidang':
      return row.code === 'perdagangan' || row.code === 'industri' || row.code === 'jasa' ? t(`data.sector.${row.code}` as const) : t('classify.unknown');
    case 'jenis':
      return groupLabel(t, row.code);
    case 'size_class':
      return row.code === 'mikro' || row.code === 'kecil' || row.code === 'menengah' || row.code === 'besar' ? sizeClassLabel(t, row.code) : t('classify.unknown');
    case 'pemasaran':
      return row.code === 'online' || row.code === 'offline' || row.code === 'keduanya' ? t(`stats.pemasaran.${row.code}` as const) : t('classify.unknown');
    case 'nib':
      return row.code === 'ada' || row.code === 'tidak' ? t(`stats.nib.${row.code}` as const) : t('classify.unknown');
    default:
      return row.label;
  }
}
