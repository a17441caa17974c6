// Extraction throughput: builds a sample of the news corpus (../shared/corpus) per language, with and
// without worker threads, and prints documents/s, MB/s and peak memory. A benchmark, not a test.
//   npm run bench [-- --docs 2000 --workers 0,2]
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { runBuild } from '../extract/run.js';

const { values } = parseArgs({ options: { docs: { type: 'string', default: '2000' }, workers: { type: 'string', default: '0,2' } } });
const docs = Number(values.docs);
const workerCounts = values.workers!.split(',').map(Number);
const root = resolve(import.meta.dirname, '..');
const corpus = resolve(root, '../shared/corpus');

async function sample(file: string, n: number): Promise<string> {
  const out = join(mkdtempSync(join(tmpdir(), 'tafahum-bench-')), file.replace(/.*\//, ''));
  const lines: string[] = [];
  for await (const line of createInterface({ input: createReadStream(file) })) {
    if (line.trim()) lines.push(line);
    if (lines.length >= n) break;
  }
  writeFileSync(out, lines.join('\n') + '\n');
  return out;
}

const inputs: Array<{ label: string; path: string }> = [];
for (const lang of ['ar', 'en']) {
  const file = join(corpus, `news-${lang}.jsonl`);
  if (existsSync(file)) inputs.push({ label: `${lang} (${docs} news articles)`, path: await sample(file, docs) });
}
// French: no licensed news corpus yet; the bundled team-written examples stand in.
inputs.push({ label: 'examples/corpus (fr/ar/en, 10 articles)', path: join(root, 'examples/corpus') });
if (!existsSync(corpus)) console.log(`note: ${corpus} not found; only the bundled examples are measured`);

console.log('input'.padEnd(42), 'workers', '   docs', '  seconds', '   docs/s', '    MB/s', ' peak RSS MB', ' entities', ' relations');
for (const input of inputs) {
  const bytes = statSync(input.path).isDirectory() ? 0 : statSync(input.path).size;
  for (const workers of workerCounts) {
    const out = mkdtempSync(join(tmpdir(), 'tafahum-bench-out-'));
    const s = await runBuild({ inputs: [input.path], outDir: out, minConfidence: 0.5, workers });
    const mb = bytes / 1e6;
    console.log(
      input.label.padEnd(42),
      String(workers).padStart(7),
      String(s.documents).padStart(7),
      s.seconds.toFixed(1).padStart(9),
      (s.documents / s.seconds).toFixed(0).padStart(9),
      (mb ? (mb / s.seconds).toFixed(2) : '-').padStart(8),
      (process.memoryUsage().rss / 1e6).toFixed(0).padStart(12),
      String(s.entities).padStart(9),
      String(s.relations).padStart(10),
    );
    rmSync(out, { recursive: true, force: true });
  }
}
