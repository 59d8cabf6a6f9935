import Papa from 'papaparse';
import type { Db } from '../db/open';
import { AppError } from '../../shared/api/result';
import type { FileSource } from '../../shared/api/contract-import';
import { toRegion, type Region } from '../../shared/domain/regions';
import { upsertRegions } from '../project/project-meta';
import { loadSource } from './read-source';
import { sniffSource } from './sniff';

/** Kemendagri code shapes: `PP`, `PP.KK`, `PP.KK.CC`, `PP.KK.CC.XNNN`. */
const CODE = /^\d{2}(?:\.\d{2}(?:\.\d{2}(?:\.\d{4})?)?)?$/;

export interface RegionListSummary {
  /** Regions in the list that were stored (new or renamed). */
  regions: number;
  /** Rows left out because their code is not a Kemendagri code or the name is empty. */
  skipped: number;
  /** Count per level: 1 province, 2 kab/kota, 3 kecamatan, 4 kelurahan/desa. */
  by_level: Record<string, number>;
}

/**
 * Imports a region list in the `kode,nama` shape of the Kemendagri list (`../shared/data/wilayah/`), so
 * names outside Kota Pasuruan can be matched. Codes are stored as text (dots, leading zeros); existing
 * codes get the list's name. All or nothing: a list without one valid row changes nothing.
 */
export function importRegionList(db: Db, source: FileSource): RegionListSummary {
  const { bytes, fileName } = loadSource(source);
  const sniffed = sniffSource(bytes, fileName);
  if (sniffed.kind !== 'text') throw new AppError('BAD_FILE', `Daftar wilayah harus berupa CSV dengan kolom kode,nama; "${fileName}" bukan CSV. Proyek tidak diubah.`);
  const rows = Papa.parse<string[]>(sniffed.text, { skipEmptyLines: 'greedy' }).data;
  const regions: Region[] = [];
  let skipped = 0;
  const byLevel: Record<string, number> = {};
  rows.forEach((row, i) => {
    const code = (row[0] ?? '').trim().replace(/^'/, '');
    const name = (row[1] ?? '').trim();
    if (i === 0 && /^(kode|code|kd)/i.test(code)) return;
    if (!CODE.test(code) || name === '') {
      skipped++;
      return;
    }
    const region = toRegion(code, name);
    regions.push(region);
    byLevel[region.level] = (byLevel[region.level] ?? 0) + 1;
  });
  if (regions.length === 0) {
    throw new AppError('BAD_FILE', `"${fileName}" tidak berisi satu pun baris kode,nama wilayah yang sah (mis. 35.75.01,Gadingrejo). Proyek tidak diubah.`);
  }
  upsertRegions(db, regions, 'import');
  return { regions: regions.length, skipped, by_level: byLevel };
}
