// `tafahum load` against the real server: counts match graph.json, a second load changes nothing,
// a second output adds without duplicating nodes, edges or evidence.
import { readFile } from 'node:fs/promises';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { splitStatements } from '../../cypher/files.js';
import { loadPlan } from '../../cypher/loader.js';
import { CYPHER_DIR } from '../../cypher/paths.js';
import { runReadQuery } from '../../cypher/runner.js';
import { RELATION_TYPES } from '../../model/types.js';
import { graphFromRows } from '../../viewer/server/neo4j-source.js';
import { planLoad } from '../../cypher/rows.js';
import { readGraphFile } from '../../graph/io.js';
import type { SerializedGraph } from '../../graph/types.js';
import { cli, driverForTests, dump, fixtureGraph, read, wipe } from './helpers.js';

let driver: Driver;
const A = fixtureGraph('neo4j-a.json');
const B = fixtureGraph('neo4j-b.json');

async function graphFile(path: string): Promise<SerializedGraph> {
  return JSON.parse(await readFile(path, 'utf8')) as SerializedGraph;
}

async function load(path: string, extra: string[] = []): Promise<Record<string, any>> {
  const result = await cli(['load', path, '--json', ...extra]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as Record<string, any>;
}

beforeAll(() => {
  driver = driverForTests();
});
afterAll(async () => {
  await driver.close();
});
beforeEach(async () => {
  await wipe(driver);
});

describe('tafahum load', () => {
  it('stores every node, document, mention and edge of graph.json with its properties', async () => {
    const graph = await graphFile(A);
    const summary = await load(A);
    expect(summary.entities).toBe(graph.nodes.length);
    expect(summary.relations).toBe(graph.edges.length);

    const [counts] = await read(
      driver,
      `MATCH (n:Entity) WITH count(n) AS entities
       MATCH (d:Document) WITH entities, count(d) AS documents
       MATCH ()-[m:MENTIONS]->() RETURN entities, documents, count(m) AS mentions`,
    );
    expect(counts).toEqual({
      entities: graph.nodes.length,
      documents: Object.keys(graph.attributes.documents).length,
      mentions: graph.nodes.reduce((sum, n) => sum + n.attributes.docs.length, 0),
    });
    for (const type of new Set(graph.nodes.map((n) => n.attributes.type))) {
      const [row] = await read(driver, 'MATCH (n:Entity) WHERE $type IN labels(n) RETURN count(n) AS n', { type });
      expect(row!.n, type).toBe(graph.nodes.filter((n) => n.attributes.type === type).length);
    }
    const byType = await read(driver, "MATCH ()-[r]->() WHERE type(r) <> 'MENTIONS' RETURN type(r) AS type, count(r) AS n ORDER BY type");
    const expected = new Map<string, number>();
    for (const e of graph.edges) expected.set(e.attributes.type, (expected.get(e.attributes.type) ?? 0) + 1);
    expect(byType).toEqual([...expected].sort(([a], [b]) => a.localeCompare(b)).map(([type, n]) => ({ type, n })));

    const [signed] = await read(
      driver,
      `MATCH (:Country {id: 'country:MA'})-[r:SIGNED]->(:Country {id: 'country:SA'})
       RETURN r.date AS date, r.datePrecision AS precision, r.status AS status, r.docs AS docs, r.weight AS weight,
              r.agreements AS agreements, r.evidence AS evidence`,
    );
    const edge = graph.edges.find((e) => e.key === 'SIGNED|country:MA|country:SA')!.attributes;
    expect(signed).toEqual({
      date: edge.date,
      precision: edge.datePrecision,
      status: edge.status,
      docs: edge.docs,
      weight: edge.weight,
      agreements: edge.agreements,
      // One item per sentence: `doc|start|end` U+001E sentence (docs/neo4j.md).
      evidence: edge.evidence.map((e) => `${e.doc}|${e.start}|${e.end}\u001e${e.text}`),
    });
    const [amal] = await read(driver, "MATCH (p:Person {id: 'person:amal-fallah'}) RETURN p.titles AS titles, p.country AS country, p.aliases AS aliases");
    expect(amal).toEqual({ titles: ['ministre déléguée chargée du numérique'], country: 'MA', aliases: ['أمل فلاح'] });
    const [doc] = await read(driver, "MATCH (d:Document {id: 'a1.txt'}) RETURN d.title AS title, d.date AS date, d.lang AS lang, d.url AS url");
    expect(doc).toEqual({ title: 'Visite officielle à Riyad', date: '2024-12-16', lang: 'fr', url: 'https://example.org/a1' });
  });

  it('changes nothing when the same output is loaded twice', async () => {
    await load(A);
    const before = await dump(driver);
    const second = await load(A);
    expect(second.counters.nodesCreated).toBe(0);
    expect(second.counters.relationshipsCreated).toBe(0);
    expect(await dump(driver)).toEqual(before);
  });

  it('adds a second output without duplicating nodes, edges or evidence', async () => {
    // Two outputs, two datasets: a dataset records the output last loaded into it, so one name for both would
    // (rightly) change with the load order.
    await load(A, ['--dataset', 'a']);
    await load(B, ['--dataset', 'b']);
    const [counts] = await read(
      driver,
      "MATCH (n:Entity) WITH count(n) AS entities MATCH (d:Document) RETURN entities, count(d) AS documents",
    );
    // A has 8 entities and 2 documents; B adds France and b1.txt.
    expect(counts).toEqual({ entities: 9, documents: 3 });
    const [partnered] = await read(
      driver,
      `MATCH (:Country {id: 'country:MA'})-[r:PARTNERED]->(:Organization {id: 'org:unido'})
       RETURN count(r) AS edges, r.docs AS docs, r.weight AS weight, r.evidence AS evidence,
              r.date AS date, r.status AS status, r.confidence AS confidence`,
    );
    expect(partnered).toEqual({
      edges: 1,
      docs: ['a2.txt', 'b1.txt'],
      weight: 2,
      evidence: ['a2.txt|0|40\u001eوقع المغرب والمنظمة اتفاق شراكة جديد.', 'b1.txt|10|70\u001eMorocco and UNIDO renewed their partnership.'],
      // The earliest date stays; `done` wins over `planned`; the highest confidence wins.
      date: '2024-12-17',
      status: 'done',
      confidence: 0.9,
    });
    const [morocco] = await read(driver, "MATCH (c:Country {id: 'country:MA'}) RETURN c.aliases AS aliases, c.docs AS docs");
    expect(morocco).toEqual({ aliases: ['Maroc', 'المغرب', 'Kingdom of Morocco'], docs: ['a1.txt', 'a2.txt', 'b1.txt'] });
    const [signed] = await read(driver, 'MATCH ()-[r:SIGNED]->() RETURN count(r) AS n');
    expect(signed!.n).toBe(2);

    const before = await dump(driver);
    await load(B, ['--dataset', 'b']);
    await load(A, ['--dataset', 'a']);
    expect(await dump(driver)).toEqual(before);
  }, 600_000); // six CLI runs: slow on a shared, loaded machine

  it('keeps the earliest date with its precision and `done` whichever output comes first', async () => {
    await load(B);
    await load(A);
    const [partnered] = await read(
      driver,
      `MATCH (:Country {id: 'country:MA'})-[r:PARTNERED]->(:Organization {id: 'org:unido'})
       RETURN r.date AS date, r.datePrecision AS precision, r.dateInherited AS inherited, r.status AS status, size(r.evidence) AS evidence`,
    );
    expect(partnered).toEqual({ date: '2024-12-17', precision: 'day', inherited: true, status: 'done', evidence: 2 });
  });

  it('writes the same graph when a first load CREATEs the edges as when it MERGEs them, and a reload adds nothing', async () => {
    const plan = planLoad(await readGraphFile(A));
    const created = await loadPlan(driver, plan, A, { dataset: 'a@1', relationWrite: 'create' });
    expect(created.createdTypes.length).toBeGreaterThan(0);
    const afterCreate = await dump(driver);
    // The types are known now, so `auto` MERGEs: nothing is added, nothing changes.
    const again = await loadPlan(driver, plan, A, { dataset: 'a@1' });
    expect(again.createdTypes).toEqual([]);
    expect(again.counters.relationshipsCreated).toBe(0);
    expect(await dump(driver)).toEqual(afterCreate);
    await wipe(driver);
    await loadPlan(driver, plan, A, { dataset: 'a@1', relationWrite: 'merge' });
    expect(await dump(driver)).toEqual(afterCreate);
  });

  it("gives the viewer (serve --from-neo4j) every edge's evidence as graph.json has it", async () => {
    const graph = await graphFile(A);
    await load(A);
    const [edgesText] = splitStatements(await readFile(join(CYPHER_DIR, 'viewer', 'edges.cypher'), 'utf8'));
    const edges = await runReadQuery(driver, edgesText!, { types: [...RELATION_TYPES] });
    const rebuilt = graphFromRows(graph.nodes.map((n) => ({ id: n.key, ...n.attributes })), edges.rows, []);
    expect(rebuilt.size).toBe(graph.edges.length);
    for (const edge of graph.edges) {
      const attrs = rebuilt.getEdgeAttributes(edge.key!);
      expect(attrs.evidence, edge.key).toEqual(edge.attributes.evidence.map(({ doc, start, end, text }) => ({ doc, start, end, text })));
      expect(attrs.agreements, edge.key).toEqual(edge.attributes.agreements ?? []);
    }
  });

  it('gives the same graph whatever the batch size', async () => {
    await load(A, ['--batch-size', '1']);
    const small = await dump(driver);
    await wipe(driver);
    await load(A);
    expect(await dump(driver)).toEqual(small);
  }, 600_000);

  it('refuses a missing output with E_INPUT and a bad batch size with E_USAGE', async () => {
    const missing = await cli(['load', '/nonexistent/out']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('[E_INPUT]');
    const bad = await cli(['load', A, '--batch-size', '0']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('[E_USAGE]');
  });
});
