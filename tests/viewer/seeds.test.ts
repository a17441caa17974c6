// End-to-end on the real seed articles: `tafahum build ../shared/seeds`, served and opened in
// headless Chromium. Without ../shared: skipped with a message, a failure in CI.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hasChromium, launchChromium, serveOutDir } from './browser.js';
import { PROJECT_ROOT } from '../../viewer/server/paths.js';
import type { RunningViewerServer } from '../../viewer/server/types.js';
import { requireShared, sharedPath } from '../support/shared.js';

const SEEDS = sharedPath('seeds');
const hasSeeds = requireShared('viewer on the seeds graph', 'seeds');
if (!hasChromium) console.warn('Skipping the seeds viewer test: /usr/bin/chromium is missing (run `tafahum prepare-tests`).');

describe.skipIf(!hasSeeds || !hasChromium)('viewer on the seeds graph', () => {
  let browser: Browser;
  let server: RunningViewerServer;
  let page: Page;
  const dialogs: string[] = [];

  beforeAll(async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'tafahum-viewer-seeds-'));
    await promisify(execFile)(process.execPath, [join(PROJECT_ROOT, 'bin/tafahum.mjs'), 'build', SEEDS, '--out', outDir], { cwd: PROJECT_ROOT });
    server = await serveOutDir(outDir);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(server.url);
    await page.waitForFunction(() => window.__tafahum?.ready === true, null, { timeout: 30_000 });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('loads the graph', async () => {
    const { nodes } = await page.evaluate(() => window.__tafahum!.visibility());
    expect(nodes.length).toBeGreaterThan(0);
  });

  it('"المغرب", "maroc" and "Morocco" select the same node, which a type filter then hides', async () => {
    const chosen: Array<string | undefined> = [];
    for (const query of ['المغرب', 'maroc', 'Morocco']) {
      await page.fill('#search', query);
      await page.waitForSelector('#search-results li');
      await page.press('#search', 'Enter');
      chosen.push(await page.evaluate(() => window.__tafahum!.selectedNode()));
    }
    expect(chosen[0]).toBeDefined();
    expect(new Set(chosen).size).toBe(1);
    const type = await page.evaluate((node) => window.__tafahum!.sigma.getGraph().getNodeAttribute(node, 'type') as string, chosen[0]!);
    await page.uncheck(`input[name="type"][value="${type}"]`);
    const { nodes } = await page.evaluate(() => window.__tafahum!.visibility());
    expect(nodes).not.toContain(chosen[0]);
    await page.click('#reset-filters');
  });

  it('shows the evidence of a relation when there is one', async () => {
    const edge = await page.evaluate(() => window.__tafahum!.visibility().edges[0]);
    if (!edge) return; // the seeds build may not find relations yet; the fixture test covers evidence
    await page.evaluate((key) => window.__tafahum!.clickEdge(key), edge);
    expect((await page.textContent('#evidence-list blockquote'))?.length).toBeGreaterThan(10);
  });

  it('writes a screenshot to test-artifacts/ and ran no dialog', async () => {
    await mkdir(join(PROJECT_ROOT, 'test-artifacts'), { recursive: true });
    await page.screenshot({ path: join(PROJECT_ROOT, 'test-artifacts', 'viewer-seeds.png') });
    expect(dialogs).toEqual([]);
  });
});
