import { mixSeed, Random } from './random';
import { DEMO_KECAMATAN_SPELLINGS, DEMO_KELURAHAN_SPELLINGS } from './mess-format';
import { DEMO_KECAMATAN, DEMO_KELURAHAN, DEMO_TOTAL_ROWS, kindOfReason, type SurveyLayout } from './survey-plan';

/**
 * The deliberate mess in the demo survey, so the importer and the quality flags have something to
 * find. Every count is exact (rows are sampled without replacement), rounded from `rate × rows`:
 *
 * | mess                    | rate                         | default count | what the cell looks like             |
 * |-------------------------|------------------------------|---------------|--------------------------------------|
 * | nikApostrophe           | 1% of rows                   | 127           | `'3575014507880012`                  |
 * | nikExcelNotation        | 0.3% of rows                 | 38            | `3.57501E+15` (digits lost)          |
 * | moneyAsText             | 0.5% of rows, one money cell | 64            | `Rp 1.500.000` or `1,5 jt`           |
 * | missingTurnover         | half of 1% of rows           | 64            | empty `Omzet per Bulan (Rp)`         |
 * | missingAssets           | the other half of 1%         | 63            | empty `Aset Usaha (Rp)`              |
 * | regionSpelling          | 0.3% of rows                 | 38            | `BUGULKIDUL`, `Tapaan`, `Panggung Rejo`, `Bugullor`, `Tambaan`, `Pekucen` |
 * | sharedNikPairs          | 20 per 12,730 rows           | 20 pairs      | a second row with the same person (name, NIK, KK, phone) and a different business |
 * | duplicateListings       | every `data_dobel` row       | 2             | the whole row of another listing repeated, status `hilang`/`data_dobel` |
 * | yearlyTurnoverGadingrejo| 25% of eligible Gadingrejo rows | 785       | monthly turnover column holds 12× the monthly figure |
 * | sectorAsCode            | 10% of rows (a form variant, not an error) | 1,273 | `1`/`2`/`3` instead of `Perdagangan`/`Industri`/`Jasa` |
 *
 * Rows involved in a shared NIK or a duplicate listing carry no other mess, so a copy matches
 * its source exactly. Yearly turnover is only put where the turnover cell is a plain number.
 */
export const DEMO_MESS_RATES = {
  nikApostrophe: 0.01,
  nikExcelNotation: 0.003,
  moneyAsText: 0.005,
  missingTurnoverOrAssets: 0.01,
  regionSpelling: 0.003,
  sharedNikPairsPerRow: 20 / DEMO_TOTAL_ROWS,
  yearlyTurnoverGadingrejo: 0.25,
  sectorAsCode: 0.1,
} as const;

/** Bit flags of the messes a row carries. */
export const MESS = {
  nikApostrophe: 1,
  nikExcel: 2,
  textTurnover: 4,
  textAssets: 8,
  textCapital: 16,
  missingTurnover: 32,
  missingAssets: 64,
  regionSpelling: 128,
  yearlyTurnover: 256,
  sectorCode: 512,
} as const;

/** Exact numbers of injected messes in one generated survey. */
export interface DemoMessCounts {
  nikApostrophe: number;
  nikExcelNotation: number;
  moneyAsText: number;
  missingTurnover: number;
  missingAssets: number;
  regionSpelling: number;
  sharedNikPairs: number;
  duplicateListings: number;
  yearlyTurnoverGadingrejo: number;
  sectorAsCode: number;
}

/** A row that repeats another row: the person only (shared NIK) or the whole listing (data dobel). */
export interface RowCopy {
  source: number;
  whole: boolean;
}

export interface MessPlan {
  flags: Uint16Array;
  copies: Map<number, RowCopy>;
  counts: DemoMessCounts;
}

/** Whether a row's kelurahan or kecamatan has a wild spelling in the lists above. */
function hasWildSpelling(kelurahanIndex: number): boolean {
  const kel = DEMO_KELURAHAN[kelurahanIndex];
  if (!kel) return false;
  const kec = DEMO_KECAMATAN[kel.kecamatanIndex];
  return kel.name in DEMO_KELURAHAN_SPELLINGS || (kec !== undefined && kec.name in DEMO_KECAMATAN_SPELLINGS);
}

/** Chooses which rows carry which mess. Pure function of the layout (its seed and counts). */
export function planMesses(layout: SurveyLayout): MessPlan {
  const { count, kind, kelurahan } = layout;
  const rng = new Random(mixSeed(layout.seed, 0x3e55));
  const flags = new Uint16Array(count);
  const reserved = new Uint8Array(count);
  const copies = new Map<number, RowCopy>();
  const rows = (keep: (i: number) => boolean): number[] => {
    const out: number[] = [];
    for (let i = 0; i < count; i++) if (keep(i)) out.push(i);
    return out;
  };

  // Duplicate listings: each data_dobel row repeats another row of the same kecamatan block,
  // preferably the same kelurahan (an office list sorted by address shows them close together).
  const dobelKind = kindOfReason('data_dobel');
  const dobelRows = rows((i) => kind[i] === dobelKind);
  for (const i of dobelRows) reserved[i] = 1;
  for (const i of dobelRows) {
    const block = layout.officeBlocks.find(([s, e]) => i >= s && i < e) ?? [0, count];
    const source = pickSource(rng, block, i, (j) => reserved[j] === 0, kelurahan);
    if (source === null) continue;
    reserved[source] = 1;
    copies.set(i, { source, whole: true });
  }

  const pairs = Math.round(count * DEMO_MESS_RATES.sharedNikPairsPerRow);
  const pairRows = rng.sample(rows((i) => reserved[i] === 0), 2 * pairs);
  for (let p = 0; p < pairs; p++) {
    const a = pairRows[2 * p] as number;
    const b = pairRows[2 * p + 1] as number;
    reserved[a] = 1;
    reserved[b] = 1;
    copies.set(Math.max(a, b), { source: Math.min(a, b), whole: false });
  }

  const mark = (pool: number[], n: number, flag: number): number[] => {
    const chosen = rng.sample(pool, Math.min(n, pool.length));
    for (const i of chosen) flags[i] = (flags[i] as number) | flag;
    return chosen;
  };
  const free = (i: number): boolean => reserved[i] === 0;
  const n = (rate: number): number => Math.round(count * rate);

  mark(rows(free), n(DEMO_MESS_RATES.nikApostrophe), MESS.nikApostrophe);
  mark(rows((i) => free(i) && flags[i] === 0), n(DEMO_MESS_RATES.nikExcelNotation), MESS.nikExcel);

  const missing = rng.sample(rows(free), n(DEMO_MESS_RATES.missingTurnoverOrAssets));
  missing.forEach((i, k) => (flags[i] = (flags[i] as number) | (k % 2 === 0 ? MESS.missingTurnover : MESS.missingAssets)));
  const missingMask = MESS.missingTurnover | MESS.missingAssets;
  const textRows = rng.sample(rows((i) => free(i) && ((flags[i] as number) & missingMask) === 0), n(DEMO_MESS_RATES.moneyAsText));
  const textFlags = [MESS.textTurnover, MESS.textAssets, MESS.textCapital];
  for (const i of textRows) flags[i] = (flags[i] as number) | (rng.pick(textFlags) as number);

  const gadingrejo = DEMO_KECAMATAN.findIndex((k) => k.name === 'Gadingrejo');
  const turnoverMess = MESS.missingTurnover | MESS.textTurnover;
  const yearlyPool = rows(
    (i) => free(i) && DEMO_KELURAHAN[kelurahan[i] as number]?.kecamatanIndex === gadingrejo && ((flags[i] as number) & turnoverMess) === 0,
  );
  mark(yearlyPool, Math.round(yearlyPool.length * DEMO_MESS_RATES.yearlyTurnoverGadingrejo), MESS.yearlyTurnover);

  mark(rows((i) => free(i) && hasWildSpelling(kelurahan[i] as number)), n(DEMO_MESS_RATES.regionSpelling), MESS.regionSpelling);
  mark(rows(free), n(DEMO_MESS_RATES.sectorAsCode), MESS.sectorCode);

  return { flags, copies, counts: countMesses(flags, copies) };
}

/** Picks a source row for a duplicate listing: same kelurahan if possible, else the same block. */
function pickSource(
  rng: Random,
  [start, end]: readonly [number, number],
  target: number,
  usable: (j: number) => boolean,
  kelurahan: Uint8Array,
): number | null {
  for (let attempt = 0; attempt < 200; attempt++) {
    const j = rng.int(start, end - 1);
    const sameKel = kelurahan[j] === kelurahan[target];
    if (j !== target && usable(j) && (sameKel || attempt >= 100)) return j;
  }
  for (let j = start; j < end; j++) if (j !== target && usable(j)) return j;
  return null;
}

function countMesses(flags: Uint16Array, copies: Map<number, RowCopy>): DemoMessCounts {
  const counts: DemoMessCounts = {
    nikApostrophe: 0, nikExcelNotation: 0, moneyAsText: 0, missingTurnover: 0, missingAssets: 0,
    regionSpelling: 0, sharedNikPairs: 0, duplicateListings: 0, yearlyTurnoverGadingrejo: 0, sectorAsCode: 0,
  };
  const has = (f: number, flag: number): number => ((f & flag) !== 0 ? 1 : 0);
  for (const f of flags) {
    counts.nikApostrophe += has(f, MESS.nikApostrophe);
    counts.nikExcelNotation += has(f, MESS.nikExcel);
    counts.moneyAsText += has(f, MESS.textTurnover | MESS.textAssets | MESS.textCapital);
    counts.missingTurnover += has(f, MESS.missingTurnover);
    counts.missingAssets += has(f, MESS.missingAssets);
    counts.regionSpelling += has(f, MESS.regionSpelling);
    counts.yearlyTurnoverGadingrejo += has(f, MESS.yearlyTurnover);
    counts.sectorAsCode += has(f, MESS.sectorCode);
  }
  for (const copy of copies.values()) {
    if (copy.whole) counts.duplicateListings++;
    else counts.sharedNikPairs++;
  }
  return counts;
}
