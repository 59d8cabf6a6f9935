import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { computeGroupStats } from '../../services/stats/group-stats';
import { describeValues } from '../../shared/stats/descriptive';
import { addBusinesses, makeStatsProject, type Biz } from './fixture';

/** Runs R on a CSV of (group, value) and returns per group: n, mean, median, q1, q3, sd, min, max. */
function rDescribe(csv: string): Record<string, number[]> {
  const script = `
    d <- read.csv("${csv}", colClasses = c("character", "numeric"))
    for (g in sort(unique(d$g))) {
      x <- d$v[d$g == g & !is.na(d$v)]
      q <- quantile(x, c(0.25, 0.5, 0.75), type = 7, names = FALSE)
      s <- if (length(x) > 1) sd(x) else NA
      cat(g, length(x), sprintf("%.17g", c(mean(x), median(x), q[1], q[3], s, min(x), max(x))), "\\n")
    }`;
  let out: string;
  try {
    out = execFileSync('Rscript', ['-e', script], { encoding: 'utf8' });
  } catch (err) {
    throw new Error(`Rscript is needed for this test (apt-get install r-base-core): ${(err as Error).message}`);
  }
  return Object.fromEntries(
    out.trim().split('\n').map((line) => {
      const [g, ...nums] = line.trim().split(/\s+/);
      return [g as string, nums.map((x) => (x === 'NA' ? NaN : Number(x)))];
    }),
  );
}

function expectClose(actual: number | null, expected: number) {
  expect(actual).not.toBeNull();
  const a = actual as number;
  const tol = 1e-9 * Math.max(1, Math.abs(expected));
  expect(Math.abs(a - expected), `${a} vs R ${expected}`).toBeLessThanOrEqual(tol);
}

/** A deterministic skewed sample (log-normal-ish Rupiah amounts with ties). */
function sample(n: number, seed: number): number[] {
  let s = seed;
  const rnd = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  return Array.from({ length: n }, () => Math.round(Math.exp(13 + 2 * (rnd() + rnd() + rnd() - 1.5)) / 1000) * 1000);
}

let p: ReturnType<typeof makeStatsProject>;
beforeEach(() => {
  p = makeStatsProject();
});
afterEach(() => p.cleanup());

describe('statistics agree with R', () => {
  it('gives R type-7 quartiles, median, mean and sd (n - 1) for turnover per kecamatan, ignoring missing values', () => {
    const groups: Record<string, number[]> = { '35.75.01': sample(1001, 7), '35.75.02': sample(4, 11), '35.75.03': sample(250, 3), '35.75.04': sample(2, 5) };
    const list: Biz[] = [];
    for (const [kec, values] of Object.entries(groups)) {
      for (const v of values) list.push({ kec, kel: null, omzet: v, periode: 'tahun' });
      list.push({ kec, kel: null, omzet: null });
    }
    addBusinesses(p.db, p.roundId, list);
    const csv = join(p.dir, 'omzet.csv');
    writeFileSync(csv, 'g,v\n' + list.map((b) => `${b.kec},${b.omzet ?? 'NA'}`).join('\n') + '\n');
    const r = rDescribe(csv);
    const ours = computeGroupStats(p.db, { roundId: p.roundId }, 'kecamatan');
    expect(ours.rows.map((row) => row.code)).toEqual(Object.keys(groups));
    for (const row of ours.rows) {
      const d = row.stats.omzet_tahunan;
      const [n, mean, median, q1, q3, sd, min, max] = r[row.code] as number[];
      expect(d.n).toBe(n);
      expect(d.missing).toBe(1);
      expectClose(d.mean, mean as number);
      expectClose(d.median, median as number);
      expectClose(d.q1, q1 as number);
      expectClose(d.q3, q3 as number);
      expectClose(d.sd, sd as number);
      expectClose(d.min, min as number);
      expectClose(d.max, max as number);
    }
  });

  it('interpolates quartiles between order statistics as type 7 does', () => {
    const d = describeValues([1, 2, 3, 10, null]);
    expect([d.q1, d.median, d.q3]).toEqual([1.75, 2.5, 4.75]);
    expect(d.missing).toBe(1);
  });

  it('reports no sd for a single value and nothing at all for an empty group', () => {
    expect(describeValues([5]).sd).toBeNull();
    expect(describeValues([null, null])).toMatchObject({ n: 0, missing: 2, sum: null, mean: null, median: null });
  });
});
