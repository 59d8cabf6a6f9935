import type { Db } from '../db/open';
import type { BusinessFilter } from '../../shared/api/contract-data';
import type { IndicatorRow, IndicatorsTable, ShareOf } from '../../shared/stats/table-types';
import { describeRuleSet } from '../../shared/classify/settings';
import { loadClassificationSettings } from './classification-settings';
import { compareAreasByName, nameArea } from '../../shared/stats/area-order';
import { getStatsCube, readRegionNames } from './stats-cube';

interface Acc {
  code: string;
  name: string;
  n: number;
  nib: number;
  mitra: number;
  mitra_known: number;
  online: number;
  online_known: number;
  above: number;
  size_known: number;
}

const newAcc = (code: string, name: string): Acc => ({ code, name, n: 0, nib: 0, mitra: 0, mitra_known: 0, online: 0, online_known: 0, above: 0, size_known: 0 });
const shareOf = (count: number, known: number): ShareOf => ({ count, known, share: known > 0 ? count / known : null });

function toRow(r: Acc): IndicatorRow {
  return {
    code: r.code,
    name: r.name,
    businesses: r.n,
    // An empty NIB cell means "no NIB": the form has no separate "unknown", so every business is the base.
    nib: shareOf(r.nib, r.n),
    kemitraan: shareOf(r.mitra, r.mitra_known),
    online: shareOf(r.online, r.online_known),
    above_micro: shareOf(r.above, r.size_known),
  };
}

/**
 * Single-round indicators (BRIEF "Indicators offices report"): share with SKU/NIB (informal to
 * formal), share with a partnership where the data has it, share marketing online (online or both),
 * share above the micro limits of the current rule set; per area and in total. Shares are of the
 * businesses whose value is known, and that base is returned with each share.
 */
export function buildIndicatorsTable(db: Db, filter: BusinessFilter, by: 'kecamatan' | 'kelurahan'): IndicatorsTable {
  const cube = getStatsCube(db, filter);
  const regions = readRegionNames(db);
  const rows = new Map<string, Acc>();
  const total = newAcc('TOTAL', 'Jumlah');
  const accOf = (code: string) => {
    let a = rows.get(code);
    if (!a) rows.set(code, (a = newAcc(code, nameArea(code, regions.get(code)?.name))));
    return a;
  };
  for (const c of cube.cells) {
    if (!c.counted) continue;
    for (const a of [accOf(by === 'kecamatan' ? c.kec : c.kel), total]) {
      a.n += c.n;
      a.nib += c.nib;
      a.mitra += c.mitra;
      a.mitra_known += c.mitra_known;
      a.online += c.online;
      a.online_known += c.online_known;
    }
  }
  for (const c of cube.classes) {
    if (c.size === 'unknown') continue;
    const above = c.size === 'mikro' ? 0 : c.n;
    for (const a of [accOf(by === 'kecamatan' ? c.kec : c.kel), total]) {
      a.size_known += c.n;
      a.above += above;
    }
  }
  const settings = loadClassificationSettings(db);
  return {
    by,
    rule: { rule_set: settings.rule_set, pp7_basis: settings.pp7_basis },
    rule_description: describeRuleSet(settings),
    rows: [...rows.values()]
      .map(toRow)
      .sort(compareAreasByName),
    total: toRow(total),
  };
}
