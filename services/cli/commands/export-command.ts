import { resolve } from 'node:path';
import { CliFailure, openDbOption, resolveRoundOption, unwrap, type CliCommand } from '../command';

/** `export --db PROJECT [--round ID] --out FILE.xlsx|.csv [--records] [--reveal-personal]`. */
export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'Ekspor tabel rekap/LQ/indikator (atau data usaha dengan --records) ke XLSX atau CSV',
  usage: 'export --db PROYEK [--round ID] --out BERKAS.xlsx|.csv [--records] [--reveal-personal] --json',
  options: {
    db: { type: 'string' },
    round: { type: 'string' },
    out: { type: 'string' },
    records: { type: 'boolean' },
    'reveal-personal': { type: 'boolean' },
  },
  async run({ values }, api) {
    openDbOption(api, values.db);
    if (typeof values.out !== 'string' || values.out === '') throw new CliFailure('Opsi --out BERKAS.xlsx|.csv wajib diisi.');
    if (values['reveal-personal'] && !values.records) throw new CliFailure('--reveal-personal hanya berlaku bersama --records.');
    const roundId = resolveRoundOption(api, values.round);
    const path = resolve(values.out);
    if (values.records) {
      return unwrap(api.call('export:records', { filter: { roundId }, path, reveal: values['reveal-personal'] === true }));
    }
    return unwrap(api.call('export:tables', { filter: { roundId }, path }));
  },
};
