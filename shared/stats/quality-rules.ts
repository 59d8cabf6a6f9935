import { robustZScores, medianAndMad } from './robust';
import { medianOf } from './descriptive';
import { describeAreaFlag, describeRecordFlag, type AreaFlagReason, type MicroCeiling, type RecordFlagDetail } from './quality-sentences';

/**
 * Data-quality flags (BRIEF: "flags implausible values"). Record flags compare a value with its peers
 * on a log scale, because money in a survey of micro-enterprises spans five orders of magnitude.
 */
export const QUALITY_FLAGS = [
  'outlier_omzet', 'outlier_aset', 'omzet_tampak_bulanan', 'omzet_tampak_tahunan', 'rasio_omzet_modal',
  'tenaga_kerja_nol', 'di_atas_batas_mikro',
] as const;
export type QualityFlag = (typeof QUALITY_FLAGS)[number];

export const QUALITY_FLAG_LABELS: Record<QualityFlag, string> = {
  outlier_omzet: 'Omzet jauh dari usaha sejenis',
  outlier_aset: 'Aset jauh dari usaha sejenis',
  omzet_tampak_bulanan: 'Omzet per tahun tampak seperti omzet per bulan',
  omzet_tampak_tahunan: 'Omzet per bulan tampak seperti omzet per tahun',
  rasio_omzet_modal: 'Rasio omzet/modal jauh dari kebiasaan wilayah',
  tenaga_kerja_nol: 'Tenaga kerja nol',
  di_atas_batas_mikro: 'Di atas batas usaha mikro',
};

export interface QualityOptions {
  /** |robust z| above this on log values is an outlier (3.5 after Iglewicz and Hoaglin). */
  zLimit: number;
  /** The other reading of a turnover must be this many times closer to the peers' median (4 = a factor of 4). */
  periodFactor: number;
  /** Peers needed before an outlier can be judged. */
  minPeers: number;
}

export const DEFAULT_QUALITY_OPTIONS: QualityOptions = { zLimit: 3.5, periodFactor: 4, minPeers: 10 };

export interface QualityInput {
  id: number;
  /** Peer group for outliers (the jenis-usaha group, or the bidang usaha). */
  peer: string;
  /** Area for the turnover/capital norm (the kecamatan code). */
  area: string;
  omzet_nilai: number | null;
  omzet_periode: 'bulan' | 'tahun' | null;
  omzet_tahunan: number | null;
  aset: number | null;
  modal: number | null;
  tenaga_kerja: number | null;
  above_micro: boolean;
  /** The micro limit the business is above (the criterion that decided its class), for the message. */
  micro_ceiling: MicroCeiling | null;
}

/**
 * A record flag: its code, the figures its sentence quotes (for the screen to write it in the UI
 * language) and `message`, the sentence in Bahasa Indonesia (CLI, exports).
 */
export type RecordFlag = RecordFlagDetail & { message: string };

/** A flag with its Indonesian sentence written from the same figures. */
function withMessage(detail: RecordFlagDetail): RecordFlag {
  return { ...detail, message: describeRecordFlag(detail, 'id') };
}

function groupIndexes(records: readonly QualityInput[], keyOf: (r: QualityInput) => string | null): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  records.forEach((r, i) => {
    const k = keyOf(r);
    if (k === null) return;
    const list = groups.get(k) ?? [];
    list.push(i);
    groups.set(k, list);
  });
  return groups;
}

/** Flags log-scale outliers of one positive value within groups. */
function flagLogOutliers(
  records: readonly QualityInput[],
  valueOf: (r: QualityInput) => number | null,
  keyOf: (r: QualityInput) => string,
  opts: QualityOptions,
  add: (i: number, z: number) => void,
): void {
  const groups = groupIndexes(records, (r) => {
    const v = valueOf(r);
    return v !== null && v > 0 ? keyOf(r) : null;
  });
  for (const idx of groups.values()) {
    const z = robustZScores(idx.map((i) => Math.log10(valueOf(records[i] as QualityInput) as number)), opts.minPeers);
    if (!z) continue;
    z.forEach((zi, k) => {
      if (Math.abs(zi) > opts.zLimit) add(idx[k] as number, zi);
    });
  }
}

/** Computes the record-level flags; returns flags per record index (only records with flags). */
export function computeRecordFlags(records: readonly QualityInput[], opts: QualityOptions = DEFAULT_QUALITY_OPTIONS): Map<number, RecordFlag[]> {
  const out = new Map<number, RecordFlag[]>();
  const add = (i: number, f: RecordFlagDetail) => {
    const list = out.get(i) ?? [];
    list.push(withMessage(f));
    out.set(i, list);
  };
  // z is rounded to the one decimal the sentence shows, so the figures and the sentence agree.
  const z1 = (z: number) => Math.round(z * 10) / 10;
  flagLogOutliers(records, (r) => r.omzet_tahunan, (r) => r.peer, opts, (i, z) => add(i, { code: 'outlier_omzet', z: z1(z) }));
  flagLogOutliers(records, (r) => r.aset, (r) => r.peer, opts, (i, z) => add(i, { code: 'outlier_aset', z: z1(z) }));
  flagLogOutliers(
    records,
    (r) => (r.omzet_tahunan !== null && r.omzet_tahunan > 0 && r.modal !== null && r.modal > 0 ? r.omzet_tahunan / r.modal : null),
    (r) => r.area,
    opts,
    (i, z) => add(i, { code: 'rasio_omzet_modal', z: z1(z) }),
  );
  flagPeriodConfusion(records, opts, add);
  records.forEach((r, i) => {
    if (r.tenaga_kerja === 0) add(i, { code: 'tenaga_kerja_nol' });
    if (r.above_micro) add(i, { code: 'di_atas_batas_mikro', ceiling: r.micro_ceiling });
  });
  return out;
}

/**
 * A yearly figure that sits near the peers' median only when read as monthly (×12), or the reverse:
 * flagged when the other reading is at least `periodFactor` times closer to the median (log distance).
 */
function flagPeriodConfusion(records: readonly QualityInput[], opts: QualityOptions, add: (i: number, f: RecordFlagDetail) => void): void {
  const groups = groupIndexes(records, (r) => (r.omzet_tahunan !== null && r.omzet_tahunan > 0 ? r.peer : null));
  const margin = Math.log(opts.periodFactor);
  for (const idx of groups.values()) {
    if (idx.length < opts.minPeers) continue;
    const m = medianAndMad(idx.map((i) => Math.log((records[i] as QualityInput).omzet_tahunan as number)));
    if (!m) continue;
    for (const i of idx) {
      const r = records[i] as QualityInput;
      if (r.omzet_nilai === null || r.omzet_nilai <= 0 || r.omzet_periode === null) continue;
      const asIs = Math.log(r.omzet_tahunan as number);
      const alt = r.omzet_periode === 'tahun' ? asIs + Math.log(12) : asIs - Math.log(12);
      if (Math.abs(alt - m.median) + margin < Math.abs(asIs - m.median)) {
        const norm = Math.round(Math.exp(m.median));
        add(i, { code: r.omzet_periode === 'tahun' ? 'omzet_tampak_bulanan' : 'omzet_tampak_tahunan', peer_median_tahunan: norm });
      }
    }
  }
}

export interface AreaTurnover {
  code: string;
  name: string;
  parent_code: string | null;
  /** Monthly turnover per business, Rupiah (missing values left out). */
  monthly: number[];
  businesses: number;
  /** Businesses of the area whose turnover looks like the wrong period (record flags). */
  period_flags: number;
}

export interface AreaFlag {
  code: string;
  name: string;
  businesses: number;
  mean_omzet_bulanan: number | null;
  median_omzet_bulanan: number | null;
  /** Median of the sibling areas' means / medians (same parent). */
  neighbours_mean: number | null;
  neighbours_median: number | null;
  ratio_mean: number | null;
  ratio_median: number | null;
  /** Of the total monthly turnover of all listed areas, 0..1. */
  share_of_total: number | null;
  /** Share of the area's businesses whose turnover looks like the wrong period, 0..1. */
  period_share: number;
  flagged: boolean;
  /** Why the area is flagged, with the figures the sentence quotes (null when not flagged). */
  reason: AreaFlagReason | null;
  /** The reason in Bahasa Indonesia (CLI, exports); null when not flagged. */
  message: string | null;
}

/**
 * Area-level check (the seed's Gadingrejo case: turnover per business 9-30x the other kecamatan):
 * an area is flagged when its mean or median monthly turnover is at least `factor` times the median
 * of its siblings' (same parent), or when at least `periodShare` of its businesses (and 10 or more)
 * have a turnover that looks like the wrong period — a unit error in part of an area lifts its mean
 * less than `factor` but shows up there.
 */
export function computeAreaFlags(areas: readonly AreaTurnover[], factor = 5, periodShare = 0.1): AreaFlag[] {
  const stats = areas.map((a) => {
    const sum = a.monthly.reduce((s, v) => s + v, 0);
    return { a, sum, mean: a.monthly.length ? sum / a.monthly.length : null, median: medianOf(a.monthly) };
  });
  const grand = stats.reduce((s, x) => s + x.sum, 0);
  return stats.map(({ a, sum, mean, median }) => {
    const siblings = stats.filter((s) => s.a.code !== a.code && s.a.parent_code === a.parent_code);
    const nMean = medianOf(siblings.flatMap((s) => (s.mean === null ? [] : [s.mean])));
    const nMedian = medianOf(siblings.flatMap((s) => (s.median === null ? [] : [s.median])));
    const enough = siblings.length >= 2;
    const ratioMean = enough && mean !== null && nMean ? mean / nMean : null;
    const ratioMedian = enough && median !== null && nMedian ? median / nMedian : null;
    const worst = Math.max(ratioMean ?? 0, ratioMedian ?? 0);
    const pShare = a.businesses > 0 ? a.period_flags / a.businesses : 0;
    const byRatio = worst >= factor;
    const byPeriod = a.period_flags >= 10 && pShare >= periodShare;
    const reason: AreaFlagReason | null = byRatio
      ? { code: 'omzet_ratio', ratio: worst, mean_omzet_bulanan: Math.round(mean ?? 0) }
      : byPeriod
        ? { code: 'period_share', period_share: pShare, ratio: worst }
        : null;
    return {
      code: a.code,
      name: a.name,
      businesses: a.businesses,
      mean_omzet_bulanan: mean,
      median_omzet_bulanan: median,
      neighbours_mean: nMean,
      neighbours_median: nMedian,
      ratio_mean: ratioMean,
      ratio_median: ratioMedian,
      share_of_total: grand > 0 ? sum / grand : null,
      period_share: pShare,
      flagged: reason !== null,
      reason,
      message: reason ? describeAreaFlag(a.name, reason, 'id') : null,
    };
  });
}
