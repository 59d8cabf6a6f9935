/**
 * mulberry32: a seeded uniform generator with 32-bit state and integer arithmetic only, so the same
 * seed gives the same draws on every machine (the demo survey must be byte-identical; a clustering run
 * must be reproducible from its stored seed). Never Math.random for either.
 */
export class Mulberry32 {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
}

/**
 * The murmur3 32-bit finaliser (fmix32): spreads every input bit over the whole word, for mixing
 * seeds. Returns a signed 32-bit integer; callers take `>>> 0` for the unsigned value.
 */
export function finaliseMurmur3(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}
