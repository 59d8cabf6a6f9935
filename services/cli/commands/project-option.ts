import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import type { ServiceApi } from '../../handlers';
import { CliFailure } from '../command';

/** For `import`: opens --db, creating the project file first when it does not exist yet. */
export function openOrCreateForImport(api: ServiceApi, db: string | boolean | undefined): void {
  if (typeof db !== 'string' || db === '') throw new CliFailure('Opsi --db PROYEK wajib diisi.');
  if (existsSync(db)) api.session.open(db, false);
  else api.session.create(db, basename(db).replace(/\.[^.]+$/, ''), false, false);
}
