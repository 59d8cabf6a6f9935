/**
 * Heat colours of location quotients: blues below 1, oranges above (a diverging scale that stays
 * readable for the common colour-vision deficiencies). Every background keeps dark text above 4.5:1,
 * and the number is always printed, so the colour only helps the eye.
 */
export interface LqBin {
  className: string;
  /** Exclusive lower and inclusive upper bound of the bin; null = open. */
  from: number | null;
  to: number | null;
}

export const LQ_BINS: readonly LqBin[] = [
  { className: 'lq-b1', from: null, to: 0.5 },
  { className: 'lq-b2', from: 0.5, to: 1 },
  { className: 'lq-b3', from: 1, to: 1.25 },
  { className: 'lq-b4', from: 1.25, to: 2 },
  { className: 'lq-b5', from: 2, to: null },
];

/** The bin class of an LQ (`lq-none` when it is undefined: an empty area or sector). */
export function lqClassName(lq: number | null): string {
  if (lq === null || !Number.isFinite(lq)) return 'lq-none';
  const bin = LQ_BINS.find((b) => (b.from === null || lq > b.from) && (b.to === null || lq <= b.to));
  return bin?.className ?? 'lq-none';
}

/** LQ > 1: the sector is a basis sector of the area (more concentrated there than in the whole region). */
export function isBasis(lq: number | null): boolean {
  return lq !== null && lq > 1;
}
