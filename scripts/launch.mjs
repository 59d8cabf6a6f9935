/** `npm start`: prepares a fresh machine, then starts the app (Electron, or the browser mode). */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { checkNode, ensureNodeModules, root, tryInstallElectron } from './ensure-setup.mjs';

try {
  checkNode();
  ensureNodeModules();
  if (!process.env.CI && !process.argv.includes('--browser')) tryInstallElectron();
} catch (err) {
  process.stderr.write(`Galat: ${err.message}\n`);
  process.exit(1);
}
const child = spawn(join(root, 'node_modules', '.bin', 'tsx'), [join(root, 'scripts', 'start.ts'), ...process.argv.slice(2)], { stdio: 'inherit' });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
