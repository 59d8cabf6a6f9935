import type { Sector } from '../../shared/domain/business';

/** The jenis usaha groups named in seed 000:183. */
export const DEMO_GROUPS = [
  'makanan_minuman', 'kerajinan', 'batik', 'mebel', 'logam', 'pracangan', 'jasa',
] as const;
export type DemoGroup = (typeof DEMO_GROUPS)[number];

/**
 * One kind of business the demo writes in `Jenis Usaha`. Multipliers scale the city-wide medians
 * of monthly turnover, assets and capital (dimensionless); `female` is the probability that a
 * worker — and the owner — is a woman.
 */
export interface DemoBusinessType {
  jenis: string;
  group: DemoGroup;
  sector: Sector;
  /** Relative frequency within the whole demo. */
  weight: number;
  turnover: number;
  assets: number;
  capital: number;
  female: number;
}

interface GroupDefaults {
  turnover: number;
  assets: number;
  capital: number;
  female: number;
}

const GROUP_DEFAULTS: Record<DemoGroup, GroupDefaults> = {
  makanan_minuman: { turnover: 0.9, assets: 0.8, capital: 0.9, female: 0.7 },
  kerajinan: { turnover: 0.8, assets: 0.9, capital: 0.9, female: 0.8 },
  batik: { turnover: 1.3, assets: 1.3, capital: 1.4, female: 0.6 },
  mebel: { turnover: 1.8, assets: 2.2, capital: 2.0, female: 0.1 },
  logam: { turnover: 1.4, assets: 2.0, capital: 1.6, female: 0.05 },
  pracangan: { turnover: 1.3, assets: 1.4, capital: 1.3, female: 0.55 },
  jasa: { turnover: 0.8, assets: 1.1, capital: 0.9, female: 0.4 },
};

/** [jenis, sector, weight, female share override] per group; weights sum to ~100 overall. */
const CATALOG: Record<DemoGroup, Array<[string, Sector, number, number?]>> = {
  makanan_minuman: [
    ['keripik singkong', 'industri', 3], ['kue basah', 'industri', 4], ['kue kering', 'industri', 2],
    ['warung kopi', 'perdagangan', 4, 0.4], ['warung makan', 'perdagangan', 4], ['nasi pecel', 'perdagangan', 3],
    ['bakso', 'perdagangan', 2, 0.35], ['rujak cingur', 'perdagangan', 1.5], ['es degan', 'perdagangan', 1.5, 0.4],
    ['tempe', 'industri', 1.5, 0.5], ['tahu', 'industri', 1], ['krupuk', 'industri', 2],
    ['sambal kemasan', 'industri', 1], ['jamu gendong', 'industri', 1, 0.95], ['roti', 'industri', 1.5],
    ['minuman sari buah', 'industri', 1],
  ],
  kerajinan: [
    ['rajut', 'industri', 1.5, 0.9], ['mutiara', 'industri', 1], ['anyaman bambu', 'industri', 1.5],
    ['limbah kayu', 'industri', 1, 0.3], ['kain perca', 'industri', 1.5, 0.9], ['bordir', 'industri', 1, 0.85],
    ['manik-manik', 'industri', 0.5, 0.9],
  ],
  batik: [['batik tulis', 'industri', 1.2], ['batik cap', 'industri', 0.5], ['batik printing', 'industri', 0.3]],
  mebel: [
    ['mebel kayu', 'industri', 2], ['kaligrafi kayu', 'industri', 0.7], ['mebel craft', 'industri', 0.8],
    ['kusen pintu jendela', 'industri', 0.5],
  ],
  logam: [['bengkel las', 'industri', 1.6], ['pande besi', 'industri', 0.7], ['kerajinan aluminium', 'industri', 0.7]],
  pracangan: [
    ['toko kelontong', 'perdagangan', 10], ['warung', 'perdagangan', 8], ['pracangan', 'perdagangan', 5],
    ['toko sembako', 'perdagangan', 5],
  ],
  jasa: [
    ['potong rambut', 'jasa', 3, 0.1], ['salon', 'jasa', 3, 0.9], ['jasa pengiriman', 'jasa', 1.5, 0.15],
    ['penjahit', 'jasa', 3.5, 0.7], ['laundry', 'jasa', 2.5, 0.75], ['bengkel motor', 'jasa', 2, 0.05],
    ['service elektronik', 'jasa', 1, 0.05], ['rias pengantin', 'jasa', 1, 0.9], ['tambal ban', 'jasa', 0.5, 0.05],
  ],
};

/** Every business type of the demo, flattened in a fixed order (the order is part of determinism). */
export const DEMO_BUSINESS_TYPES: readonly DemoBusinessType[] = DEMO_GROUPS.flatMap((group) =>
  CATALOG[group].map(([jenis, sector, weight, female]) => ({
    jenis,
    group,
    sector,
    weight,
    turnover: GROUP_DEFAULTS[group].turnover,
    assets: GROUP_DEFAULTS[group].assets,
    capital: GROUP_DEFAULTS[group].capital,
    female: female ?? GROUP_DEFAULTS[group].female,
  })),
);

/** The weights of DEMO_BUSINESS_TYPES, precomputed for weighted picks. */
export const DEMO_BUSINESS_WEIGHTS: readonly number[] = DEMO_BUSINESS_TYPES.map((t) => t.weight);
