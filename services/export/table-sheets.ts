import type { SheetColumn, SheetModel, Cell } from './sheet-model';
import type { GroupStatsResult, IndicatorsTable, LqTable, RekapColumnKey, RekapLine, RekapTable, ShareOf, VerifikasiTable } from '../../shared/stats/table-types';
import { areaHeader } from '../../shared/stats/area-order';
import type { ClassificationSummary } from '../../shared/classify/classification-types';
import type { AreaFlag } from '../../shared/stats/quality-rules';

/** How each Rekap column is written; the headers and their order are the table's own (`RekapTable.columns`). */
const REKAP_COLUMN_FORMATS: Record<RekapColumnKey, Omit<SheetColumn, 'header'>> = {
  no: { kind: 'int', width: 5 },
  uraian: { kind: 'text', width: 44 },
  jumlah_data: { kind: 'int' },
  modal: { kind: 'rupiah' },
  aset: { kind: 'rupiah' },
  omzet_bulan: { kind: 'rupiah' },
  tenaga_kerja_l: { kind: 'int', group: 'JUMLAH TENAGA KERJA' },
  tenaga_kerja_p: { kind: 'int', group: 'JUMLAH TENAGA KERJA' },
};

/** The Rekap in the seed's layout, with "JUMLAH TENAGA KERJA" over L and P. */
export function rekapSheet(t: RekapTable, name: string): SheetModel {
  const line = (l: RekapLine): Cell[] => t.columns.map((c) => l[c.key]);
  return {
    name,
    title: t.title,
    columns: t.columns.map((c) => ({ header: c.label, ...REKAP_COLUMN_FORMATS[c.key] })),
    rows: t.rows.map(line),
    total: line(t.total),
    notes: t.notes,
  };
}

/** Data Awal, Data Hasil Valid, Data Hilang and each reason, per area. */
export function verifikasiSheet(t: VerifikasiTable): SheetModel {
  const line = (r: VerifikasiTable['total'], no: number | null): Cell[] => [
    no, r.name, r.data_awal, r.valid, r.hilang, ...t.reasons.map((x) => r.hilang_by_reason[x.code] ?? 0), r.belum_diverifikasi, r.temuan_lapangan, r.jumlah_rekap,
  ];
  return {
    name: 'Verifikasi',
    title: [`Hasil verifikasi per ${t.by}`],
    columns: [
      { header: 'NO', kind: 'int', width: 5 },
      { header: areaHeader(t.by), kind: 'text', width: 28 },
      { header: 'DATA AWAL', kind: 'int' },
      { header: 'DATA HASIL VALID', kind: 'int' },
      { header: 'DATA HILANG', kind: 'int' },
      ...t.reasons.map((r) => ({ header: r.label, kind: 'int' as const, group: 'DATA HILANG MENURUT ALASAN' })),
      { header: 'BELUM DIVERIFIKASI', kind: 'int' },
      { header: 'TEMUAN LAPANGAN', kind: 'int' },
      { header: 'JUMLAH DALAM REKAP', kind: 'int' },
    ],
    rows: t.rows.map((r, i) => line(r, i + 1)),
    total: line(t.total, null),
    notes: ['Data Awal = Data Hasil Valid + Data Hilang + Belum diverifikasi. Jumlah dalam Rekap = valid + belum diverifikasi + temuan lapangan.'],
  };
}

/** The sector × area cross-table with counts, workers, turnover and both location quotients. */
export function lqSheet(t: LqTable, name: string): SheetModel {
  return {
    name,
    title: [`Location quotient ${t.sector_kind === 'bidang' ? 'bidang usaha' : 'kelompok jenis usaha'} per ${t.by}`],
    columns: [
      { header: 'KODE', kind: 'text', width: 16 },
      { header: areaHeader(t.by), kind: 'text', width: 24 },
      { header: 'SEKTOR', kind: 'text', width: 30 },
      { header: 'JUMLAH USAHA', kind: 'int' },
      { header: 'LQ (JUMLAH USAHA)', kind: 'decimal' },
      { header: 'TENAGA KERJA', kind: 'int' },
      { header: 'LQ (TENAGA KERJA)', kind: 'decimal' },
      { header: 'OMZET PER TAHUN', kind: 'rupiah' },
      { header: 'SEKTOR BASIS (LQ > 1)', kind: 'text' },
      { header: 'SEKTOR DOMINAN', kind: 'text' },
    ],
    rows: t.rows.map((r) => {
      const area = t.areas.find((a) => a.code === r.code);
      return [r.code, r.name, r.sector_label, r.count, r.lq, r.workers, r.lq_workers, r.omzet_tahunan,
        r.lq !== null && r.lq > 1 ? 'ya' : 'tidak', area?.dominant_sector === r.sector ? 'ya' : ''];
    }),
    total: ['', 'Jumlah', '', t.total.count, null, t.total.workers, null, t.total.omzet_tahunan, '', ''],
    notes: [
      'LQ = (e_ij / e_j) / (E_i / E); pembanding: seluruh wilayah yang difilter. LQ > 1 = sektor basis.',
      ...(t.excluded ? [`Tidak dihitung karena wilayah atau sektornya kosong: ${t.excluded} usaha.`] : []),
    ],
  };
}

/** Sentra candidates: a jenis usaha concentrated in a kelurahan. */
export function sentraSheet(t: LqTable): SheetModel {
  return {
    name: 'Calon Sentra',
    title: ['Calon sentra: jenis usaha yang terkonsentrasi di kelurahan'],
    columns: [
      { header: 'KELURAHAN', kind: 'text', width: 22 },
      { header: 'KECAMATAN', kind: 'text', width: 18 },
      { header: 'JENIS USAHA', kind: 'text', width: 24 },
      { header: 'KELOMPOK', kind: 'text', width: 28 },
      { header: 'JUMLAH USAHA', kind: 'int' },
      { header: 'LQ', kind: 'decimal' },
      { header: 'PANGSA DI KELURAHAN (%)', kind: 'percent' },
    ],
    rows: t.sentra.map((s) => [s.kelurahan_name, s.kecamatan_name, s.jenis_label, s.group_label, s.count, s.lq, s.share]),
    notes: [`Syarat: paling sedikit ${t.sentra_rule.min_count} usaha dan LQ paling kecil ${t.sentra_rule.min_lq}.`],
  };
}

const shareCells = (s: ShareOf): Cell[] => [s.count, s.share];

/** Single-round indicators per area. */
export function indicatorsSheet(t: IndicatorsTable): SheetModel {
  const line = (r: IndicatorsTable['total']): Cell[] => [r.name, r.businesses, ...shareCells(r.nib), ...shareCells(r.kemitraan), ...shareCells(r.online), ...shareCells(r.above_micro)];
  const pair = (group: string) => [
    { header: 'Jumlah', kind: 'int' as const, group },
    { header: '%', kind: 'percent' as const, group },
  ];
  return {
    name: 'Indikator',
    title: [`Indikator satu putaran per ${t.by}`],
    columns: [
      { header: areaHeader(t.by), kind: 'text', width: 24 },
      { header: 'JUMLAH USAHA', kind: 'int' },
      ...pair('MEMILIKI SKU/NIB'),
      ...pair('KEMITRAAN'),
      ...pair('PEMASARAN ONLINE'),
      ...pair('DI ATAS BATAS MIKRO'),
    ],
    rows: t.rows.map(line),
    total: line(t.total),
    notes: ['Persentase dihitung dari usaha yang nilainya diketahui.'],
  };
}

/** Counts by size class, bidang, jenis group and turnover band, one block under another. */
export function classificationSheet(s: ClassificationSummary): SheetModel {
  const rows: Cell[][] = [];
  const block = (title: string, list: Array<{ label: string; count: number; share: number }>) => {
    rows.push([title, null, null]);
    for (const r of list) rows.push([`  ${r.label}`, r.count, r.share]);
  };
  block('Kelas usaha', s.size_rows);
  block('Bidang usaha', s.sector_rows);
  block('Kelompok jenis usaha', s.jenis_rows);
  block('Kelompok omzet (per tahun)', s.band_rows);
  return {
    name: 'Klasifikasi',
    title: ['Klasifikasi usaha'],
    columns: [
      { header: 'URAIAN', kind: 'text', width: 40 },
      { header: 'JUMLAH USAHA', kind: 'int' },
      { header: '%', kind: 'percent' },
    ],
    rows,
    total: ['Jumlah', s.businesses, 1],
    notes: [`Kriteria berbeda (konflik): ${s.conflicts} usaha. Di atas batas mikro: ${s.above_micro} usaha.`],
  };
}

/** Turnover, assets and capital statistics per group. */
export function statsSheet(t: GroupStatsResult, name: string): SheetModel {
  const keys = ['omzet_bulanan', 'aset', 'modal'] as const;
  const cells = (r: GroupStatsResult['total']): Cell[] => [
    r.label, r.count, r.share,
    ...keys.flatMap((k) => {
      const d = r.stats[k];
      return [d.n, d.missing, d.mean, d.median, d.q1, d.q3, d.sd, d.min, d.max];
    }),
  ];
  const stat = ['n', 'kosong', 'rata-rata', 'median', 'kuartil 1', 'kuartil 3', 'simpangan baku', 'min', 'maks'];
  const labels = { omzet_bulanan: 'OMZET PER BULAN', aset: 'ASET', modal: 'MODAL' };
  return {
    name,
    title: [`Statistik per ${t.by_label.toLowerCase()}`],
    columns: [
      { header: t.by_label.toUpperCase(), kind: 'text', width: 24 },
      { header: 'JUMLAH USAHA', kind: 'int' },
      { header: '%', kind: 'percent' },
      ...keys.flatMap((k) => stat.map((h, i) => ({ header: h, kind: i < 2 ? ('int' as const) : ('rupiah' as const), group: labels[k] }))),
    ],
    rows: t.rows.map(cells),
    total: cells(t.total),
    notes: ['Kuartil tipe 7 (seperti R), simpangan baku sampel (n - 1). Nilai kosong tidak dihitung sebagai nol.'],
  };
}

/** The area-level turnover check. */
export function areaQualitySheet(areas: AreaFlag[]): SheetModel {
  return {
    name: 'Kualitas Wilayah',
    title: ['Pemeriksaan omzet per wilayah (dibanding wilayah sekitarnya)'],
    columns: [
      { header: 'WILAYAH', kind: 'text', width: 22 },
      { header: 'JUMLAH USAHA', kind: 'int' },
      { header: 'RATA-RATA OMZET/BULAN', kind: 'rupiah' },
      { header: 'MEDIAN OMZET/BULAN', kind: 'rupiah' },
      { header: 'RASIO RATA-RATA', kind: 'decimal' },
      { header: 'RASIO MEDIAN', kind: 'decimal' },
      { header: 'PANGSA OMZET (%)', kind: 'percent' },
      { header: 'OMZET TAMPAK SALAH PERIODE (%)', kind: 'percent' },
      { header: 'CATATAN', kind: 'text', width: 60 },
    ],
    rows: areas.map((a) => [a.name, a.businesses, a.mean_omzet_bulanan === null ? null : Math.round(a.mean_omzet_bulanan),
      a.median_omzet_bulanan === null ? null : Math.round(a.median_omzet_bulanan), a.ratio_mean, a.ratio_median, a.share_of_total, a.period_share, a.message ?? '']),
    notes: ['Rasio = nilai wilayah dibagi median wilayah lain dalam induk yang sama; ditandai bila 5 kali atau lebih, atau bila 10% usahanya atau lebih mencatat omzet yang tampak salah periode.'],
  };
}
