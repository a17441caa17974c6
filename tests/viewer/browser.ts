// Headless Debian Chromium through playwright-core (never a downloaded browser), and a served out dir.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { ensureViewerBuilt } from '../../viewer/server/build.js';
import { loadGraphFromOutDir } from '../../viewer/server/graph-source.js';
import { VIEWER_DIST } from '../../viewer/server/paths.js';
import { startViewerServer } from '../../viewer/server/server.js';
import type { RunningViewerServer } from '../../viewer/server/types.js';
import { appendCuration } from '../../graph/curation.js';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const hasChromium = existsSync(CHROMIUM);

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/** Builds the viewer when needed, then serves `outDir` on a free port, saving curation decisions there. */
export async function serveOutDir(outDir: string): Promise<RunningViewerServer> {
  await ensureViewerBuilt();
  const graphJson = await loadGraphFromOutDir(outDir, () => {});
  // As `tafahum serve` does: curation decisions made in the page go to the out dir.
  return startViewerServer({ distDir: VIEWER_DIST, graphJson, port: 0, saveCuration: (decision) => appendCuration(outDir, decision) });
}
