import type { MessageKey } from '../../i18n/dictionaries';
import type { Translate } from '../../i18n/I18nProvider';

/** Built-in features with a translated name; imported extra columns keep the name from the file. */
const FEATURE_KEYS: Record<string, MessageKey> = {
  omzet_tahunan: 'cluster.feature.omzet_tahunan',
  aset: 'cluster.feature.aset',
  modal: 'cluster.feature.modal',
  tenaga_kerja: 'cluster.feature.tenaga_kerja',
  umur_usaha: 'cluster.feature.umur_usaha',
  online: 'cluster.feature.online',
  nib: 'cluster.feature.nib',
  kemitraan: 'cluster.feature.kemitraan',
  bidang_usaha: 'cluster.feature.bidang_usaha',
  kelas_usaha: 'cluster.feature.kelas_usaha',
  jenis_kelompok: 'cluster.feature.jenis_kelompok',
};

/** The name of a feature in the UI language; `fallback` (the services' Indonesian label) otherwise. */
export function featureLabel(key: string, fallback: string, t: Translate): string {
  const messageKey = FEATURE_KEYS[key];
  return messageKey ? t(messageKey) : fallback;
}

/** A matrix column name (`omzet_tahunan`, `bidang_usaha=jasa`) in words. */
export function columnLabel(column: string, labels: Record<string, string>, t: Translate): string {
  const eq = column.indexOf('=');
  if (eq < 0) return featureLabel(column, labels[column] ?? column, t);
  const key = column.slice(0, eq);
  return `${featureLabel(key, labels[key] ?? key, t)} = ${column.slice(eq + 1)}`;
}
