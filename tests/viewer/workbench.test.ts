// End-to-end, as an analyst works, at the size the issue asks for: a generated graph of 20,000 nodes (half of them
// isolated) and 100,000 relations in headless Chromium — isolated nodes hidden by default, search hits brought into
// view, expand / dismiss / pin, shortest path, network of any entity, degree and community filters, timeline steps,
// document picker, captions, Esc and Reset — with a screenshot checked for a non-blank drawing.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hasChromium, launchChromium, serveOutDir } from './browser.js';
import { syntheticGraph } from './synthetic.js';
import { PROJECT_ROOT } from '../../viewer/server/paths.js';
import type { RunningViewerServer } from '../../viewer/server/types.js';

const NODES = 20_000;
const EDGES = 100_000;

describe.skipIf(!hasChromium)(`the viewer as a workbench, on ${NODES} nodes / ${EDGES} relations`, () => {
  let browser: Browser;
  let server: RunningViewerServer;
  let page: Page;
  const pageErrors: string[] = [];

  const shown = () => page.evaluate(() => window.__tafahum!.visibility());
  const state = () => page.evaluate(() => window.__tafahum!.state());
  const click = async (selector: string) => {
    await page.click(selector);
    await page.waitForTimeout(50);
  };

  beforeAll(async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'tafahum-workbench-'));
    await writeFile(join(outDir, 'graph.json'), JSON.stringify(syntheticGraph(NODES, EDGES, 0.5)));
    server = await serveOutDir(outDir);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(server.url);
    await page.waitForFunction(() => window.__tafahum?.ready === true, null, { timeout: 120_000 });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('hides isolated nodes by default in a big graph, says how many, and shows them on demand', async () => {
    const before = await shown();
    expect(before.nodes.length).toBeLessThanOrEqual(NODES / 2 + 10);
    expect(Number(await page.textContent('#isolated-count'))).toBeGreaterThanOrEqual(NODES / 2 - 10);
    expect(await page.isChecked('#hide-isolated')).toBe(true);
    await click('#hide-isolated');
    expect((await shown()).nodes).toHaveLength(NODES);
    await click('#hide-isolated');
    expect((await shown()).nodes.length).toBe(before.nodes.length);
  });

  it('brings a hidden search hit into view with its neighbours, and Esc clears the selection', async () => {
    const isolated = `n${NODES - 2}`; // a Latin name (every 7th node has an Arabic one)
    await page.fill('#search', `Entity ${NODES - 2}`);
    await page.waitForSelector('#search-results li');
    await page.press('#search', 'Enter');
    expect(await page.evaluate(() => window.__tafahum!.selectedNode())).toBe(isolated);
    expect((await shown()).nodes).toContain(isolated);
    // The camera moves to it (an animation): wait until it is inside the canvas.
    await page.waitForFunction((node) => {
      const sigma = window.__tafahum!.sigma;
      const data = sigma.getNodeDisplayData(node);
      if (!data) return false;
      const { x, y } = sigma.framedGraphToViewport(data);
      const { width, height } = sigma.getDimensions();
      return x >= 0 && y >= 0 && x <= width && y <= height;
    }, isolated, { timeout: 15_000 });
    await page.click('#graph');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => window.__tafahum!.selectedNode())).toBeUndefined();
  });

  it('finds a name with a typo', async () => {
    expect(await page.evaluate(() => window.__tafahum!.search('Entitty 1234'))).toContain('n1234');
  });

  it('expands, dismisses and pins from the node panel', async () => {
    await page.evaluate(() => window.__tafahum!.clickNode('n10'));
    await click('#action-dismiss');
    expect((await shown()).nodes).not.toContain('n10');
    expect((await state()).dismissed).toContain('n10');
    await click('#restore-dismissed');
    await page.evaluate(() => window.__tafahum!.clickNode('n11'));
    await click('#action-pin');
    expect((await state()).pinned).toContain('n11');
    expect(await page.evaluate(() => window.__tafahum!.sigma.getGraph().getNodeAttribute('n11', 'fixed'))).toBe(true);
    // Expanding under a filter that hides everything shows the node's neighbours anyway.
    await page.evaluate(() => window.__tafahum!.clickNode('n12'));
    const degree = await page.evaluate(() => window.__tafahum!.sigma.getGraph().neighbors('n12').length);
    await page.fill('#min-degree', '50');
    await page.dispatchEvent('#min-degree', 'input');
    await click('#action-expand');
    const { nodes } = await shown();
    expect(nodes).toContain('n12');
    expect(nodes.length).toBeGreaterThanOrEqual(degree + 1);
    await click('#reset-filters');
    expect((await state()).expanded).toEqual([]);
  });

  it('draws the shortest path between two chosen nodes', async () => {
    await page.evaluate(() => window.__tafahum!.clickNode('n1'));
    await click('#action-path-from');
    await page.evaluate(() => window.__tafahum!.clickNode('n1900'));
    await click('#action-path-to');
    const path = await page.evaluate(() => window.__tafahum!.path());
    expect(path?.nodes[0]).toBe('n1');
    expect(path?.nodes.at(-1)).toBe('n1900');
    expect(path!.edges).toHaveLength(path!.nodes.length - 1);
    await page.keyboard.press('Escape');
    expect(await page.locator('#path-panel li').count()).toBe(path!.nodes.length);
    await click('#path-clear');
  });

  it('shows the network of any entity, a degree threshold and one community', async () => {
    await page.evaluate(() => window.__tafahum!.clickNode('n5'));
    await click('#action-network');
    const network = await shown();
    const neighbours = await page.evaluate(() => window.__tafahum!.sigma.getGraph().neighbors('n5'));
    expect(new Set(network.nodes)).toEqual(new Set(['n5', ...neighbours]));
    await click('#reset-filters');
    await click('#detect-communities');
    await page.selectOption('#community', '0');
    const community = (await shown()).nodes.length;
    expect(community).toBeGreaterThan(0);
    expect(community).toBeLessThan(NODES / 2);
    await click('#reset-filters');
  });

  it('steps the timeline month by month with a histogram of dated relations', async () => {
    const bars = await page.evaluate(() => {
      const canvas = document.getElementById('timeline-histogram') as HTMLCanvasElement;
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let painted = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
      return painted;
    });
    expect(bars).toBeGreaterThan(100);
    await click('#timeline-play');
    await page.waitForTimeout(1_600);
    await click('#timeline-play');
    const played = await state();
    expect(played.dateFrom).toBeDefined();
    await click('#timeline-forward');
    expect((await state()).dateFrom).toBe(played.dateFrom! + 1);
    await click('#reset-filters');
  });

  it('picks a document by searching its title', async () => {
    await page.fill('#document', 'Synthetic article 42');
    await page.waitForSelector('#document-results li');
    await page.locator('#document-results li', { hasText: /Synthetic article 42$/ }).first().dispatchEvent('mousedown');
    expect((await state()).doc).toBe('doc-42');
    await click('#reset-filters');
  });

  it('switches captions to Latin script', async () => {
    await page.keyboard.press('Escape');
    await page.selectOption('#caption', 'latin');
    const label = await page.evaluate(() => window.__tafahum!.sigma.getNodeDisplayData('n7')?.label);
    expect(label).toMatch(/^[A-Za-z' -]+\d+$/);
    await page.selectOption('#caption', 'original');
  });

  it('renders something, not a blank canvas, without page errors', async () => {
    await mkdir(join(PROJECT_ROOT, 'test-artifacts'), { recursive: true });
    const png = await page.screenshot({ path: join(PROJECT_ROOT, 'test-artifacts', 'viewer-workbench.png') });
    expect(png.length).toBeGreaterThan(20_000);
    expect(pageErrors).toEqual([]);
  });
});
