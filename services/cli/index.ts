import { parseArgs } from 'node:util';
import { createServiceApi } from '../handlers';
import { CliFailure } from './command';
import { AppError } from '../../shared/api/result';
import { commands } from './commands';
import { logError } from '../log';

/**
 * `npm run -s cli -- <command> ... [--json]`: results as JSON on stdout, progress on stderr, exit code
 * 0 on success and 1 with a one-line message otherwise.
 */
async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = commands.find((c) => c.name === name);
  if (!command) {
    const list = commands.map((c) => `  ${c.usage}\n      ${c.summary}`).join('\n');
    process.stderr.write(`Penggunaan: npm run -s cli -- <perintah> [opsi]\n\nPerintah:\n${list}\n`);
    return name === undefined || name === '--help' ? 0 : 1;
  }
  let args;
  try {
    args = parseArgs({ args: rest, options: { ...command.options, json: { type: 'boolean' } }, allowPositionals: true, strict: true });
  } catch (err) {
    process.stderr.write(`Galat: ${(err as Error).message}. Penggunaan: ${command.usage}\n`);
    return 2;
  }
  const api = createServiceApi('cli');
  let lastLine = 0;
  api.on('job:progress', (p) => {
    const now = Date.now();
    if (now - lastLine < 500 && (p.total === null || p.done < p.total)) return;
    lastLine = now;
    process.stderr.write(`${p.phase}: ${p.done}${p.total !== null ? `/${p.total}` : ''}\n`);
  });
  try {
    const result = await command.run(args as never, api);
    process.stdout.write(args.values.json ? `${JSON.stringify(result)}\n` : `${JSON.stringify(result, null, 2)}\n`);
    return 0;
  } catch (err) {
    if (err instanceof CliFailure || err instanceof AppError) process.stderr.write(`Galat: ${err.message}\n`);
    else {
      logError(`cli ${name}`, err);
      process.stderr.write('Galat: terjadi kesalahan internal.\n');
    }
    return 1;
  } finally {
    api.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    logError('cli', err);
    process.exitCode = 1;
  },
);
