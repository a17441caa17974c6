// Incremental and sharded builds give exactly the outputs of a plain build: a warm rebuild reuses every
// result, one edited document is the only one extracted again, and three shards merged equal one build.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runBuild } from '../../../extract/run.js';
import { runMerge } from '../../../extract/shard-merge.js';
import { requireShared, sharedPath } from '../../support/shared.js';

const EXAMPLES = fileURLToPath(new URL('../../../examples/corpus', import.meta.url));
const temp = mkdtempSync(join(tmpdir(), 'tafahum-incremental-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
const outputs = (dir: string) => ({ graph: readFileSync(join(dir, 'graph.json'), 'utf8'), extractions: readFileSync(join(dir, 'extractions.jsonl'), 'utf8') });

describe('incremental builds', () => {
  it('reuse every result when nothing changed, and extract only the edited document', async () => {
    const input = join(temp, 'corpus');
    cpSync(EXAMPLES, input, { recursive: true });
    const out = join(temp, 'out');
    const cache = join(temp, 'cache');
    const cold = await runBuild({ inputs: [input], outDir: out, minConfidence: 0.5, cache });
    const first = outputs(out);
    const warm = await runBuild({ inputs: [input], outDir: out, minConfidence: 0.5, cache });
    expect(warm.cache).toMatchObject({ unchanged: true });
    expect(warm.documents).toBe(cold.documents);
    expect(outputs(out)).toEqual(first);

    const edited = join(input, 'fr-maroc-france-partenariat.txt');
    writeFileSync(edited, readFileSync(edited, 'utf8') + "\nLe ministre de la Santé du Sénégal a rencontré l'ambassadeur du Japon à Dakar.\n");
    const again = await runBuild({ inputs: [input], outDir: out, minConfidence: 0.5, cache });
    expect(again.cache).toEqual({ hits: cold.documents - 1, misses: 1, unchanged: false });
    await runBuild({ inputs: [input], outDir: join(temp, 'fresh'), minConfidence: 0.5, cache: false });
    expect(outputs(out)).toEqual(outputs(join(temp, 'fresh')));
  });
});

describe.skipIf(!requireShared('sharded build', 'seeds'))('sharded builds', () => {
  const inputs = [EXAMPLES, sharedPath('seeds')];

  it('three shards merged give the graph and extractions of a single build', async () => {
    await runBuild({ inputs, outDir: join(temp, 'single'), minConfidence: 0.5, cache: false });
    const shards = [1, 2, 3].map((i) => join(temp, `shard-${i}`));
    const sizes = [];
    for (const [i, dir] of shards.entries()) sizes.push((await runBuild({ inputs, outDir: dir, minConfidence: 0.5, cache: false, shard: { index: i, count: 3 } })).documents);
    expect(sizes.every((n) => n > 0)).toBe(true);
    const merged = await runMerge(shards.reverse(), join(temp, 'merged'));
    expect(merged.documents).toBe(sizes.reduce((a, b) => a + b, 0));
    expect(outputs(join(temp, 'merged'))).toEqual(outputs(join(temp, 'single')));
  });

  it('refuses an incomplete set of shards', async () => {
    await expect(runMerge([join(temp, 'shard-1'), join(temp, 'shard-3')], join(temp, 'partial'))).rejects.toThrow(/missing shard 2\/3/);
  });
});
