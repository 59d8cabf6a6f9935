import { Mulberry32, finaliseMurmur3 } from '../../shared/domain/mulberry32';
/**
 * A small seeded pseudo-random generator for the synthetic demo survey. Determinism matters more
 * than quality here: the same seed must give byte-identical files on every machine, so we use
 * mulberry32 (32-bit state, integer arithmetic only) instead of Math.random.
 */

/** Mixes two 32-bit integers into one well-spread 32-bit seed (murmur3 finaliser). */
export function mixSeed(a: number, b: number): number {
  return finaliseMurmur3((Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x632be5ab, 0xc2b2ae35)) >>> 0) >>> 0;
}

/** A seeded generator with the few draws the demo needs. */
export class Random extends Mulberry32 {
  /** A second normal deviate from the Box-Muller pair, kept for the next call. */
  private spareNormal: number | null = null;

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty array, uniformly. */
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** An index into `weights`, with probability proportional to its weight. */
  weightedIndex(weights: readonly number[], total?: number): number {
    const sum = total ?? weights.reduce((s, w) => s + w, 0);
    let r = this.next() * sum;
    for (let i = 0; i < weights.length; i++) {
      r -= weights[i] as number;
      if (r < 0) return i;
    }
    return weights.length - 1;
  }

  /** Standard normal deviate (Box-Muller). */
  normal(): number {
    if (this.spareNormal !== null) {
      const s = this.spareNormal;
      this.spareNormal = null;
      return s;
    }
    const u = 1 - this.next(); // (0, 1]: log(0) is avoided
    const v = this.next();
    const r = Math.sqrt(-2 * Math.log(u));
    this.spareNormal = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  }

  /** Shuffles an array in place (Fisher-Yates) and returns it. */
  shuffle<T extends { length: number; [i: number]: unknown }>(items: T): T {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const tmp = items[i];
      items[i] = items[j];
      items[j] = tmp;
    }
    return items;
  }

  /**
   * `k` distinct elements of `pool`, in random order (partial Fisher-Yates on a copy).
   * Throws if the pool is too small, so a mess count can never silently fall short.
   */
  sample(pool: readonly number[] | Uint32Array, k: number): number[] {
    if (k > pool.length) throw new Error(`sample: ${k} requested from a pool of ${pool.length}`);
    const copy = Uint32Array.from(pool);
    const out: number[] = [];
    for (let i = 0; i < k; i++) {
      const j = i + Math.floor(this.next() * (copy.length - i));
      const tmp = copy[i] as number;
      copy[i] = copy[j] as number;
      copy[j] = tmp;
      out.push(copy[i] as number);
    }
    return out;
  }
}

/**
 * Splits `total` into integer parts proportional to `weights` (largest-remainder method), so
 * the parts always sum to `total` exactly and exact proportions are reproduced exactly.
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  if (sum <= 0) return weights.map(() => 0);
  const quotas = weights.map((w) => (total * w) / sum);
  const parts = quotas.map((q) => Math.floor(q + 1e-9));
  let left = total - parts.reduce((s, p) => s + p, 0);
  const order = quotas
    .map((q, i) => ({ i, rem: q - Math.floor(q + 1e-9) }))
    .sort((a, b) => b.rem - a.rem || a.i - b.i);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) {
    const idx = (order[k] as { i: number }).i;
    parts[idx] = (parts[idx] as number) + 1;
  }
  return parts;
}
