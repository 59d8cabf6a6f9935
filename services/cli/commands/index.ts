import type { CliCommand } from '../command';
import { importCommand } from './import-command';
import { recapCommand } from './recap-command';

/** Every CLI command; each lives in its own file. */
export const commands: CliCommand[] = [importCommand, recapCommand];
