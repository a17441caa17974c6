// Datasets side by side in one Neo4j: each load is tagged (--dataset), queries scope to one, and
// `load --replace` swaps a dataset for a new version without touching the other.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, connection, driverForTests, fixtureGraph, read, wipe } from './helpers.js';

let driver: Driver;
const A = fixtureGraph('neo4j-a.json'); // 8 entities, 7 relations, documents a1 a2
const B = fixtureGraph('neo4j-b.json'); // MA, FR, UNIDO; PARTNERED MA–UNIDO, SIGNED FR–MA; documents a2 b1

async function scoped(dataset: string): Promise<{ entities: string[]; relations: string[]; documents: string[] }> {
  const run = async (cypher: string) => {
    const result = await cli(['query', cypher, '--dataset', dataset, '--format', 'json']);
    expect(result.code, result.stderr).toBe(0);
    return (JSON.parse(result.stdout) as Array<{ id: string }>).map((row) => row.id).sort();
  };
  return {
    entities: await run('MATCH (n:Entity) WHERE $dataset IN n.datasets RETURN n.id AS id'),
    relations: await run("MATCH (a)-[r]->(b) WHERE $dataset IN r.datasets RETURN type(r) + '|' + a.id + '|' + b.id AS id"),
    documents: await run('MATCH (d:Document) WHERE $dataset IN d.datasets RETURN d.id AS id'),
  };
}

beforeAll(async () => {
  driver = driverForTests();
  await wipe(driver);
  await driver.executeQuery('MATCH (d:Dataset) DETACH DELETE d', {}, { database: connection().database });
});
afterAll(async () => {
  await driver.close();
});

describe('datasets', () => {
  it('loads two datasets side by side, each query scoped to its own', async () => {
    for (const [file, name] of [[A, 'news-a'], [B, 'news-b']] as const) {
      const loaded = await cli(['load', file, '--dataset', name]);
      expect(loaded.code, loaded.stderr).toBe(0);
      expect(loaded.stdout).toContain(`dataset "${name}"`);
    }
    const a = await scoped('news-a');
    const b = await scoped('news-b');
    expect(a.entities).toHaveLength(8);
    expect(a.relations).toHaveLength(7);
    expect(b.entities).toEqual(['country:FR', 'country:MA', 'org:unido']);
    expect(b.relations).toEqual(['PARTNERED|country:MA|org:unido', 'SIGNED|country:FR|country:MA']);
    expect(b.documents).toEqual(['a2.txt', 'b1.txt']);
    const missing = await cli(['query', 'RETURN 1 AS x', '--dataset', 'nope']);
    expect(missing.stderr).toContain('[E_NOT_FOUND]');
  }, 600_000);

  it('replaces one dataset atomically and leaves the other as it was', async () => {
    const before = await scoped('news-b');
    // news-a becomes what B holds: A's own entities, relations and document go; news-b is untouched.
    const replaced = await cli(['load', B, '--dataset', 'news-a', '--replace']);
    expect(replaced.code, replaced.stderr).toBe(0);
    expect(replaced.stdout).toContain('replacing news-a@1');
    const a = await scoped('news-a');
    expect(a).toEqual(before);
    expect(await scoped('news-b')).toEqual(before);
    const [left] = await read(
      driver,
      `MATCH (n) WHERE 'news-a@1' IN n.datasets WITH count(n) AS tagged
       OPTIONAL MATCH (p:Person) WITH tagged, count(p) AS persons
       OPTIONAL MATCH (d:Document {id: 'a1.txt'}) RETURN tagged, persons, count(d) AS a1`,
    );
    expect(left).toEqual({ tagged: 0, persons: 0, a1: 0 });
    const [current] = await read(driver, "MATCH (d:Dataset {name: 'news-a'}) RETURN d.tag AS tag");
    expect(current!.tag).toBe('news-a@2');
  }, 600_000);
});
