import { LOST_REASON_LABELS, LOST_REASONS, type LostReason } from '../../../../shared/domain/verification';
import type { Language } from '../../i18n/define-messages';

/** English labels of the seed's lost reasons; the Indonesian ones are the shared domain's. */
const LOST_REASON_LABELS_EN: Record<LostReason, string> = {
  tidak_lagi_usaha: 'No longer in business',
  pindah_alamat: 'Moved away',
  meninggal: 'Owner deceased',
  luar_kota: 'Lives outside the city',
  fiktif: 'Fictitious / not identifiable',
  data_dobel: 'Duplicate record',
};

/** True when a string is one of the seed's lost reasons. */
export function isLostReason(value: string): value is LostReason {
  return (LOST_REASONS as readonly string[]).includes(value);
}

/** A lost reason in words; an unknown one is shown as is. */
export function describeLostReason(reason: string, lang: Language): string {
  if (!isLostReason(reason)) return reason;
  return lang === 'en' ? LOST_REASON_LABELS_EN[reason] : LOST_REASON_LABELS[reason];
}
