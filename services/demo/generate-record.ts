import type { MarketingChannel, Sector } from '../../shared/domain/business';
import type { LostReason, RecordSource } from '../../shared/domain/verification';
import { DEMO_BUSINESS_TYPES, DEMO_BUSINESS_WEIGHTS, type DemoGroup } from './business-types';
import { drawBirthYear, drawKk, drawNik, drawNikRegion, drawPhone, pasuruanKecamatanDigits } from './identity';
import { mixSeed, Random } from './random';
import { DEMO_KECAMATAN, DEMO_KELURAHAN, KIND_FIELD, kindOfReason, reasonOfKind, type SurveyLayout } from './survey-plan';
import {
  BUSINESS_PREFIXES, BUSINESS_WORDS, FEMALE_FIRST_NAMES, MALE_FIRST_NAMES, SECOND_NAMES, STREET_NAMES,
} from './word-lists';

/**
 * One synthetic business with clean values (before any deliberate mess is written). Money is
 * integer Rupiah; `omzetBulanan` is always the true monthly figure.
 */
export interface DemoRecord {
  index: number;
  status: 'valid' | 'hilang';
  alasanHilang: LostReason | null;
  sumber: RecordSource;
  kecamatanCode: string;
  kecamatanName: string;
  kelurahanCode: string;
  kelurahanName: string;
  namaPelaku: string;
  female: boolean;
  namaUsaha: string;
  nik: string;
  noKk: string;
  alamat: string;
  rt: string;
  rw: string;
  sector: Sector;
  group: DemoGroup;
  jenisUsaha: string;
  telepon: string;
  nib: string;
  omzetBulanan: number;
  aset: number;
  modal: number;
  pemasaran: MarketingChannel;
  tenagaKerjaL: number;
  tenagaKerjaP: number;
  kemitraan: boolean;
  tahunMulai: number;
}

/** City-wide medians (integer Rupiah) and log-scale spreads of the money values. */
const MEDIAN_TURNOVER_MONTHLY = 3_500_000;
const MEDIAN_ASSETS = 7_000_000;
const MEDIAN_CAPITAL = 3_000_000;
const SIGMA_TURNOVER = 1.1;
const SIGMA_ASSETS = 1.2;
const SIGMA_CAPITAL = 1.0;
/** [floor, cap] in Rupiah: keeps the log-normal tails within what a micro-enterprise survey records. */
const TURNOVER_RANGE: [number, number] = [200_000, 400_000_000];
const ASSETS_RANGE: [number, number] = [250_000, 2_000_000_000];
const CAPITAL_RANGE: [number, number] = [100_000, 1_000_000_000];

/** Rounds money the way people report it: coarser steps for larger amounts. */
function roundReported(value: number): number {
  const step = value < 1_000_000 ? 50_000 : value < 10_000_000 ? 100_000 : value < 100_000_000 ? 500_000 : 1_000_000;
  return Math.max(step, Math.round(value / step) * step);
}

/** A log-normal amount around `median`, sharing the business's latent `scale` (a standard normal). */
function drawMoney(rng: Random, median: number, sigma: number, scale: number, [floor, cap]: [number, number]): number {
  const z = 0.75 * scale + 0.66 * rng.normal(); // unit variance, correlation 0.75 with scale
  return Math.min(cap, Math.max(floor, roundReported(median * Math.exp(sigma * z))));
}

function titleCase(text: string): string {
  return text.replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

function drawPersonName(rng: Random, female: boolean): string {
  const first = rng.pick(female ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES);
  if (rng.chance(0.25)) {
    const middle = rng.pick(female ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES);
    if (middle !== first) return `${first} ${middle} ${rng.pick(SECOND_NAMES)}`;
  }
  return `${first} ${rng.pick(SECOND_NAMES)}`;
}

function drawBusinessName(rng: Random, jenis: string, owner: string, female: boolean): string {
  const template = rng.weightedIndex([35, 35, 30]);
  if (template === 0) return `${rng.pick(BUSINESS_PREFIXES)} ${rng.pick(BUSINESS_WORDS)}`;
  if (template === 1) {
    const honorific = female ? rng.pick(['Bu', 'Mak', 'Mbak']) : rng.pick(['Pak', 'Cak', 'Mas']);
    return `${titleCase(jenis)} ${honorific} ${owner.split(' ')[0]}`;
  }
  return `${titleCase(jenis)} ${rng.pick(BUSINESS_WORDS)}`;
}

function pad3(n: number): string {
  return String(n).padStart(3, '0');
}

/**
 * The clean record of row `index`: a pure function of (layout seed, index, the row's planned kind
 * and kelurahan), so any row can be regenerated on its own — copies (duplicate listings, shared
 * NIKs) are made by regenerating their source row.
 */
export function generateCleanRecord(layout: SurveyLayout, index: number): DemoRecord {
  const rng = new Random(mixSeed(layout.seed, index));
  const kind = layout.kind[index] as number;
  const kel = DEMO_KELURAHAN[layout.kelurahan[index] as number];
  const kec = kel ? DEMO_KECAMATAN[kel.kecamatanIndex] : undefined;
  if (!kel || !kec) throw new Error(`Row ${index} has no region in the layout`);
  const reason = reasonOfKind(kind);

  const type = DEMO_BUSINESS_TYPES[rng.weightedIndex(DEMO_BUSINESS_WEIGHTS)];
  if (!type) throw new Error('No business type drawn');
  const female = rng.chance(Math.min(0.85, Math.max(0.15, type.female)));
  const namaPelaku = drawPersonName(rng, female);
  const birthYear = drawBirthYear(rng);
  const nikRegion = drawNikRegion(rng, kel.kecamatanIndex, kind === kindOfReason('luar_kota'));
  const nik = drawNik(rng, nikRegion, female, birthYear);
  const noKk = drawKk(rng, rng.chance(0.7) ? nikRegion : pasuruanKecamatanDigits(kel.kecamatanIndex));
  const telepon = drawPhone(rng);

  const street = rng.pick(STREET_NAMES);
  const alamat = rng.chance(0.35)
    ? `Jl. ${street} Gg. ${rng.int(1, 12)} No. ${rng.int(1, 80)}`
    : `Jl. ${street} No. ${rng.int(1, 150)}`;

  const scale = rng.normal();
  const f = kec.moneyFactor;
  const omzetBulanan = drawMoney(rng, MEDIAN_TURNOVER_MONTHLY * type.turnover * f, SIGMA_TURNOVER, scale, TURNOVER_RANGE);
  const aset = drawMoney(rng, MEDIAN_ASSETS * type.assets * f, SIGMA_ASSETS, scale, ASSETS_RANGE);
  const modal = drawMoney(rng, MEDIAN_CAPITAL * type.capital * f, SIGMA_CAPITAL, scale, CAPITAL_RANGE);

  // Workers: log-normal around 1.6 people, rising with the business's scale; 1-20 in total.
  const workers = Math.min(20, Math.max(1, Math.round(Math.exp(0.45 + 0.6 * (0.6 * scale + 0.8 * rng.normal())))));
  let tenagaKerjaP = 0;
  for (let w = 0; w < workers; w++) if (rng.chance(type.female)) tenagaKerjaP++;

  const nibDraw = rng.next();
  const nib = nibDraw < 0.3 ? `9120${String(rng.int(0, 999_999_999)).padStart(9, '0')}` : nibDraw < 0.38 ? 'SKU' : '';
  const pemasaran: MarketingChannel = (['offline', 'online', 'keduanya'] as const)[rng.weightedIndex([70, 10, 20])] ?? 'offline';
  const yearsRunning = Math.floor(Math.exp((kind === KIND_FIELD ? 1.0 : 1.7) + 0.8 * rng.normal()));

  return {
    index,
    status: reason === null ? 'valid' : 'hilang',
    alasanHilang: reason,
    sumber: kind === KIND_FIELD ? 'temuan_lapangan' : 'data_dinas',
    kecamatanCode: kec.code,
    kecamatanName: kec.name,
    kelurahanCode: kel.code,
    kelurahanName: kel.name,
    namaPelaku,
    female,
    namaUsaha: drawBusinessName(rng, type.jenis, namaPelaku, female),
    nik,
    noKk,
    alamat,
    rt: pad3(rng.int(1, 15)),
    rw: pad3(rng.int(1, 8)),
    sector: type.sector,
    group: type.group,
    jenisUsaha: type.jenis,
    telepon,
    nib,
    omzetBulanan,
    aset,
    modal,
    pemasaran,
    tenagaKerjaL: workers - tenagaKerjaP,
    tenagaKerjaP,
    kemitraan: rng.chance(0.05),
    tahunMulai: Math.max(1980, 2022 - Math.min(42, yearsRunning)),
  };
}

/**
 * A duplicate listing repeats its source whole (region included) but keeps its own outcome; a
 * shared NIK takes the source's person (name, NIK, KK, phone) and keeps its own business.
 */
export function applyCopy(record: DemoRecord, source: DemoRecord, whole: boolean): DemoRecord {
  if (whole) {
    return { ...source, index: record.index, status: record.status, alasanHilang: record.alasanHilang, sumber: record.sumber };
  }
  return {
    ...record,
    namaPelaku: source.namaPelaku,
    female: source.female,
    nik: source.nik,
    noKk: source.noKk,
    telepon: source.telepon,
  };
}
