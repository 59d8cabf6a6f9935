import type { CliCommand } from '../command';
import { importCommand } from './import-command';
import { recapCommand } from './recap-command';
import { regionsCommand } from './regions-command';
import { classifyCommand } from './classify-command';
import { lqCommand } from './lq-command';
import { exportCommand } from './export-command';
import { clusterCommand } from './cluster-command';

/** Every CLI command; each lives in its own file. */
export const commands: CliCommand[] = [importCommand, regionsCommand, recapCommand, classifyCommand, lqCommand, exportCommand, clusterCommand];
