import { RULE_SETS, type RuleSet } from '../../../shared/classify/size-rules';
import { CliFailure, openDbOption, resolveRoundOption, unwrap, type CliCommand } from '../command';

/** `classify --db PROJECT [--round ID] [--rules pp7-2021|uu20-2008|bps-workers]`. */
export const classifyCommand: CliCommand = {
  name: 'classify',
  summary: 'Klasifikasi usaha (kelas usaha, kelompok jenis usaha, kelompok omzet) dan jumlahnya',
  usage: `classify --db PROYEK [--round ID] [--rules ${RULE_SETS.join('|')}] --json`,
  options: { db: { type: 'string' }, round: { type: 'string' }, rules: { type: 'string' } },
  async run({ values }, api) {
    openDbOption(api, values.db);
    const rules = values.rules;
    if (rules !== undefined && !(RULE_SETS as readonly unknown[]).includes(rules)) {
      throw new CliFailure(`--rules harus salah satu dari: ${RULE_SETS.join(', ')}.`);
    }
    const roundId = resolveRoundOption(api, values.round);
    return unwrap(api.call('classify:run', { roundId, rule_set: rules as RuleSet | undefined }));
  },
};
