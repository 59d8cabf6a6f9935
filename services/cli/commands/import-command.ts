import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { CliFailure, unwrap, type CliCommand } from '../command';
import { openOrCreateForImport } from './project-option';

/** `import FILE --db PROJECT [--round NAME] [--sheet NAME] [--mapping FILE.json]`. */
export const importCommand: CliCommand = {
  name: 'import',
  summary: 'Impor berkas survei (CSV/XLSX) sebagai putaran baru',
  usage: 'import FILE --db PROYEK [--round NAMA] [--sheet NAMA] [--header-row N] [--mapping FILE.json] [--period bulan|tahun] --json',
  options: {
    db: { type: 'string' },
    round: { type: 'string' },
    sheet: { type: 'string' },
    'header-row': { type: 'string' },
    mapping: { type: 'string' },
    period: { type: 'string' },
  },
  async run({ values, positionals }, api) {
    const file = positionals[0];
    if (!file) throw new CliFailure('Sebutkan berkas yang diimpor: import FILE --db PROYEK');
    if (!existsSync(file)) throw new CliFailure(`Berkas tidak ditemukan: ${file}`);
    openOrCreateForImport(api, values.db);
    let mapping: unknown;
    if (typeof values.mapping === 'string') {
      try {
        mapping = JSON.parse(readFileSync(values.mapping, 'utf8'));
      } catch (err) {
        throw new CliFailure(`Berkas pemetaan kolom tidak dapat dibaca: ${(err as Error).message}`);
      }
    }
    return unwrap(
      api.call('datasets:import', {
        source: { kind: 'path', path: resolve(file) },
        roundName: values.round,
        sheet: values.sheet,
        headerRow: typeof values['header-row'] === 'string' ? Number(values['header-row']) : undefined,
        mapping,
        turnoverPeriod: values.period,
      }),
    );
  },
};
