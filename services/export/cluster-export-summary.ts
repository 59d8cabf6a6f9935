import type { ClusterRunDetail, FittedFeatureView } from '../../shared/api/contract-cluster';
import type { BusinessFilter } from '../../shared/api/contract-data';
import type { FeatureKind } from '../../shared/cluster/features';
import { SECTOR_LABELS } from '../../shared/domain/business';
import type { Cell } from './sheet-model';
import { INDEX_FORMAT, methodName } from './cluster-export-sheets';
import type { SheetBlock } from './sheet-model';
import { NUMBER_FORMATS } from './write-tables';

/**
 * The "Ringkasan" sheet: what was clustered and how, in words and figures, enough to repeat the run
 * and to judge it (the indices with the direction that is better).
 */

const KIND_LABELS: Record<FeatureKind, string> = { money: 'uang (Rp)', count: 'hitungan', number: 'angka', binary: 'ya/tidak', category: 'kategori' };
const SCALE_LABELS = { zscore: 'z-score', robust: 'robust (median/IQR)', none: 'tanpa' } as const;
const STATUS_LABELS: Record<string, string> = { data_awal: 'data awal', valid: 'valid', hilang: 'hilang' };
const IMPUTE_GROUP_LABELS = { bidang_usaha: 'bidang usaha', kecamatan: 'kecamatan', none: 'seluruh data' } as const;

/** The rows a filter selects, in words: the round, then each limit (areas by name where known). */
export function describeFilter(filter: BusinessFilter, roundName: string, regionNames: ReadonlyMap<string, string>): string {
  const name = (code: string) => regionNames.get(code) ?? code;
  const parts = [`putaran ${roundName}`];
  if (filter.kecamatan?.length) parts.push(`kecamatan ${filter.kecamatan.map(name).join(', ')}`);
  if (filter.kelurahan?.length) parts.push(`kelurahan ${filter.kelurahan.map(name).join(', ')}`);
  if (filter.sector?.length) parts.push(`bidang ${filter.sector.map((s) => SECTOR_LABELS[s]).join(', ')}`);
  if (filter.status?.length) parts.push(`status ${filter.status.map((s) => STATUS_LABELS[s] ?? s).join(', ')}`);
  if (filter.issue) parts.push(`dengan masalah impor ${filter.issue === '*' ? 'apa pun' : filter.issue}`);
  if (filter.search) parts.push(`pencarian "${filter.search}"`);
  if (filter.possibleDuplicates) parts.push('hanya kemungkinan duplikat');
  return parts.length === 1 ? `seluruh ${parts[0]}` : parts.join('; ');
}

/** `2025-03-01 14:05` in the time zone of the computer running the services (the analyst's). */
export function formatLocalDateTime(iso: string | Date): string {
  const d = typeof iso === 'string' ? new Date(iso) : iso;
  if (Number.isNaN(d.getTime())) return String(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

type Line = [label: string, value: Cell, note: string, format: string | null];

/** The key-value lines of the summary, in the order an analyst reads them. */
function summaryLines(run: ClusterRunDetail, regionNames: ReadonlyMap<string, string>, exportedAt: Date): Line[] {
  const m = run.missing;
  const s = run.silhouette_info;
  const int = NUMBER_FORMATS.int ?? null;
  const filled = Object.values(m.imputed).reduce((a, b) => a + b, 0);
  const stability = run.stability;
  return [
    ['Nama hasil', run.name, `ID hasil ${run.run_id}`, null],
    ['Putaran survei', run.round_name, '', null],
    ['Data yang diklaster', describeFilter(run.filter, run.round_name, regionNames), 'Usaha hilang dan yang ditandai duplikat tidak ikut.', null],
    ['Usaha sesuai filter', m.rows_in, '', int],
    m.mode === 'drop'
      ? ['Nilai kosong', 'dibuang', 'Usaha yang tidak punya salah satu nilai fitur tidak ikut diklaster.', null]
      : ['Nilai kosong', `diisi per ${IMPUTE_GROUP_LABELS[m.group]}`, 'Median (angka) atau kategori terbanyak (kategori) kelompoknya.', null],
    m.mode === 'drop' ? ['Usaha dibuang karena nilai kosong', m.dropped, 'Rincian per fitur: kolom KOSONG pada tabel fitur di bawah.', int]
      : ['Nilai yang diisi', filled, 'Rincian per fitur: kolom DIISI pada tabel fitur di bawah.', int],
    ['Usaha yang diklaster', run.rows, '', int],
    ['Metode', methodName(run), 'Inisialisasi k-means++.', null],
    ['Jumlah klaster (k)', run.k, '', int],
    ['Seed', run.seed, 'Seed yang sama pada data yang sama memberi hasil yang sama.', null],
    ['Jumlah start', run.restarts, 'Start dengan inersia terendah yang dipakai.', int],
    ['Batas iterasi', run.max_iterations, '', int],
    ['Toleransi', run.tolerance, 'Berhenti bila pergeseran pusat <= toleransi × rata-rata varians fitur.', '0.0E+00'],
    ['Iterasi', run.iterations, run.converged ? 'konvergen' : 'belum konvergen (batas iterasi tercapai)', int],
    ['Inersia', run.inertia, 'Jumlah kuadrat jarak ke pusat klaster; lebih rendah lebih rapat (selalu turun bila k naik).', '#,##0.00'],
    ['Silhouette rata-rata', run.silhouette,
      `${s.exact ? `Dihitung tepat pada semua ${run.rows} usaha.` : `Dihitung pada sampel acak ${s.sample_size} usaha (seed ${s.sample_seed}).`} Makin tinggi makin baik (-1 sampai 1).`, INDEX_FORMAT],
    ['Calinski-Harabasz', run.calinski_harabasz, 'Makin tinggi makin baik.', '#,##0.00'],
    ['Davies-Bouldin', run.davies_bouldin, 'Lebih rendah lebih baik (0 = terbaik).', INDEX_FORMAT],
    ['Kesepakatan antar-start (ARI)', run.restart_agreement, 'Rata-rata Adjusted Rand Index start lain terhadap start terbaik; 1 = semua sama.', INDEX_FORMAT],
    ['Stabilitas (ARI terhadap seed lain)', stability?.mean ?? null,
      stability && stability.seeds.length
        ? `Seed ${stability.seeds.join(', ')}: ARI ${stability.ari.map((a) => a.toFixed(3).replace('.', ',')).join('; ')}. Makin mendekati 1 makin stabil.`
        : 'Tidak diuji.', INDEX_FORMAT],
    ['Hash data masukan (SHA-256)', run.input_hash, 'Berubah bila data usaha yang diklaster berubah.', null],
    ...Object.entries(run.versions).map(([name, version]): Line => [`Versi ${name}`, version, '', null]),
    ['Dibuat', formatLocalDateTime(run.created_at), `UTC: ${run.created_at}`, null],
    ['Diekspor', formatLocalDateTime(exportedAt), '', null],
  ];
}

function transformText(f: FittedFeatureView): string {
  if (f.kind === 'category') return `one-hot ${f.levels.length} kategori`;
  return f.transform === 'log' ? 'log(1 + x)' : 'tanpa';
}

const idNumber = (v: number, digits: number) => v.toLocaleString('id-ID', { maximumFractionDigits: digits });

/** A feature's settings in one sentence, in the order they are applied (as the screen's reproduction panel says it). */
function describeSettings(f: FittedFeatureView): string {
  const raw = (v: number | null) => (v === null ? '—' : f.unit === 'Rp' ? `Rp ${idNumber(Math.round(v), 0)}` : idNumber(v, 2));
  const parts: string[] = [];
  if (f.kind === 'category') parts.push(transformText(f));
  else {
    if (f.winsor) parts.push(`dipotong pada persentil ${idNumber(f.winsor[0] * 100, 2)}–${idNumber(f.winsor[1] * 100, 2)}% (${raw(f.clip_low)} – ${raw(f.clip_high)})`);
    if (f.transform === 'log') parts.push('log(1 + x)');
    if (f.scale !== 'none') parts.push(`${SCALE_LABELS[f.scale]} (pusat ${idNumber(f.center, 4)}, sebaran ${idNumber(f.spread, 4)})`);
  }
  parts.push(`bobot ${idNumber(f.weight, 2)}`);
  return parts.join('; ');
}

/** One row per feature: its settings and what was learnt from the data (enough to redo the matrix by hand). */
function featureBlock(run: ClusterRunDetail): SheetBlock {
  const m = run.missing;
  const pct = (v: number) => `${Math.round(v * 10000) / 100}%`;
  return {
    title: ['Fitur dan transformasi'],
    columns: [
      { header: 'FITUR', kind: 'text', width: 34 },
      { header: 'KUNCI', kind: 'text', width: 18 },
      { header: 'PENGATURAN', kind: 'text', width: 80 },
      { header: 'JENIS', kind: 'text', width: 14 },
      { header: 'TRANSFORMASI', kind: 'text', width: 18 },
      { header: 'SKALA', kind: 'text', width: 18 },
      { header: 'PUSAT', kind: 'decimal' },
      { header: 'SEBARAN', kind: 'decimal' },
      { header: 'WINSOR (PERSENTIL)', kind: 'text' },
      { header: 'BATAS BAWAH', kind: 'decimal', width: 18 },
      { header: 'BATAS ATAS', kind: 'decimal', width: 18 },
      { header: 'BOBOT', kind: 'decimal' },
      { header: 'KOSONG', kind: 'int' },
      { header: 'DIISI', kind: 'int' },
      { header: 'KOLOM MATRIKS', kind: 'text', width: 40 },
    ],
    formats: { 6: '0.0000', 7: '0.0000', 9: '#,##0.##', 10: '#,##0.##' },
    rows: run.fitted_features.map((f) => [
      f.unit ? `${f.label} (${f.unit})` : f.label, f.key, describeSettings(f), KIND_LABELS[f.kind], transformText(f), f.kind === 'category' ? '' : SCALE_LABELS[f.scale],
      f.kind === 'category' ? null : f.center, f.kind === 'category' ? null : f.spread,
      f.winsor ? `${pct(f.winsor[0])}–${pct(f.winsor[1])}` : '', f.clip_low, f.clip_high, f.weight,
      m.missing_by_feature[f.key] ?? 0, m.imputed[f.key] ?? 0, f.columns.join(', '),
    ]),
    notes: [
      'Nilai matriks = (transformasi(nilai dipotong) - pusat) / sebaran × bobot; kategori: one-hot, bobot = tambahan jarak kuadrat satu ketidakcocokan.',
      m.mode === 'drop' ? 'KOSONG = usaha tanpa nilai fitur itu (dibuang dari klasterisasi).' : 'KOSONG = usaha tanpa nilai fitur itu; DIISI = nilai yang diisi.',
    ],
  };
}

/** The summary sheet's blocks: the key-value lines, then the feature table. */
export function summaryBlocks(run: ClusterRunDetail, regionNames: ReadonlyMap<string, string>, exportedAt: Date): SheetBlock[] {
  const lines = summaryLines(run, regionNames, exportedAt);
  return [
    {
      title: [`Ringkasan hasil klaster: ${run.name}`],
      columns: [
        { header: 'URAIAN', kind: 'text', width: 36 },
        { header: 'NILAI', kind: 'text', width: 44 },
        { header: 'KETERANGAN', kind: 'text', width: 80 },
      ],
      rows: lines.map(([label, value, note]) => [label, value, note]),
      rowFormats: lines.map(([, , , format]) => format),
      notes: [],
    },
    featureBlock(run),
  ];
}
