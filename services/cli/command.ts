import type { ParseArgsConfig } from 'node:util';
import type { ServiceApi } from '../handlers';

/** A CLI command: its options (node:util parseArgs) and what it does with the service API. */
export interface CliCommand {
  name: string;
  /** One line for `--help`. */
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** Returns the JSON result; throw AppError for a clean one-line failure. */
  run(args: { values: Record<string, string | boolean | undefined>; positionals: string[] }, api: ServiceApi): Promise<unknown>;
}

/** Unwraps a Result for the CLI: a failure becomes a thrown error carrying its message. */
export async function unwrap<T>(p: Promise<{ ok: true; data: T } | { ok: false; error: { code: string; message: string } }>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new CliFailure(r.error.message, r.error.code);
  return r.data;
}

export class CliFailure extends Error {
  constructor(
    message: string,
    readonly code = 'CLI',
  ) {
    super(message);
  }
}

/** Opens the project named by --db (without touching the user's recent list). */
export function openDbOption(api: ServiceApi, db: string | boolean | undefined): void {
  if (typeof db !== 'string' || db === '') throw new CliFailure('Opsi --db PROYEK wajib diisi.');
  api.session.open(db, false);
}

/** The round to work on: --round ID, or the newest round of the project. */
export function resolveRoundOption(api: ServiceApi, round: string | boolean | undefined): number {
  const rounds = api.session.describe().rounds;
  if (typeof round === 'string') {
    const id = Number(round);
    const found = rounds.find((r) => r.id === id || r.name === round);
    if (!found) throw new CliFailure(`Putaran survei "${round}" tidak ada di proyek ini.`);
    return found.id;
  }
  const last = rounds.at(-1);
  if (!last) throw new CliFailure('Proyek ini belum berisi putaran survei. Impor berkas dulu.');
  return last.id;
}
