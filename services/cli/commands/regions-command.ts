import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { CliFailure, openDbOption, unwrap, type CliCommand } from '../command';

/** `regions FILE.csv --db PROJECT`: imports a Kemendagri `kode,nama` region list into a project. */
export const regionsCommand: CliCommand = {
  name: 'regions',
  summary: 'Impor daftar wilayah (kode,nama; format Kemendagri) agar nama di luar Kota Pasuruan dikenali',
  usage: 'regions FILE.csv --db PROYEK --json',
  options: { db: { type: 'string' } },
  async run({ values, positionals }, api) {
    const file = positionals[0];
    if (!file || !existsSync(file)) throw new CliFailure(`Berkas daftar wilayah tidak ditemukan: ${file ?? '(kosong)'}`);
    openDbOption(api, values.db);
    return unwrap(api.call('regions:import', { source: { kind: 'path', path: resolve(file) } }));
  },
};
