import Papa from 'papaparse';
import { DEMO_KECAMATAN_SPELLINGS, DEMO_KELURAHAN_SPELLINGS } from '../../services/demo/mess-format';
import { DEMO_SURVEY_HEADER } from '../../services/demo/generate-survey';

/** A demo CSV parsed back into objects keyed by header label, the way an importer would see it. */
export function parseSurveyCsv(text: string): Array<Record<string, string>> {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  if (parsed.errors.length > 0) throw new Error(`CSV tidak terbaca: ${parsed.errors[0]?.message}`);
  return parsed.data;
}

/** Undoes the deliberate wild spellings, so counts per region can be compared with the plan. */
export function officialName(name: string, level: 'kecamatan' | 'kelurahan'): string {
  const spellings = level === 'kecamatan' ? DEMO_KECAMATAN_SPELLINGS : DEMO_KELURAHAN_SPELLINGS;
  const found = Object.entries(spellings).find(([, wild]) => wild === name);
  return found ? found[0] : name;
}

/** Counts rows per value of `key(row)`. */
export function countBy<T>(rows: readonly T[], key: (row: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const row of rows) {
    const k = key(row);
    out[k] = (out[k] ?? 0) + 1;
  }
  return out;
}

export const LABEL = {
  nik: 'NIK', kk: 'Nomor KK', kelurahan: 'Kelurahan', kecamatan: 'Kecamatan', bidang: 'Bidang Usaha',
  omzet: 'Omzet per Bulan (Rp)', aset: 'Aset Usaha (Rp)', modal: 'Modal (Rp)', status: 'Status Verifikasi',
  alasan: 'Alasan Hilang', sumber: 'Sumber Data', telepon: 'Telepon/HP', nama: 'Nama Pelaku Usaha',
} as const;

// Fail loudly if the header ever drifts from the labels these tests use.
for (const label of Object.values(LABEL)) {
  if (!DEMO_SURVEY_HEADER.includes(label)) throw new Error(`Header tanpa kolom ${label}`);
}
