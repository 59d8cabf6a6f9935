import type { ClusterProjectionView, ClusterRunDetail } from '../../shared/api/contract-cluster';
import type { VariableSummary } from '../../shared/cluster/profiles';
import { SECTORS, SECTOR_LABELS } from '../../shared/domain/business';
import type { Cell, SheetBlock, SheetColumn } from './sheet-model';

/**
 * The tables of a cluster-run export, built from `cluster:get`'s answer only, so the workbook says
 * exactly what the Klaster screen shows. Clusters are numbered from 1 as on the screen.
 */

/** A table written into a sheet; sheets may hold several, one under another. */
export interface ExportSheet {
  name: string;
  blocks: SheetBlock[];
}

/** Validity indices to 3 decimals (as on the screen); the cell keeps every digit. */
export const INDEX_FORMAT = '0.000';
/** A change in percentage points, always signed. */
const POINTS_FORMAT = '+0.0;-0.0;0.0';

const clusterNo = (cluster: number) => cluster + 1;

/** "Klaster 2: Pedagang kecil offline" — the names the run has now (edited or generated). */
export function clusterHeading(run: ClusterRunDetail, cluster: number): string {
  const label = run.clusters.find((c) => c.cluster === cluster)?.label;
  return label ? `Klaster ${clusterNo(cluster)}: ${label}` : `Klaster ${clusterNo(cluster)}`;
}

const STAT_HEADERS = ['n', 'kosong', 'min', 'kuartil 1', 'median', 'kuartil 3', 'maks', 'rata-rata'];
const statCells = (s: VariableSummary | null): Cell[] =>
  s ? [s.n, s.missing, s.min, s.q1, s.median, s.q3, s.max, s.mean] : [0, null, null, null, null, null, null, null];

/** The profile variables in the order of the screen: Rupiah ones, then workers. */
const VARIABLES = [
  ['omzet_tahunan', 'OMZET PER TAHUN (Rp)', 'rupiah'],
  ['aset', 'ASET USAHA (Rp)', 'rupiah'],
  ['modal', 'MODAL USAHA (Rp)', 'rupiah'],
  ['tenaga_kerja', 'TENAGA KERJA (orang)', 'decimal'],
] as const;

/** Column positions of the profile sheet the tests and the e2e read back. */
export const PROFILE_COLUMNS = { cluster: 0, label: 1, generated: 2, size: 3, share: 4, firstStat: 5 } as const;

/** One row per cluster: names, size and share, the box figures of each variable, shares online and with NIB, sector mix, top kelurahan. */
export function profileBlock(run: ClusterRunDetail): SheetBlock {
  const sectors = [...SECTORS.map((s) => ({ key: s as string | null, label: SECTOR_LABELS[s] })), { key: null, label: 'Tidak diketahui' }];
  const columns: SheetColumn[] = [
    { header: 'KLASTER', kind: 'int', width: 9 },
    { header: 'NAMA KLASTER', kind: 'text', width: 34 },
    { header: 'NAMA OTOMATIS', kind: 'text', width: 34 },
    { header: 'JUMLAH USAHA', kind: 'int' },
    { header: 'PANGSA (%)', kind: 'percent' },
    ...VARIABLES.flatMap(([, group, kind]) =>
      STAT_HEADERS.map((header, i): SheetColumn => ({ header, kind: i < 2 ? 'int' : kind, group, width: kind === 'rupiah' && i >= 2 ? 18 : 11 }))),
    { header: 'PEMASARAN ONLINE (%)', kind: 'percent', width: 12 },
    { header: 'MEMILIKI NIB/SKU (%)', kind: 'percent', width: 12 },
    ...sectors.map((s): SheetColumn => ({ header: s.label, kind: 'percent', group: 'BIDANG USAHA (%)', width: 12 })),
    { header: 'KELURAHAN', kind: 'text', group: 'PALING TERKONSENTRASI DI', width: 20 },
    { header: 'JUMLAH USAHA', kind: 'int', group: 'PALING TERKONSENTRASI DI' },
    { header: 'PANGSA USAHA KELURAHAN (%)', kind: 'percent', group: 'PALING TERKONSENTRASI DI' },
    { header: 'PANGSA KLASTER (%)', kind: 'percent', group: 'PALING TERKONSENTRASI DI' },
    { header: 'KALI PORSI RATA-RATA', kind: 'decimal', group: 'PALING TERKONSENTRASI DI' },
  ];
  const rows = run.clusters.map((c): Cell[] => {
    const k = c.top_kelurahan;
    return [
      clusterNo(c.cluster), c.label, c.generated_label, c.size, c.share,
      ...VARIABLES.flatMap(([key]) => statCells(c[key])),
      c.share_online, c.share_nib,
      ...sectors.map((s) => c.sectors.find((x) => x.sector === s.key)?.share ?? 0),
      k?.name ?? null, k?.count ?? null, k?.share_of_kelurahan ?? null, k?.share_of_cluster ?? null, k?.lift ?? null,
    ];
  });
  return {
    title: [`Profil klaster: ${run.name}`, `${run.round_name}; ${methodName(run)}, k = ${run.k}; ${run.rows} usaha`],
    columns,
    rows,
    total: ['Jumlah', null, null, run.rows, 1, ...new Array<Cell>(columns.length - 5).fill(null)],
    notes: [
      'Kuartil tipe 7 (seperti R); Rupiah dibulatkan ke rupiah penuh. "kosong" = anggota tanpa nilai itu (tidak dihitung sebagai nol).',
      'Pemasaran online dihitung dari usaha yang pemasarannya diketahui (online atau keduanya).',
      'Paling terkonsentrasi di: kelurahan dengan porsi klaster ini paling tinggi dibanding porsinya di seluruh data (paling sedikit 5 usaha atau 2% anggota).',
    ],
  };
}

/** Businesses per kecamatan and cluster, then each cell's share of its kecamatan (rows add up to 100%). */
export function kecamatanBlock(run: ClusterRunDetail): SheetBlock {
  const t = run.kecamatan_table;
  const ks = run.clusters.map((c) => c.cluster);
  const grand = t.totals.reduce((a, b) => a + b, 0);
  const line = (counts: number[]): Cell[] => {
    const total = counts.reduce((a, b) => a + b, 0);
    return [...counts, total, ...counts.map((n) => (total ? n / total : 0))];
  };
  return {
    title: [`Klaster × kecamatan: ${run.name}`],
    columns: [
      { header: 'KODE', kind: 'text', width: 12 },
      { header: 'KECAMATAN', kind: 'text', width: 24 },
      ...ks.map((j): SheetColumn => ({ header: clusterHeading(run, j), kind: 'int', group: 'JUMLAH USAHA', width: 16 })),
      { header: 'JUMLAH', kind: 'int', group: 'JUMLAH USAHA' },
      ...ks.map((j): SheetColumn => ({ header: clusterHeading(run, j), kind: 'percent', group: 'PERSEN DARI USAHA KECAMATAN', width: 16 })),
    ],
    rows: t.areas.map((a, r) => [a.code, a.code ? a.name : 'Tidak diketahui', ...line(t.counts[r] ?? [])]),
    total: [null, 'Jumlah', ...t.totals, grand, ...t.totals.map((n) => (grand ? n / grand : 0))],
    notes: ['Persen = usaha klaster itu dibagi seluruh usaha yang diklaster di kecamatan itu.'],
  };
}

/** The k = kMin…kMax sweep stored with the run, the recommended k with its reason, what each index means. */
export function sweepBlock(run: ClusterRunDetail): SheetBlock | null {
  const sweep = run.sweep;
  if (!sweep) return null;
  const recommended = sweep.recommended?.k ?? null;
  const marks = (k: number) => [k === recommended ? 'disarankan' : '', k === run.k ? 'dipakai' : ''].filter(Boolean).join(', ');
  const s = sweep.silhouette;
  return {
    title: [`Pemilihan jumlah klaster (k): ${run.name}`],
    columns: [
      { header: 'k', kind: 'int', width: 6 },
      { header: 'INERSIA', kind: 'decimal', width: 16 },
      { header: 'SILHOUETTE', kind: 'decimal' },
      { header: 'CALINSKI-HARABASZ', kind: 'decimal', width: 18 },
      { header: 'DAVIES-BOULDIN (lebih rendah lebih baik)', kind: 'decimal', width: 20 },
      { header: 'KLASTER TERKECIL (%)', kind: 'percent' },
      { header: 'STABILITAS ANTAR-START (ARI)', kind: 'decimal' },
      { header: 'ITERASI', kind: 'int' },
      { header: 'KONVERGEN', kind: 'text' },
      { header: 'UKURAN KLASTER', kind: 'text', width: 30 },
      { header: 'KETERANGAN', kind: 'text', width: 20 },
    ],
    formats: { 2: INDEX_FORMAT, 4: INDEX_FORMAT, 6: INDEX_FORMAT },
    rows: sweep.points.map((p) => [
      p.k, p.inertia, p.silhouette, p.calinski_harabasz, p.davies_bouldin, p.smallest_share, p.stability_ari, p.iterations,
      p.converged ? 'ya' : 'tidak', p.sizes.join('; '), marks(p.k),
    ]),
    notes: [
      sweep.recommended ? `k yang disarankan: ${sweep.recommended.k}. ${sweep.recommended.reason}` : 'Tidak ada k yang dapat disarankan.',
      `k yang dipakai hasil ini: ${run.k}.`,
      s.exact ? 'Silhouette dihitung tepat pada semua usaha.' : `Silhouette dihitung pada sampel acak ${s.sample_size} usaha (seed ${s.sample_seed}).`,
      ...run.index_notes.map((n) => `${n.label}: ${n.note}`),
    ],
  };
}

/** A stored placement of another round: each cluster's share when fitted and in that round, and the change in points. */
export function placementBlock(
  run: ClusterRunDetail, p: ClusterProjectionView, describeFilter: (f: ClusterProjectionView['filter']) => string, formatDate: (iso: string) => string,
): SheetBlock {
  const m = p.missing;
  const filled = Object.values(m.imputed).reduce((a, b) => a + b, 0);
  return {
    title: [`Penempatan putaran ${p.round_name} pada klaster "${run.name}" (${run.round_name})`],
    columns: [
      { header: 'KLASTER', kind: 'int', width: 9 },
      { header: 'NAMA KLASTER', kind: 'text', width: 34 },
      { header: `USAHA ${run.round_name}`, kind: 'int', group: 'SAAT MODEL DIBUAT', width: 16 },
      { header: 'PANGSA (%)', kind: 'percent', group: 'SAAT MODEL DIBUAT' },
      { header: `USAHA ${p.round_name}`, kind: 'int', group: 'PUTARAN YANG DITEMPATKAN', width: 16 },
      { header: 'PANGSA (%)', kind: 'percent', group: 'PUTARAN YANG DITEMPATKAN' },
      { header: 'PERUBAHAN (POIN PERSEN)', kind: 'decimal', width: 14 },
    ],
    formats: { 6: POINTS_FORMAT },
    rows: run.clusters.map((c) => {
      const j = c.cluster;
      const share = p.shares[j] ?? 0;
      const fit = p.fit_shares[j] ?? 0;
      return [clusterNo(j), c.label, run.sizes[j] ?? 0, fit, p.sizes[j] ?? 0, share, (share - fit) * 100];
    }),
    total: ['Jumlah', null, run.rows, 1, p.rows, 1, null],
    notes: [
      `Data: ${describeFilter(p.filter)}. Ditempatkan pada pusat klaster yang tersimpan (model tidak dihitung ulang) pada ${formatDate(p.created_at)}.`,
      m.mode === 'drop'
        ? `Nilai kosong: ${m.dropped} dari ${m.rows_in} usaha tidak ditempatkan; ${m.rows_used} ditempatkan.`
        : `Nilai kosong: ${filled} nilai diisi dengan nilai pengisian model; ${m.rows_used} usaha ditempatkan.`,
      `Hash data masukan putaran ini (SHA-256): ${p.input_hash}`,
    ],
  };
}

/** "k-means" / "k-prototypes". */
export function methodName(run: Pick<ClusterRunDetail, 'method'>): string {
  return run.method === 'kprototypes' ? 'k-prototypes' : 'k-means';
}
