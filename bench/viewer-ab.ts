// `npx tsx bench/viewer-ab.ts <dist A> <dist B> [rounds]`: compares two builds of the viewer on the same synthetic
// graph (20,000 nodes / 100,000 relations), loading each in a fresh headless Chromium in alternation, so that both
// meet the same machine load. Prints one JSON line per load: navigation → first frame, the browser's CPU seconds
// (all processes, busiest), the in-page steps (ms), and the interactions of bench/viewer-page.ts (3 of each, ms).
// A build of another commit: git archive <commit> viewer model graph | tar -x -C /tmp/x, link node_modules, vite build.
import { loadavg } from 'node:os';
import { launchChromium } from '../tests/viewer/browser.js';
import { syntheticGraph } from '../tests/viewer/synthetic.js';
import { startViewerServer } from '../viewer/server/server.js';
import { cpuBetween, descendantCpuMs } from './cpu.js';
import { INTERACTIONS } from './viewer-page.js';

const [distA, distB, roundsArg] = process.argv.slice(2);
if (!distA || !distB) throw new Error('usage: npx tsx bench/viewer-ab.ts <dist A> <dist B> [rounds]');
const graphJson = JSON.stringify(syntheticGraph(20_000, 100_000));
const servers = { A: await startViewerServer({ distDir: distA, graphJson, port: 0 }), B: await startViewerServer({ distDir: distB, graphJson, port: 0 }) };
try {
  for (let round = 0; round < Number(roundsArg ?? 3); round++) {
    for (const build of round % 2 ? (['B', 'A'] as const) : (['A', 'B'] as const)) {
      const browser = await launchChromium();
      try {
        const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
        const cpuBefore = descendantCpuMs();
        const started = Date.now();
        await page.goto(servers[build].url);
        await page.waitForFunction(() => window.__tafahum?.ready === true, null, { timeout: 180_000 });
        await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
        const seconds = (Date.now() - started) / 1000;
        const cpu = cpuBetween(cpuBefore, descendantCpuMs());
        const t = (await page.evaluate('window.__tafahum.timings')) as Record<string, number>;
        const step = (from: string, to: string) => Math.round((t[to] ?? 0) - (t[from] ?? 0));
        const interactions = (await page.evaluate(`(${INTERACTIONS})(3)`)) as { toNextFrame: Record<string, number> };
        console.log(JSON.stringify({
          build, seconds, cpuSeconds: [cpu.totalMs / 1000, cpu.busiestMs / 1000],
          steps: { fetchAndParse: step('start', 'graphParsed'), graph: step('graphParsed', 'graphLoaded'), facts: step('graphLoaded', 'factsDerived'), sigma: step('filtered', 'sigmaCreated') },
          toNextFrame: interactions.toNextFrame, loadAverage: Number((loadavg()[0] ?? 0).toFixed(1)),
        }));
      } finally {
        await browser.close();
      }
    }
  }
} finally {
  await servers.A.close();
  await servers.B.close();
}
