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
