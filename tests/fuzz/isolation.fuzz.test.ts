// One hostile document among good ones changes nothing for the others: the build finishes and every good
// document's extraction is the one a clean build gives (issue 15).
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../model/random.js';
import { runBuild } from '../../extract/run.js';
import { generateNews } from './generate.js';
import { FuzzCounts } from './support.js';

const EXAMPLES = fileURLToPath(new URL('../../examples/corpus/', import.meta.url));
const counts = new FuzzCounts('isolation');
let dir = '';
let clean = new Map<string, string>();

async function build(inputs: string, name: string): Promise<Map<string, string>> {
  const out = join(dir, name);
  await runBuild({ inputs: [inputs], outDir: out, minConfidence: 0.5, workers: 0 });
  const byId = new Map<string, string>();
  for (const line of (await readFile(join(out, 'extractions.jsonl'), 'utf8')).split('\n').filter(Boolean)) {
    const x = JSON.parse(line) as { doc: { id: string; source?: string } };
    delete x.doc.source; // the folder differs between builds; nothing else may
    byId.set(x.doc.id, JSON.stringify(x));
  }
  return byId;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tafahum-fuzz-isolation-'));
  await cp(EXAMPLES, join(dir, 'clean-in'), { recursive: true });
  clean = await build(join(dir, 'clean-in'), 'clean-out');
}, 120_000);
afterAll(async () => {
  counts.print();
  if (dir) await rm(dir, { recursive: true, force: true });
}, 60_000);

const random = seededRandom(15);
const hostile: Record<string, () => Buffer | string> = {
  'zz-random-high-bytes.txt': () => Buffer.from(Uint8Array.from({ length: 50_000 }, () => 0x80 + Math.floor(random() * 128))),
  'zz-one-line-96kb.txt': () => generateNews(96 * 1024, 9, 'fr').replace(/\n/g, ' '),
  'zz-hostile.jsonl': () =>
    [
      '{"id":"__proto__","text":"Le Maroc et la France ont signé un accord."}',
      '{"id":"constructor","text":"وقع المغرب وفرنسا اتفاقية."}',
      '{not json',
      '{"id":"ar-saudi-china-summit","text":"A record reusing an id already taken."}',
      `{"id":"big","text":"${'Egypt and Jordan signed a deal. '.repeat(2000)}"}`,
    ].join('\n'),
  'zz-controls.html': () => `<html><body><p>\u202Eevil\u202C Le\u0000 Maroc\x1b[31m et <script>alert(1)</script>la France ont signé.</p>${'<div>'.repeat(3000)}</body></html>`,
};

describe('a hostile document among good ones', () => {
  for (const [name, make] of Object.entries(hostile)) {
    it(`${name}: the build finishes and the good documents' output is unchanged`, async () => {
      const input = join(dir, `in-${name}`);
      await cp(EXAMPLES, input, { recursive: true });
      await writeFile(join(input, name), make());
      const dirty = await build(input, `out-${name}`);
      counts.add('hostile builds');
      for (const [id, extraction] of clean) {
        expect(dirty.get(id), id).toBe(extraction);
        counts.add('good documents compared');
      }
    }, 120_000);
  }
});
