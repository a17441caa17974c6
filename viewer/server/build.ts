// Builds the viewer with Vite when viewer/dist is missing or older than its sources.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { TafahumError } from '../../model/errors.js';
import { PROJECT_ROOT, VIEWER_CONFIG, VIEWER_DIR, VIEWER_DIST } from './paths.js';
import type { Log } from './types.js';

function newestMtime(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** True when dist/index.html exists and no source file is newer than it. */
export function isViewerBuildFresh(): boolean {
  const index = join(VIEWER_DIST, 'index.html');
  if (!existsSync(index)) return false;
  // The app also bundles the shared vocabulary and graph types from outside viewer/.
  const shared = [join(PROJECT_ROOT, 'model', 'vocabulary.ts'), join(PROJECT_ROOT, 'graph', 'types.ts')];
  const sources = [join(VIEWER_DIR, 'src'), join(VIEWER_DIR, 'public'), join(VIEWER_DIR, 'index.html'), VIEWER_CONFIG, ...shared].filter(existsSync);
  const built = statSync(index).mtimeMs;
  return sources.every((source) => newestMtime(source) <= built);
}

export async function ensureViewerBuilt(log: Log = () => {}, force = false): Promise<void> {
  if (!force && isViewerBuildFresh()) return;
  log(existsSync(VIEWER_DIST) ? 'Viewer sources changed: rebuilding viewer/dist …' : 'viewer/dist is missing: building the viewer (once) …');
  try {
    // Imported lazily: Vite is heavy and only needed when a build is due.
    const { build } = await import('vite');
    await build({ configFile: VIEWER_CONFIG, logLevel: 'warn' });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new TafahumError('E_OUTPUT', `could not build the viewer: ${message}`, 'Try `npm run build:viewer` to see the full output.');
  }
}
