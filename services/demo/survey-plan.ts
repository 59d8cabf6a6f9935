import { KOTA_PASURUAN_REGIONS } from '../../shared/domain/regions';
import { LOST_REASONS, type LostReason } from '../../shared/domain/verification';
import { apportion, mixSeed, Random } from './random';

/**
 * The layout of a synthetic survey before any value is drawn: which kecamatan, kelurahan and
 * verification outcome every row has. Counts are fixed here (largest-remainder apportionment),
 * not left to chance, so the default demo reproduces the seed's recap exactly (000:253-294).
 */

/** Seed used when none is given: the last day of the 2022 survey (000:225), as yyyymmdd. */
export const DEMO_DEFAULT_SEED = 20221123;
/** Businesses on the office's list (data awal, 000:253). */
export const DEMO_OFFICE_ROWS = 12_580;
/** Businesses found in the field and added (sumber temuan_lapangan). */
export const DEMO_FIELD_ROWS = 150;
/** Rows of the default demo: office list plus field finds. */
export const DEMO_TOTAL_ROWS = DEMO_OFFICE_ROWS + DEMO_FIELD_ROWS;

/**
 * Row kinds: 0 = valid (office list), 1..6 = hilang with LOST_REASONS[kind - 1],
 * 7 = valid business found in the field.
 */
export const KIND_VALID = 0;
export const KIND_FIELD = 7;
export const KIND_COUNT = 8;

/** The lost reason of a kind, or null for the valid kinds. */
export function reasonOfKind(kind: number): LostReason | null {
  return kind >= 1 && kind <= LOST_REASONS.length ? (LOST_REASONS[kind - 1] as LostReason) : null;
}

/** The kind of a lost reason. */
export function kindOfReason(reason: LostReason): number {
  return LOST_REASONS.indexOf(reason) + 1;
}

export interface DemoKecamatan {
  code: string;
  name: string;
  /** Relative level of money values (dimensionless), so kecamatan differ a little. */
  moneyFactor: number;
}

export interface DemoKelurahan {
  code: string;
  name: string;
  kecamatanIndex: number;
}

const kecRegions = KOTA_PASURUAN_REGIONS.filter((r) => r.level === 3);
const MONEY_FACTORS: Record<string, number> = { '35.75.01': 1.0, '35.75.02': 1.15, '35.75.03': 0.85, '35.75.04': 1.05 };

/** The 4 kecamatan of Kota Pasuruan in code order. */
export const DEMO_KECAMATAN: readonly DemoKecamatan[] = kecRegions.map((r) => ({
  code: r.code,
  name: r.name,
  moneyFactor: MONEY_FACTORS[r.code] ?? 1,
}));

/** The 34 kelurahan in code order, each pointing at its kecamatan in DEMO_KECAMATAN. */
export const DEMO_KELURAHAN: readonly DemoKelurahan[] = KOTA_PASURUAN_REGIONS.filter((r) => r.level === 4).map(
  (r) => ({ code: r.code, name: r.name, kecamatanIndex: kecRegions.findIndex((k) => k.code === r.parent_code) }),
);

/**
 * The seed's verification recap per kecamatan (000:263-294): office rows, valid rows, and the
 * hilang rows that are `luar_kota` (37 in all) and `data_dobel` (2, both in Panggungrejo).
 * Bugul Kidul is 2,120 so the office rows add up to the stated 12,580 (the seed says 2,083 and
 * 2,803 in different places) and valid rows to 9,808.
 */
const SEED_RECAP: Record<string, { office: number; valid: number; luarKota: number; dobel: number }> = {
  '35.75.01': { office: 3136, valid: 2355, luarKota: 10, dobel: 0 },
  '35.75.02': { office: 3450, valid: 2881, luarKota: 8, dobel: 0 },
  '35.75.03': { office: 2120, valid: 1692, luarKota: 6, dobel: 0 },
  '35.75.04': { office: 3874, valid: 2880, luarKota: 13, dobel: 2 },
};

/** How the remaining lost rows split over the seed's other reasons (shares sum to 1). */
const OTHER_REASON_SHARES: Array<[LostReason, number]> = [
  ['tidak_lagi_usaha', 0.55],
  ['pindah_alamat', 0.22],
  ['meninggal', 0.08],
  ['fiktif', 0.15],
];

/** Default counts: [kecamatan][kind], office kinds 0..6 and field finds at KIND_FIELD. */
function buildDefaultTable(): number[][] {
  const table = DEMO_KECAMATAN.map((k) => {
    const seed = SEED_RECAP[k.code];
    if (!seed) throw new Error(`No seed recap for ${k.code}`);
    const row = new Array<number>(KIND_COUNT).fill(0);
    row[KIND_VALID] = seed.valid;
    row[kindOfReason('luar_kota')] = seed.luarKota;
    row[kindOfReason('data_dobel')] = seed.dobel;
    const rest = seed.office - seed.valid - seed.luarKota - seed.dobel;
    const parts = apportion(rest, OTHER_REASON_SHARES.map(([, s]) => s));
    OTHER_REASON_SHARES.forEach(([reason], i) => (row[kindOfReason(reason)] = parts[i] as number));
    return row;
  });
  const field = apportion(DEMO_FIELD_ROWS, table.map((row) => row[KIND_VALID] as number));
  table.forEach((row, k) => (row[KIND_FIELD] = field[k] as number));
  return table;
}

/** Default row counts per kecamatan and kind, as in the seed (see SEED_RECAP). */
export const DEMO_DEFAULT_TABLE: readonly (readonly number[])[] = buildDefaultTable();

/**
 * Row counts per kecamatan and kind for a survey of `count` rows: the default table when
 * count = DEMO_TOTAL_ROWS, otherwise the same proportions apportioned to `count`.
 */
export function buildCountTable(count: number): number[][] {
  const fieldRows = Math.round((count * DEMO_FIELD_ROWS) / DEMO_TOTAL_ROWS);
  const officeRows = count - fieldRows;
  const officeCells = DEMO_DEFAULT_TABLE.flatMap((row) => row.slice(0, KIND_FIELD));
  const office = apportion(officeRows, officeCells);
  const field = apportion(fieldRows, DEMO_DEFAULT_TABLE.map((row) => row[KIND_FIELD] as number));
  return DEMO_DEFAULT_TABLE.map((_, k) => [...office.slice(k * KIND_FIELD, (k + 1) * KIND_FIELD), field[k] as number]);
}

/** Stable relative size of a kelurahan (0.6-1.4), from its code so it does not vary with the seed. */
function kelurahanWeight(code: string): number {
  let h = 0;
  for (let i = 0; i < code.length; i++) h = mixSeed(h, code.charCodeAt(i));
  return 0.6 + 0.8 * (h / 4294967296);
}

/** The row layout: kind and kelurahan per row, plus where each kelurahan's office block lies. */
export interface SurveyLayout {
  seed: number;
  count: number;
  table: number[][];
  /** Kind per row (see KIND_*). */
  kind: Uint8Array;
  /** Index into DEMO_KELURAHAN per row. */
  kelurahan: Uint8Array;
  /** [start, end) row range of each kecamatan's office block, by kecamatan index. */
  officeBlocks: Array<[number, number]>;
}

/**
 * Lays out `count` rows: office rows first, grouped by kecamatan and then kelurahan (as an
 * office list sorted by address), outcomes shuffled within each kecamatan; field finds last.
 */
export function layOutSurvey(count: number, seed: number): SurveyLayout {
  if (!Number.isInteger(count) || count < 0) throw new Error(`count must be a whole number ≥ 0, got ${count}`);
  const table = buildCountTable(count);
  const rng = new Random(mixSeed(seed, 0x1a7047));
  const kind = new Uint8Array(count);
  const kelurahan = new Uint8Array(count);
  const officeBlocks: Array<[number, number]> = [];
  let row = 0;
  const fillBlock = (k: number, kinds: Uint8Array): void => {
    const kelIndexes = DEMO_KELURAHAN.map((kel, i) => ({ kel, i })).filter(({ kel }) => kel.kecamatanIndex === k);
    const sizes = apportion(kinds.length, kelIndexes.map(({ kel }) => kelurahanWeight(kel.code)));
    let offset = 0;
    kelIndexes.forEach(({ i }, j) => {
      for (let n = 0; n < (sizes[j] as number); n++, offset++, row++) {
        kind[row] = kinds[offset] as number;
        kelurahan[row] = i;
      }
    });
  };
  table.forEach((cells, k) => {
    const kinds: number[] = [];
    for (let c = 0; c < KIND_FIELD; c++) for (let n = 0; n < (cells[c] as number); n++) kinds.push(c);
    const start = row;
    fillBlock(k, rng.shuffle(Uint8Array.from(kinds)));
    officeBlocks.push([start, row]);
  });
  table.forEach((cells, k) => fillBlock(k, new Uint8Array(cells[KIND_FIELD] as number).fill(KIND_FIELD)));
  return { seed, count, table, kind, kelurahan, officeBlocks };
}
