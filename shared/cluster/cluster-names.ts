import type { ClusterProfile } from './profiles';

/** PP 7/2021 annual sales ceilings (Rupiah, inclusive): micro ≤ 2 M, small ≤ 15 M, medium ≤ 50 M. */
const SALES_CEILINGS: ReadonlyArray<[number, string]> = [
  [2_000_000_000, 'Mikro'],
  [15_000_000_000, 'Kecil'],
  [50_000_000_000, 'Menengah'],
];

const SECTOR_WORDS: Record<string, string> = { perdagangan: 'dagang', industri: 'industri', jasa: 'jasa' };

/**
 * Generated Indonesian names for clusters, e.g. "Mikro dagang kecil, offline, belum ber-NIB": size
 * class of the median turnover (PP 7/2021), the dominant sector (≥ 50%, else "campuran"), the
 * cluster's rank by median turnover (kecil / sedang / besar), marketing and NIB by majority. Names
 * that would repeat get the median workers, then a number. The user can rename any of them.
 */
export function nameClusters(profiles: readonly ClusterProfile[]): string[] {
  const ranks = rankWords(profiles.map((p) => p.omzet_tahunan?.median ?? null));
  const names = profiles.map((p, i) => {
    const median = p.omzet_tahunan?.median ?? null;
    const size = median === null ? 'Usaha' : (SALES_CEILINGS.find(([ceiling]) => median <= ceiling)?.[1] ?? 'Besar');
    const top = p.sectors.find((s) => s.sector !== null);
    const sector = top && top.share >= 0.5 && top.sector ? SECTOR_WORDS[top.sector] : 'campuran';
    const head = [size, sector, ranks[i]].filter((w) => w !== '').join(' ');
    return `${head}, ${marketingWords(p.share_online)}, ${nibWords(p.share_nib)}`;
  });
  return disambiguate(names, profiles);
}

/** kecil / sedang / besar by the cluster's median turnover among the distinct medians (ties share a word). */
function rankWords(medians: ReadonlyArray<number | null>): string[] {
  const distinct = [...new Set(medians.filter((m): m is number => m !== null))].sort((a, b) => a - b);
  if (distinct.length < 2) return medians.map(() => '');
  return medians.map((m) => {
    if (m === null) return '';
    const rank = distinct.indexOf(m);
    const position = rank / (distinct.length - 1);
    if (distinct.length === 2) return rank === 0 ? 'kecil' : 'besar';
    return position < 1 / 3 ? 'kecil' : position > 2 / 3 ? 'besar' : 'sedang';
  });
}

function marketingWords(share: number | null): string {
  if (share === null) return 'pemasaran tidak diketahui';
  if (share >= 0.5) return 'online';
  if (share <= 0.2) return 'offline';
  return 'sebagian online';
}

function nibWords(share: number): string {
  if (share >= 0.5) return 'ber-NIB';
  if (share < 0.2) return 'belum ber-NIB';
  return 'sebagian ber-NIB';
}

function disambiguate(names: string[], profiles: readonly ClusterProfile[]): string[] {
  const withWorkers = names.map((name, i) => {
    const repeats = names.filter((n) => n === name).length > 1;
    const w = profiles[i].tenaga_kerja?.median;
    return repeats && w !== undefined ? `${name}, median ${w.toLocaleString('id-ID')} tenaga kerja` : name;
  });
  const seen = new Map<string, number>();
  return withWorkers.map((name) => {
    const total = withWorkers.filter((n) => n === name).length;
    if (total === 1) return name;
    const idx = (seen.get(name) ?? 0) + 1;
    seen.set(name, idx);
    return `${name} (${idx})`;
  });
}
