// End-to-end: the served viewer in headless Debian Chromium, on a fixture graph with Morocco under
// three spellings, dated relations and a hostile entity name.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hasChromium, launchChromium, serveOutDir } from './browser.js';
import { HOSTILE_NAME, SIGNED_EDGE, SIGNED_SENTENCE, writeFixtureOutDir } from './fixture.js';
import { PROJECT_ROOT } from '../../viewer/server/paths.js';
import type { RunningViewerServer } from '../../viewer/server/types.js';

const ARTIFACTS = join(PROJECT_ROOT, 'test-artifacts');

if (!hasChromium) console.warn('Skipping viewer E2E tests: /usr/bin/chromium is missing (run `tafahum prepare-tests`).');

describe.skipIf(!hasChromium)('viewer in headless Chromium', () => {
  let browser: Browser;
  let server: RunningViewerServer;
  let page: Page;
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  let cspHeader: string | undefined;

  const visible = () => page.evaluate(() => window.__tafahum!.visibility());
  const selected = () => page.evaluate(() => window.__tafahum!.selectedNode());

  async function open(query = ''): Promise<void> {
    const response = await page.goto(server.url + query);
    cspHeader = response?.headers()['content-security-policy'];
    await page.waitForFunction(() => window.__tafahum?.ready === true, null, { timeout: 30_000 });
  }

  async function searchAndChoose(text: string): Promise<void> {
    await page.fill('#search', text);
    await page.waitForSelector('#search-results li');
    await page.press('#search', 'Enter');
  }

  beforeAll(async () => {
    server = await serveOutDir(await writeFixtureOutDir());
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    await open();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('loads the graph, with a CSP header and counts of everything', async () => {
    expect(cspHeader).toContain("script-src 'self'");
    const { nodes, edges } = await visible();
    expect(nodes).toHaveLength(10);
    expect(edges).toHaveLength(8);
    await expect(page.textContent('#counts')).resolves.toBe('10 / 10 nodes · 8 / 8 relations');
    expect(pageErrors).toEqual([]);
  });

  it.each(['المغرب', 'maroc', 'Morocco', 'MAROC', 'المَغْرِب'])('searching "%s" selects Morocco', async (query) => {
    await page.evaluate(() => window.__tafahum!.clickNode('country:SA'));
    await searchAndChoose(query);
    expect(await selected()).toBe('country:MA');
    await expect(page.textContent('#node-title')).resolves.toBe('Morocco');
  });

  it('selects a node with a real click on the canvas', async () => {
    await page.evaluate(() => window.__tafahum!.clickNode('country:SA'));
    await page.waitForTimeout(600); // let the camera animation towards Saudi Arabia finish
    await page.evaluate(() => window.__tafahum!.sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }));
    await page.waitForTimeout(100);
    const point = await page.evaluate(() => {
      const sigma = window.__tafahum!.sigma;
      const data = sigma.getNodeDisplayData('country:MA')!;
      return sigma.framedGraphToViewport(data);
    });
    const box = (await page.locator('#graph').boundingBox())!;
    await page.mouse.click(box.x + point.x, box.y + point.y);
    expect(await selected()).toBe('country:MA');
  });

  it('hovering a node dims everything outside its neighbourhood', async () => {
    await page.keyboard.press('Escape');
    await page.waitForTimeout(500); // the camera may still be moving to the last selection
    await page.evaluate(() => window.__tafahum!.sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }));
    await page.waitForTimeout(100);
    const point = await page.evaluate(() => {
      const sigma = window.__tafahum!.sigma;
      return sigma.framedGraphToViewport(sigma.getNodeDisplayData('country:SA')!);
    });
    const box = (await page.locator('#graph').boundingBox())!;
    await page.mouse.move(box.x + point.x, box.y + point.y);
    await page.waitForTimeout(200);
    const colors = await page.evaluate(() => {
      const sigma = window.__tafahum!.sigma;
      return ['country:SA', 'country:MA', 'loc:lonely'].map((node) => sigma.getNodeDisplayData(node)!.color);
    });
    expect(colors[0]).not.toBe('#E3E5EA'); // the hovered node
    expect(colors[1]).not.toBe('#E3E5EA'); // neighbour of Saudi Arabia
    expect(colors[2]).toBe('#E3E5EA');
    await page.mouse.move(box.x + 2, box.y + 2);
  });

  it('a type filter hides the nodes of that type and updates the counts and the URL', async () => {
    await page.uncheck('input[name="type"][value="Person"]');
    const { nodes } = await visible();
    expect(nodes).not.toContain('person:nadia-amrani');
    expect(nodes).not.toContain('person:omar-zahid');
    expect(nodes).toHaveLength(8);
    await expect(page.textContent('#counts')).resolves.toMatch(/^8 \/ 10 nodes/);
    expect(new URL(page.url()).searchParams.get('types')).not.toContain('Person');
    // The URL alone restores the view.
    await open(new URL(page.url()).search);
    expect(await page.isChecked('input[name="type"][value="Person"]')).toBe(false);
    expect((await visible()).nodes).toHaveLength(8);
    await page.click('#reset-filters');
    expect((await visible()).nodes).toHaveLength(10);
  });

  it('the date slider hides relations dated outside the range', async () => {
    // 2024-01 as a month index (see viewer/src/data/dates.ts).
    await page.evaluate((value) => {
      const input = document.querySelector<HTMLInputElement>('#date-from')!;
      input.value = String(value);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }, 2024 * 12);
    let { edges } = await visible();
    expect(edges).toContain(SIGNED_EDGE); // 2024-12-16
    expect(edges).not.toContain('MET|person:nadia-amrani|person:omar-zahid'); // 2023-05
    expect(edges).not.toContain('PARTNERED|country:FR|country:MA'); // 2019
    expect(edges).toContain('MEMBER_OF|country:MA|org:unido'); // undated, kept by default
    await expect(page.textContent('#date-label')).resolves.toMatch(/^2024-01 → 2024-12 · /);
    await page.uncheck('#include-undated');
    ({ edges } = await visible());
    expect(edges).toEqual([SIGNED_EDGE]);
    await page.click('#reset-filters');
    expect((await visible()).edges).toHaveLength(8);
  });

  it('clicking an edge shows its evidence sentence with the endpoints highlighted', async () => {
    await page.evaluate((edge) => window.__tafahum!.clickEdge(edge), SIGNED_EDGE);
    await expect(page.textContent('#evidence-list blockquote')).resolves.toBe(SIGNED_SENTENCE);
    const marks = await page.$$eval('#evidence-list mark', (els) => els.map((el) => el.textContent));
    expect(marks).toEqual(['Maroc', 'Arabie saoudite']);
    await expect(page.textContent('#panel')).resolves.toContain('Accord maroco-saoudien sur l’énergie');
    expect(await page.getAttribute('#evidence-list a', 'href')).toBe('https://example.org/accord');
  });

  it('shows a hostile entity name as text and runs nothing', async () => {
    await searchAndChoose('img src');
    expect(await selected()).toBe('org:hostile');
    await expect(page.textContent('#node-title')).resolves.toBe(HOSTILE_NAME);
    await page.evaluate(() => window.__tafahum!.clickEdge('PARTNERED|org:hostile|country:MA'));
    await expect(page.textContent('#evidence-list')).resolves.toContain('<script>alert(4)</script>');
    expect(await page.locator('main img, main script').count()).toBe(0);
    // A javascript: document URL is shown as text, not as a link.
    await page.evaluate(() => window.__tafahum!.clickEdge('MET|person:nadia-amrani|person:omar-zahid'));
    expect(await page.locator('a[href^="javascript"]').count()).toBe(0);
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('exports the filtered subgraph as CSV and GEXF', async () => {
    await page.uncheck('input[name="type"][value="Person"]');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#export-nodes')]);
    const text = await streamText(await csv.createReadStream());
    expect(text.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('id,type,name,aliases,country,titles,confidence,mentions,doc_ids,degree'); // a BOM first, for spreadsheets
    expect(text).not.toContain('person:');
    expect(text).toContain('org:hostile,Organization,<img src=x onerror=alert(1)>,');
    const [gexf] = await Promise.all([page.waitForEvent('download'), page.click('#export-gexf')]);
    const xml = await streamText(await gexf.createReadStream());
    expect(xml).toContain('<gexf');
    expect(xml).toContain('label="&lt;img src=x onerror=alert(1)');
    await page.click('#reset-filters');
  });

  it('refines the layout in a web worker, started and stopped from the toolbar', async () => {
    const before = await page.evaluate(() => window.__tafahum!.sigma.getGraph().getNodeAttributes('country:MA'));
    await page.click('#layout-toggle');
    await expect(page.getAttribute('#layout-toggle', 'aria-pressed')).resolves.toBe('true');
    await page.waitForTimeout(800);
    await page.click('#layout-toggle');
    await expect(page.getAttribute('#layout-toggle', 'aria-pressed')).resolves.toBe('false');
    const after = await page.evaluate(() => window.__tafahum!.sigma.getGraph().getNodeAttributes('country:MA'));
    expect([after.x, after.y]).not.toEqual([before.x, before.y]);
    // The worker starts from a Blob URL: the CSP must allow it and nothing else may be blocked.
    expect(consoleErrors.filter((line) => /Content Security Policy|Refused/i.test(line))).toEqual([]);
  });

  it('writes a screenshot of the page to test-artifacts/', async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    await page.evaluate(() => window.__tafahum!.clickNode('country:MA'));
    await page.waitForTimeout(500);
    const path = join(ARTIFACTS, 'viewer-fixture.png');
    await page.screenshot({ path });
    const [png] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
    expect(png.suggestedFilename()).toBe('tafahum-view.png');
    await png.saveAs(join(ARTIFACTS, 'viewer-export.png'));
  });
});

async function streamText(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
