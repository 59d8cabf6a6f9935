/**
 * `npm test`: prepares a fresh machine (npm packages; Chromium, scikit-learn and R from Debian), then
 * type-checks everything (Electron adapter included), builds the UI and runs every test, ending with one
 * line `tests: N passed, N failed, N skipped`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { checkNode, ensureNodeModules, ensureTestTools, root } from './ensure-setup.mjs';

function step(title, cmd, args) {
  process.stderr.write(`\n== ${title}\n`);
  return spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } }).status ?? 1;
}

try {
  checkNode();
  ensureNodeModules();
  ensureTestTools();
} catch (err) {
  process.stderr.write(`Galat: ${err.message}\n`);
  process.exit(1);
}
const bin = (name) => join(root, 'node_modules', '.bin', name);
if (step('Pemeriksaan tipe (tsc)', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']) !== 0) process.exit(1);
if (step('Membangun antarmuka (vite)', bin('vite'), ['build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn']) !== 0) process.exit(1);
mkdirSync(join(root, 'test-results'), { recursive: true });
const report = join(root, 'test-results', 'vitest.json');
rmSync(report, { force: true });
const status = step('Uji (vitest)', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)]);
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  process.stdout.write(`tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${skipped} skipped\n`);
  if (r.numTotalTests === 0) process.exit(1);
}
process.exit(status);
