import { CliFailure, openDbOption, resolveRoundOption, unwrap, type CliCommand } from '../command';

/** `recap --db PROJECT [--round ID] --by kecamatan|kelurahan`. */
export const recapCommand: CliCommand = {
  name: 'recap',
  summary: 'Rekap per kecamatan/kelurahan (jumlah usaha, modal, aset, omzet, tenaga kerja)',
  usage: 'recap --db PROYEK [--round ID] --by kecamatan|kelurahan --json',
  options: { db: { type: 'string' }, round: { type: 'string' }, by: { type: 'string' } },
  async run({ values }, api) {
    openDbOption(api, values.db);
    const by = values.by ?? 'kecamatan';
    if (by !== 'kecamatan' && by !== 'kelurahan') throw new CliFailure('--by harus kecamatan atau kelurahan.');
    const roundId = resolveRoundOption(api, values.round);
    return unwrap(api.call('recap:get', { filter: { roundId }, by }));
  },
};
