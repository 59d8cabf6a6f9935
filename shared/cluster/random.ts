import { Mulberry32, finaliseMurmur3 } from '../domain/mulberry32';
import { range } from './arrays';

/**
 * Seeded randomness for clustering. A run must be reproducible from its stored seed on any machine,
 * so every draw comes from mulberry32 (32-bit integer arithmetic only), never from Math.random.
 */

/** Mixes integers into one well-spread 32-bit seed (murmur3 finaliser), e.g. (seed, k, restart). */
export function mixSeed(...parts: number[]): number {
  let h = 0x811c9dc5;
  for (const p of parts) {
    h = finaliseMurmur3(Math.imul(h ^ (p >>> 0), 0x85ebca6b) ^ Math.imul((p / 4294967296) >>> 0, 0xc2b2ae35));
  }
  return h >>> 0;
}

/** A seeded uniform generator (mulberry32). */
export class SeededRandom extends Mulberry32 {
  /** Integer in [0, n). */
  below(n: number): number {
    return Math.floor(this.next() * n);
  }
}

/**
 * `size` distinct indices of [0, n) drawn uniformly without replacement, in ascending order (so a
 * sample reads the rows in their stored order). Returns all indices when size >= n.
 */
export function sampleIndices(n: number, size: number, seed: number): Int32Array {
  if (size >= n) return range(n);
  const rng = new SeededRandom(seed);
  // Partial Fisher-Yates over a virtual identity permutation: O(size) memory via a map of swaps.
  const swapped = new Map<number, number>();
  const picked = new Int32Array(size);
  for (let i = 0; i < size; i++) {
    const j = i + rng.below(n - i);
    const vj = swapped.get(j) ?? j;
    const vi = swapped.get(i) ?? i;
    swapped.set(j, vi);
    picked[i] = vj;
  }
  return picked.sort();
}
