/**
 * Location quotients (BRIEF "Regional economics"): LQ_ij = (e_ij / e_j) / (E_i / E), where e_ij is
 * the count (or workers) of sector i in area j, e_j the area's total, E_i the sector's total in the
 * whole region and E the region's total. LQ > 1 marks a basis sector of the area.
 */
export interface LqInput {
  area: string;
  sector: string;
  /** Count of businesses or workers: non-negative. */
  value: number;
}

export interface LqResult {
  /** area -> sector -> LQ (null when the area or the sector has a zero total). */
  lq: Map<string, Map<string, number | null>>;
  areaTotals: Map<string, number>;
  sectorTotals: Map<string, number>;
  total: number;
}

/** Computes LQ for every area × sector that appears in the input (missing cells count as 0). */
export function computeLocationQuotients(cells: readonly LqInput[]): LqResult {
  const areaTotals = new Map<string, number>();
  const sectorTotals = new Map<string, number>();
  const value = new Map<string, number>();
  let total = 0;
  for (const c of cells) {
    areaTotals.set(c.area, (areaTotals.get(c.area) ?? 0) + c.value);
    sectorTotals.set(c.sector, (sectorTotals.get(c.sector) ?? 0) + c.value);
    value.set(`${c.area}\u0000${c.sector}`, (value.get(`${c.area}\u0000${c.sector}`) ?? 0) + c.value);
    total += c.value;
  }
  const lq = new Map<string, Map<string, number | null>>();
  for (const [area, ej] of areaTotals) {
    const row = new Map<string, number | null>();
    for (const [sector, Ei] of sectorTotals) {
      const eij = value.get(`${area}\u0000${sector}`) ?? 0;
      row.set(sector, ej > 0 && Ei > 0 && total > 0 ? eij / ej / (Ei / total) : null);
    }
    lq.set(area, row);
  }
  return { lq, areaTotals, sectorTotals, total };
}
