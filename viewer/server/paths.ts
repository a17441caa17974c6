// Where the viewer's files live, resolved from this module so it works from any working directory.
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const VIEWER_DIR = join(PROJECT_ROOT, 'viewer');
export const VIEWER_DIST = join(VIEWER_DIR, 'dist');
export const VIEWER_CONFIG = join(VIEWER_DIR, 'vite.config.ts');
