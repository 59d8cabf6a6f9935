import { CliFailure, openDbOption, resolveRoundOption, unwrap, type CliCommand } from '../command';

/** `lq --db PROJECT [--round ID] --by kecamatan|kelurahan [--sector bidang|jenis]`. */
export const lqCommand: CliCommand = {
  name: 'lq',
  summary: 'Location quotient sektor per kecamatan/kelurahan (sektor basis, sektor dominan, calon sentra)',
  usage: 'lq --db PROYEK [--round ID] --by kecamatan|kelurahan [--sector bidang|jenis] --json',
  options: { db: { type: 'string' }, round: { type: 'string' }, by: { type: 'string' }, sector: { type: 'string' } },
  async run({ values }, api) {
    openDbOption(api, values.db);
    const by = values.by ?? 'kecamatan';
    if (by !== 'kecamatan' && by !== 'kelurahan') throw new CliFailure('--by harus kecamatan atau kelurahan.');
    const sector = values.sector ?? 'bidang';
    if (sector !== 'bidang' && sector !== 'jenis') throw new CliFailure('--sector harus bidang atau jenis.');
    const roundId = resolveRoundOption(api, values.round);
    return unwrap(api.call('tables:lq', { filter: { roundId }, by, sector }));
  },
};
