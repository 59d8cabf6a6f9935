import type { SentenceLanguage } from '../cluster/format';
import { LOST_REASON_LABELS, type LostReason } from '../domain/verification';

/** The figures the Rekap's notes quote: counts of businesses. */
export interface RekapNoteFacts {
  /** Counted businesses without the value (their sums leave them out). */
  missing: { modal: number; aset: number; omzet: number; tenaga_kerja_lp: number };
  /** Businesses lost in the verification, by reason code, in the order the notes list them. */
  lost: Array<{ reason: string; count: number }>;
  /** Marked as duplicates by a user (not counted). */
  duplicates: number;
  /** Possible duplicates not reviewed yet (still counted). */
  possible_duplicates: number;
}

const LOCALES: Record<SentenceLanguage, string> = { id: 'id-ID', en: 'en-GB' };

const NOTES: Record<
  SentenceLanguage,
  { missing: (parts: string) => string; parts: Record<keyof RekapNoteFacts['missing'], string>; lost: (list: string) => string; duplicates: (n: string) => string; possible: (n: string) => string }
> = {
  id: {
    missing: (parts) => `Nilai kosong tidak dijumlahkan sebagai nol; usaha tanpa nilai: ${parts}.`,
    parts: { modal: 'modal', aset: 'aset', omzet: 'omzet', tenaga_kerja_lp: 'tenaga kerja L/P' },
    lost: (list) => `Tidak dihitung (hilang saat verifikasi): ${list}.`,
    duplicates: (n) => `Tidak dihitung (ditandai data dobel): ${n}.`,
    possible: (n) => `Masih dihitung, tetapi mungkin dobel (belum ditinjau): ${n}.`,
  },
  en: {
    missing: (parts) => `Empty values are not summed as zero; businesses without a value: ${parts}.`,
    parts: { modal: 'capital', aset: 'assets', omzet: 'turnover', tenaga_kerja_lp: 'workers L/P (men/women)' },
    lost: (list) => `Not counted (lost in the verification): ${list}.`,
    duplicates: (n) => `Not counted (marked as duplicate records): ${n}.`,
    possible: (n) => `Still counted, but possibly duplicates (not reviewed yet): ${n}.`,
  },
};

/** A lost reason's Indonesian label (the shared domain's); an unknown code as it is. */
function indonesianReason(reason: string): string {
  return LOST_REASON_LABELS[reason as LostReason] ?? reason;
}

/**
 * The Rekap's notes from their figures, in Bahasa Indonesia (the services' `notes`, printed under the
 * exported table) or English (the English screen), one template set for both: "Nilai kosong tidak
 * dijumlahkan sebagai nol; usaha tanpa nilai: aset 52, omzet 51." Counts follow the language (1.504 /
 * 1,504); `reasonLabel` names a lost reason (the Indonesian labels unless given).
 */
export function describeRekapNotes(facts: RekapNoteFacts, lang: SentenceLanguage = 'id', reasonLabel: (reason: string) => string = indonesianReason): string[] {
  const words = NOTES[lang];
  const count = (n: number) => n.toLocaleString(LOCALES[lang]);
  const notes: string[] = [];
  const missing = (Object.keys(words.parts) as Array<keyof RekapNoteFacts['missing']>)
    .filter((key) => facts.missing[key] > 0)
    .map((key) => `${words.parts[key]} ${count(facts.missing[key])}`);
  if (missing.length) notes.push(words.missing(missing.join(', ')));
  const lost = facts.lost.filter((l) => l.count > 0);
  if (lost.length) notes.push(words.lost(lost.map((l) => `${reasonLabel(l.reason)} ${count(l.count)}`).join(', ')));
  if (facts.duplicates > 0) notes.push(words.duplicates(count(facts.duplicates)));
  if (facts.possible_duplicates > 0) notes.push(words.possible(count(facts.possible_duplicates)));
  return notes;
}
