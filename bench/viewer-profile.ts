// `npx tsx bench/viewer-profile.ts`: where the viewer spends its time at 20,000 nodes / 100,000 relations. Records a
// CPU profile (Chrome DevTools protocol) of the load, a selection, clearing it and a relation-type switch, prints
// the functions with the most time of their own and in total, and writes the .cpuprofile files to /tmp/vprof/ (open
// them in Chrome's DevTools). Build the viewer unminified first for readable names:
//   npx vite build --config viewer/vite.config.ts --minify false
// Environment: NODES, EDGES, ISOLATED (share), LOADONLY=1 (the load only).
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium, serveOutDir } from '../tests/viewer/browser.js';
import { syntheticGraph } from '../tests/viewer/synthetic.js';

const NODES = Number(process.env.NODES ?? 20000);
const EDGES = Number(process.env.EDGES ?? 100000);
type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };

function summarise(label: string, profile: Profile, top = 25): void {
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byFn = new Map<string, number>();
  const parent = new Map<number, number>();
  const nodeById = new Map<number, Node>();
  for (const n of profile.nodes) { nodeById.set(n.id, n); for (const c of n.children ?? []) parent.set(c, n.id); }
  // total (inclusive) per function
  const total = new Map<string, number>();
  const key = (n: Node) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}:${n.callFrame.columnNumber}`;
  for (const [id, us] of self) {
    const n = nodeById.get(id)!;
    byFn.set(key(n), (byFn.get(key(n)) ?? 0) + us);
    const seen = new Set<string>(); // a recursive function counts once per sample
    for (let p: number | undefined = id; p !== undefined; p = parent.get(p)) {
      const k = key(nodeById.get(p)!);
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + us);
    }
  }
  const ms = (us: number) => (us / 1000).toFixed(0).padStart(6);
  console.log(`\n== ${label}: ${((profile.endTime - profile.startTime) / 1000).toFixed(0)} ms profiled`);
  console.log('-- self');
  for (const [k, us] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(ms(us), k);
  console.log('-- total');
  for (const [k, us] of [...total].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(ms(us), k);
}

await mkdir('/tmp/vprof', { recursive: true });
const outDir = await mkdtemp(join(tmpdir(), 'tafahum-prof-'));
const json = JSON.stringify(syntheticGraph(NODES, EDGES, Number(process.env.ISOLATED ?? 0)));
console.log('graph.json bytes', json.length);
await writeFile(join(outDir, 'graph.json'), json);
const server = await serveOutDir(outDir);
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const t0 = Date.now();
  await page.goto(server.url);
  await page.waitForFunction(() => window.__tafahum?.ready === true, null, { timeout: 120_000 });
  await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
  console.log('load s', (Date.now() - t0) / 1000, 'timings', await page.evaluate('JSON.stringify(window.__tafahum.timings)'));
  const load = (await cdp.send('Profiler.stop')).profile as unknown as Profile;
  await writeFile('/tmp/vprof/load.cpuprofile', JSON.stringify(load));
  summarise('load', load);
  await page.waitForTimeout(1000);
  if (process.env.LOADONLY) process.exit(0);
  for (const [label, script] of [
    ['select', `(async () => { const h = window.__tafahum; const n = h.visibility().nodes[123]; const b = performance.now(); h.clickNode(n); const m = performance.now(); await new Promise(r => requestAnimationFrame(() => r())); return [m - b, performance.now() - b]; })()`],
    ['deselect', `(async () => { const b = performance.now(); document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' })); const m = performance.now(); await new Promise(r => requestAnimationFrame(() => r())); return [m - b, performance.now() - b]; })()`],
    ['filterOff', `(async () => { const b = performance.now(); document.querySelector('#legend-edges input[type=checkbox]').click(); const m = performance.now(); await new Promise(r => requestAnimationFrame(() => r())); return [m - b, performance.now() - b]; })()`],
    ['filterOn', `(async () => { const b = performance.now(); document.querySelector('#legend-edges input[type=checkbox]').click(); const m = performance.now(); await new Promise(r => requestAnimationFrame(() => r())); return [m - b, performance.now() - b]; })()`],
  ] as const) {
    await page.waitForTimeout(800);
    await cdp.send('Profiler.start');
    const r = await page.evaluate(script);
    const p = (await cdp.send('Profiler.stop')).profile as unknown as Profile;
    await writeFile(`/tmp/vprof/${label}.cpuprofile`, JSON.stringify(p));
    console.log(`\n${label}: handler/next frame ms`, r);
    summarise(label, p, 15);
  }
  console.log('loadavg', loadavg());
} finally {
  await browser.close();
  await server.close();
  await rm(outDir, { recursive: true, force: true });
}
