/**
 * The hot loops of k-means and its seeding, compiled once per feature count d. V8 runs straight-line
 * code with constant offsets (a row's values held in locals, no inner loop over d) about twice as fast
 * as a loop over d, so for d <= MAX_UNROLLED the distance is written out term by term; above that a
 * loop is used. The templates are plain JavaScript, run by the services and the clustering workers,
 * never by the renderer. Distances are summed in the order a loop sums them (((v0² + v1²) + v2²) + …),
 * so both forms give bit-identical results (a test checks it).
 */

export interface Kernels {
  d: number;
  /**
   * Plain Lloyd assignment: every row against every centre (the first minimum wins), exact bounds,
   * changed rows moved between the running sums. Writes [changes, n] into `out`.
   */
  full(
    data: Float64Array, n: number, centers: Float64Array, k: number, labels: Int32Array, upper: Float64Array, lower: Float64Array,
    sums: Float64Array, counts: Float64Array, out: Int32Array,
  ): void;
  /**
   * Hamerly assignment (Hamerly 2010) with the upper bound always exact: each row's distance to its
   * own centre is measured (one distance, streaming through the rows without a data-dependent branch,
   * which measured twice as fast as first testing a loosened upper bound), its lower bound is loosened
   * by the largest move of another centre, and the row is compared with every centre only when that
   * distance exceeds max(half gap to the nearest other centre, lower bound) (the first minimum wins,
   * as in plain Lloyd). `upper` is written for those rows only and not read. Changed rows move
   * between the running sums. Writes [changes, scans] into `out`.
   */
  hamerly(
    data: Float64Array, n: number, centers: Float64Array, k: number, labels: Int32Array, upper: Float64Array, lower: Float64Array,
    sums: Float64Array, counts: Float64Array, half: Float64Array, maxAt: number, max: number, second: number, out: Int32Array,
  ): void;
  /**
   * k-means++ trials: pots[t] += Σ min(closest, d(x, candidate t)²). A row whose centre is at least
   * twice as far from the candidate as from the row (gaps[t·k + label] >= 2·near) keeps its value.
   */
  trialPots(
    data: Float64Array, n: number, closest: Float64Array, near: Float64Array, labels: Int32Array, candidates: Int32Array, trials: number,
    gaps: Float64Array, k: number, pots: Float64Array,
  ): void;
  /**
   * Adds centre c (data row `chosen`, gaps to the other centres at gaps[gapBase + j]): updates each
   * row's nearest centre (closest², near, labels) and the squared lower bound to its second nearest.
   */
  addCentre(
    data: Float64Array, n: number, closest: Float64Array, near: Float64Array, second: Float64Array, labels: Int32Array, chosen: number, c: number,
    gaps: Float64Array, gapBase: number,
  ): void;
}

/** Up to this many features the distance is written out term by term. */
export const MAX_UNROLLED = 32;
/** Up to this many centres (with unrolled distances) the scan over centres is written out too. */
export const MAX_UNROLLED_K = 16;

const cache = new Map<string, Kernels>();

/**
 * The kernels for d features (compiled on first use, then cached); `unrolled: false` forces the loop
 * form. With `k` (at most MAX_UNROLLED_K, unrolled form only) `full` and `hamerly` are compiled for
 * exactly k centres, the scan over centres written out with constant offsets (about 20 % faster in
 * V8, same operations in the same order, so the same bits); they must then be called with that k.
 */
export function kernelsFor(d: number, unrolled = d <= MAX_UNROLLED, k = 0): Kernels {
  const fixedK = unrolled && k >= 1 && k <= MAX_UNROLLED_K ? k : 0;
  const key = `${d}:${unrolled}:${fixedK}`;
  let kernels = cache.get(key);
  if (!kernels) {
    kernels = compileKernels(d, unrolled, fixedK);
    cache.set(key, kernels);
  }
  return kernels;
}

function compileKernels(d: number, unrolled: boolean, fixedK: number): Kernels {
  const terms = (f: (t: number) => string, sep: string) => Array.from({ length: d }, (_, t) => f(t)).join(sep);
  // The row's values: locals x0… (unrolled) or a small buffer `row` (loop form).
  const prelude = unrolled ? '' : `const row = new Float64Array(${d});`;
  const loadRow = (offset: string) =>
    unrolled ? terms((t) => `x${t} = data[${offset} + ${t}];`, ' ') : `for (let z = 0; z < ${d}; z++) row[z] = data[${offset} + z];`;
  const declareRow = unrolled ? `let ${terms((t) => `x${t} = 0`, ', ')};` : '';
  // Squared distance from the row to target[base…] into q (`base` is evaluated once per term or per
  // loop step, so it must not depend on a loop variable; the loop form counts with z).
  const distance = (q: string, target: string, base: string) =>
    unrolled
      ? `${terms((t) => `const ${q}${t} = x${t} - ${target}[${base} + ${t}];`, ' ')} const ${q} = ${terms((t) => `${q}${t} * ${q}${t}`, ' + ')};`
      : `let ${q} = 0; for (let z = 0; z < ${d}; z++) { const v = row[z] - ${target}[${base} + z]; ${q} += v * v; }`;
  const pick = (j: string) => `const nearer = q < d1;
        d2 = nearer ? d1 : q < d2 ? q : d2;
        best = nearer ? ${j} : best;
        d1 = nearer ? q : d1;`;
  const scanCentres = fixedK > 0
    ? Array.from({ length: fixedK }, (_, j) => `{ ${distance('q', 'centers', String(j * d))} ${pick(String(j))} }`).join('\n')
    : `for (let j = 0; j < k; j++) {
        ${distance('q', 'centers', `j * ${d}`)}
        ${pick('j')}
      }`;
  const scanAll = `let best = 0;
      let d1 = Infinity;
      let d2 = Infinity;
      ${scanCentres}
      upper[i] = Math.sqrt(d1);
      lower[i] = Math.sqrt(d2);`;
  const moveRow = `if (best !== a) {
        changes++;
        labels[i] = best;
        counts[a] -= 1;
        counts[best] += 1;
        for (let t = 0; t < ${d}; t++) {
          const v = data[oi + t];
          sums[a * ${d} + t] -= v;
          sums[best * ${d} + t] += v;
        }
      }`;
  const full = new Function(
    'data', 'n', 'centers', 'k', 'labels', 'upper', 'lower', 'sums', 'counts', 'out',
    `${prelude} ${declareRow}
    let changes = 0;
    for (let i = 0; i < n; i++) {
      const a = labels[i];
      const oi = i * ${d};
      ${loadRow('oi')}
      ${scanAll}
      ${moveRow}
    }
    out[0] = changes;
    out[1] = n;`,
  );
  const hamerly = new Function(
    'data', 'n', 'centers', 'k', 'labels', 'upper', 'lower', 'sums', 'counts', 'half', 'maxAt', 'max', 'second', 'out',
    `${prelude} ${declareRow}
    let changes = 0;
    let scans = 0;
    for (let i = 0; i < n; i++) {
      const a = labels[i];
      const l = lower[i] - (a === maxAt ? second : max);
      lower[i] = l;
      const bound = half[a] > l ? half[a] : l;
      const oi = i * ${d};
      ${loadRow('oi')}
      ${distance('s', 'centers', `a * ${d}`)}
      if (Math.sqrt(s) <= bound) continue;
      scans++;
      ${scanAll}
      ${moveRow}
    }
    out[0] = changes;
    out[1] = scans;`,
  );
  const trialPots = new Function(
    'data', 'n', 'closest', 'near', 'labels', 'candidates', 'trials', 'gaps', 'k', 'pots',
    `${prelude} ${declareRow}
    for (let i = 0; i < n; i++) {
      const ci = closest[i];
      const twoU = 2 * near[i];
      const a = labels[i];
      let loaded = false;
      for (let t = 0; t < trials; t++) {
        if (gaps[t * k + a] >= twoU) { pots[t] += ci; continue; }
        if (!loaded) { ${loadRow(`i * ${d}`)} loaded = true; }
        const co = candidates[t] * ${d};
        ${distance('q', 'data', 'co')}
        pots[t] += q < ci ? q : ci;
      }
    }`,
  );
  const addCentre = new Function(
    'data', 'n', 'closest', 'near', 'second', 'labels', 'chosen', 'c', 'gaps', 'gapBase',
    `${prelude} ${declareRow}
    const co = chosen * ${d};
    for (let i = 0; i < n; i++) {
      const u = near[i];
      const gap = gaps[gapBase + labels[i]];
      if (gap >= 2 * u) {
        const lb = (gap - u) * (gap - u);
        if (lb < second[i]) second[i] = lb;
        continue;
      }
      ${loadRow(`i * ${d}`)}
      ${distance('q', 'data', 'co')}
      if (q < closest[i]) {
        second[i] = closest[i];
        closest[i] = q;
        near[i] = Math.sqrt(q);
        labels[i] = c;
      } else if (q < second[i]) second[i] = q;
    }`,
  );
  return { d, full, hamerly, trialPots, addCentre } as unknown as Kernels;
}
