#!/usr/bin/env node
// Entry point of the `tafahum` command: runs the compiled JavaScript in dist/ (recompiled first when a
// source is newer, see compile.mjs); falls back to running the TypeScript through tsx when it cannot.
import { ensureCompiled } from './compile.mjs';

if (process.env.TAFAHUM_TSX !== '1' && ensureCompiled()) {
  await import('../dist/cli/main.js');
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../cli/main.ts');
}
