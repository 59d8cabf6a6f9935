import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

/** Runs `npm run -s cli -- …` the way a user does (through tsx), returning exit code, stdout, stderr. */
export function runCli(args: string[], env: Record<string, string> = {}): { code: number; stdout: string; stderr: string; json: unknown } {
  const r = spawnSync(join(root, 'node_modules', '.bin', 'tsx'), [join(root, 'services', 'cli', 'index.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 120_000,
  });
  let json: unknown = null;
  try {
    json = JSON.parse(r.stdout);
  } catch {
    json = null;
  }
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr, json };
}
