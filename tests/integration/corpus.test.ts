// End to end on real articles: `tafahum build` the seeds (../shared/seeds) and the bundled
// examples, `tafahum load` them, and check the database against each graph.json.
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../cypher/paths.js';
import type { SerializedGraph } from '../../graph/types.js';
import { cli, driverForTests, dump, read, wipe } from './helpers.js';
import { requireShared, sharedPath } from '../support/shared.js';

const SEEDS = sharedPath('seeds');
const hasSeeds = requireShared('neo4j corpus: seeds', 'seeds');
const EXAMPLES = resolve(PROJECT_ROOT, 'examples/corpus');
const hasFiles = (dir: string): boolean => existsSync(dir) && readdirSync(dir).length > 0;

let driver: Driver;
let tmp: string;

beforeAll(async () => {
  driver = driverForTests();
  tmp = await mkdtemp(join(tmpdir(), 'tafahum-corpus-'));
});
afterAll(async () => {
  await driver.close();
  await rm(tmp, { recursive: true, force: true });
});

async function buildAndLoad(input: string, name: string): Promise<SerializedGraph> {
  const out = join(tmp, name);
  const built = await cli(['build', input, '--out', out]);
  expect(built.code, built.stderr).toBe(0);
  const loaded = await cli(['load', out]);
  expect(loaded.code, loaded.stderr).toBe(0);
  return JSON.parse(await readFile(join(out, 'graph.json'), 'utf8')) as SerializedGraph;
}

async function expectMatches(graph: SerializedGraph): Promise<void> {
  const [counts] = await read(driver, "MATCH (n:Entity) WITH count(n) AS entities MATCH (d:Document) RETURN entities, count(d) AS documents");
  const docIds = new Set([...Object.keys(graph.attributes.documents ?? {}), ...graph.nodes.flatMap((n) => n.attributes.docs)]);
  expect(counts).toEqual({ entities: graph.nodes.length, documents: docIds.size });
  const [rels] = await read(driver, "MATCH ()-[r]->() WHERE type(r) <> 'MENTIONS' RETURN count(r) AS n");
  expect(rels!.n).toBe(graph.edges.length);
  for (const node of graph.nodes.slice(0, 50)) {
    const [row] = await read(driver, 'MATCH (n:Entity {id: $id}) RETURN n.name AS name, n.type AS type, n.aliases AS aliases', { id: node.key });
    expect(row).toEqual({ name: node.attributes.name, type: node.attributes.type, aliases: [...new Set(node.attributes.aliases)] });
  }
}

describe.skipIf(!hasSeeds)(`seeds (${SEEDS})`, () => {
  it('loads the seeds, matches graph.json, and a second load changes nothing', async () => {
    await wipe(driver);
    const graph = await buildAndLoad(SEEDS, 'seeds');
    await expectMatches(graph);
    const before = await dump(driver);
    expect((await cli(['load', join(tmp, 'seeds')])).code).toBe(0);
    expect(await dump(driver)).toEqual(before);

    // Morocco's agreements, as the README's example asks: rows exactly when graph.json has SIGNED
    // edges at country:MA, dated whenever all of those edges are.
    const result = await cli(['query', '--saved', 'country-agreements', '--param', 'country=MA', '--format', 'json']);
    expect(result.code, result.stderr).toBe(0);
    const rows = JSON.parse(result.stdout) as Array<{ date: string | null; agreement: string | null }>;
    const signed = graph.edges.filter((e) => e.attributes.type === 'SIGNED' && (e.source === 'country:MA' || e.target === 'country:MA'));
    expect(rows.length > 0).toBe(signed.length > 0);
    expect(rows.length).toBeLessThanOrEqual(signed.length);
    if (signed.every((e) => e.attributes.date)) for (const row of rows) expect(row.date).toMatch(/^\d{4}(-\d{2}){0,2}$/);
  });
});

describe.skipIf(!hasFiles(EXAMPLES))('bundled examples (examples/corpus)', () => {
  it('loads the examples and matches their graph.json', async () => {
    await wipe(driver);
    const graph = await buildAndLoad(EXAMPLES, 'examples');
    await expectMatches(graph);
  });
});

if (!hasFiles(EXAMPLES)) console.warn('bundled examples skipped: examples/corpus is empty');
