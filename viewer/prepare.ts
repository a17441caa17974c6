// Readies the machine for the viewer's E2E tests: a built viewer and Debian's /usr/bin/chromium.
// Called by `tafahum prepare-tests`; installs chromium with apt only when running as root.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { TafahumError } from '../model/errors.js';
import { ensureViewerBuilt } from './server/build.js';

export const CHROMIUM_PATH = '/usr/bin/chromium';

function ensureChromium(log: (line: string) => void): void {
  if (existsSync(CHROMIUM_PATH)) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    throw new TafahumError(
      'E_BROWSER',
      `${CHROMIUM_PATH} is missing: the viewer tests need Debian's chromium package`,
      'Install it with `sudo apt-get update && sudo apt-get install -y chromium`, then run the tests again.',
    );
  }
  log('Installing chromium with apt-get (once) …');
  try {
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  } catch {
    throw new TafahumError('E_BROWSER', 'apt-get could not install chromium', 'Run `apt-get update && apt-get install -y chromium` by hand to see why.');
  }
  if (!existsSync(CHROMIUM_PATH)) {
    throw new TafahumError('E_BROWSER', `chromium was installed but ${CHROMIUM_PATH} is still missing`);
  }
}

export async function prepareViewerForTests(log: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): Promise<void> {
  await ensureViewerBuilt(log);
  ensureChromium(log);
}
