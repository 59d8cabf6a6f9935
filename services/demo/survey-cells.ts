import { SECTOR_LABELS, SECTORS, type MarketingChannel } from '../../shared/domain/business';
import { FIELD_LABELS, type FieldKey } from '../../shared/domain/fields';
import type { DemoRecord } from './generate-record';
import {
  DEMO_KECAMATAN_SPELLINGS, DEMO_KELURAHAN_SPELLINGS, formatMoneyAsText, formatNikAsExcel,
} from './mess-format';
import { MESS } from './messes';

/** The demo's columns, in the survey form's order (000:183-200) with the recap's extra fields. */
export const DEMO_SURVEY_FIELDS = [
  'nama_pelaku', 'nama_usaha', 'nik', 'no_kk', 'alamat', 'rt', 'rw', 'kelurahan', 'kecamatan',
  'bidang_usaha', 'jenis_usaha', 'telepon', 'nib', 'omzet_bulanan', 'aset', 'modal', 'pemasaran',
  'tenaga_kerja_l', 'tenaga_kerja_p', 'kemitraan', 'tahun_mulai', 'status', 'alasan_hilang', 'sumber',
] as const satisfies readonly FieldKey[];
export type DemoSurveyField = (typeof DEMO_SURVEY_FIELDS)[number];

/** The header row: exactly the FIELD_LABELS texts of DEMO_SURVEY_FIELDS. */
export const DEMO_SURVEY_HEADER: readonly string[] = DEMO_SURVEY_FIELDS.map((key) => FIELD_LABELS[key]);

/** How the demo writes a marketing channel (as on paper forms). */
export const DEMO_MARKETING_TEXT: Record<MarketingChannel, string> = {
  offline: 'Offline',
  online: 'Online',
  keduanya: 'Online & Offline',
};

function writeMoney(value: number, textFlag: number, flags: number, preferShort: boolean): string {
  return (flags & textFlag) !== 0 ? formatMoneyAsText(value, preferShort) : String(value);
}

/** The CSV cells of a record, in DEMO_SURVEY_FIELDS order, with the row's messes (MESS flags) applied. */
export function writeSurveyCells(record: DemoRecord, flags: number): string[] {
  const has = (flag: number): boolean => (flags & flag) !== 0;
  const preferShort = record.index % 2 === 0;

  let nik = record.nik;
  if (has(MESS.nikApostrophe)) nik = `'${nik}`;
  else if (has(MESS.nikExcel)) nik = formatNikAsExcel(nik);

  let kelurahan = record.kelurahanName;
  let kecamatan = record.kecamatanName;
  if (has(MESS.regionSpelling)) {
    const wildKel = DEMO_KELURAHAN_SPELLINGS[kelurahan];
    if (wildKel !== undefined) kelurahan = wildKel;
    else kecamatan = DEMO_KECAMATAN_SPELLINGS[kecamatan] ?? kecamatan;
  }

  const turnover = has(MESS.yearlyTurnover) ? record.omzetBulanan * 12 : record.omzetBulanan;
  const sector = has(MESS.sectorCode) ? String(SECTORS.indexOf(record.sector) + 1) : SECTOR_LABELS[record.sector];

  return [
    record.namaPelaku,
    record.namaUsaha,
    nik,
    record.noKk,
    record.alamat,
    record.rt,
    record.rw,
    kelurahan,
    kecamatan,
    sector,
    record.jenisUsaha,
    record.telepon,
    record.nib,
    has(MESS.missingTurnover) ? '' : writeMoney(turnover, MESS.textTurnover, flags, preferShort),
    has(MESS.missingAssets) ? '' : writeMoney(record.aset, MESS.textAssets, flags, preferShort),
    writeMoney(record.modal, MESS.textCapital, flags, preferShort),
    DEMO_MARKETING_TEXT[record.pemasaran],
    String(record.tenagaKerjaL),
    String(record.tenagaKerjaP),
    record.kemitraan ? 'Ya' : 'Tidak',
    String(record.tahunMulai),
    record.status,
    record.alasanHilang ?? '',
    record.sumber,
  ];
}
