// `tafahum query` against the real server: every saved query runs, the country-agreements query
// answers with dates, formats work, and writes are refused by the server (read session).
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listSavedQueries } from '../../cypher/saved.js';
import { cli, driverForTests, fixtureGraph, read, wipe } from './helpers.js';

let driver: Driver;

/** Parameters that make each saved query return something on fixtures A+B. */
const SAMPLE_PARAMS: Record<string, string[]> = {
  'country-agreements': ['country=MA'],
  'country-partners': ['country=MA'],
  'ministers-who-met': ['person=Amal Fallah'],
  'country-representatives': ['country=MA'],
  'shortest-path': ['from=person:amal-fallah', 'to=org:unido'],
  'country-organizations': ['country=MA'],
  'event-participants': [],
  'edge-evidence': ['source=country:MA', 'target=UNIDO'],
  'relations-since': ['since=2025'],
  'co-mentioned': [],
  'find-entity': ['name=مغرب'],
  overview: [],
};

async function queryJson(args: string[]): Promise<Array<Record<string, unknown>>> {
  const result = await cli(['query', ...args, '--format', 'json']);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as Array<Record<string, unknown>>;
}

beforeAll(async () => {
  driver = driverForTests();
  await wipe(driver);
  for (const file of ['neo4j-a.json', 'neo4j-b.json']) expect((await cli(['load', fixtureGraph(file)])).code).toBe(0);
});
afterAll(async () => {
  await driver.close();
});

describe('tafahum query --saved', () => {
  it('runs every saved query and gets rows back', async () => {
    const saved = await listSavedQueries();
    expect(Object.keys(SAMPLE_PARAMS).sort()).toEqual(saved.map((q) => q.name).sort());
    for (const q of saved) {
      const params = SAMPLE_PARAMS[q.name]!.flatMap((p) => ['--param', p]);
      const rows = await queryJson(['--saved', q.name, ...params]);
      expect(rows.length, q.name).toBeGreaterThan(0);
    }
  });

  it("lists a country's agreements with their dates, oldest first", async () => {
    const rows = await queryJson(['--saved', 'country-agreements', '--param', 'country=MA']);
    expect(rows.map((r) => [r.partners, r.date, r.precision, r.agreement])).toEqual([
      [['Saudi Arabia'], '2024-12-16', 'day', "Mémorandum d'entente sur l'IA"],
      [['France'], '2025-02', 'month', null],
    ]);
    expect(rows[0]).toMatchObject({ kind: 'mou', domain: 'AI', status: 'done', documents: ['a1.txt'] });
  });

  it('returns the sentences behind an edge', async () => {
    const rows = await queryJson(['--saved', 'edge-evidence', '--param', 'source=Morocco', '--param', 'target=org:unido', '--param', 'type=PARTNERED']);
    expect(rows.map((r) => r.sentence)).toEqual(['وقع المغرب والمنظمة اتفاق شراكة جديد.', 'Morocco and UNIDO renewed their partnership.']);
    expect(rows[1]).toMatchObject({ document: 'b1.txt', title: 'France and Morocco sign a deal', start: 10, end: 70 });
  });

  it('finds ministers who met a person', async () => {
    const rows = await queryJson(['--saved', 'ministers-who-met', '--param', 'person=person:amal-fallah']);
    expect(rows.map((r) => r.met)).toEqual(['Khalid S.']);
  });

  it('lists at least ten saved queries, and refuses unknown names and missing parameters', async () => {
    const list = await cli(['query', '--list', '--json']);
    expect((JSON.parse(list.stdout) as unknown[]).length).toBeGreaterThanOrEqual(10);
    const unknown = await cli(['query', '--saved', '../../etc/passwd']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('[E_NOT_FOUND]');
    const missing = await cli(['query', '--saved', 'country-agreements']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('missing parameter "country"');
  });
});

describe('tafahum query "<cypher>"', () => {
  it('passes parameters and writes CSV and tables', async () => {
    const csv = await cli(['query', 'MATCH (c:Country {country: $c}) RETURN c.name AS name, c.aliases AS aliases', '--param', 'c=SA', '--format', 'csv']);
    expect(csv.stdout).toBe('name,aliases\r\nSaudi Arabia,"[""Arabie saoudite"",""السعودية""]"\r\n');
    const table = await cli(['query', 'MATCH (c:Country) RETURN count(c) AS countries']);
    expect(table.stdout).toMatch(/countries\n-+\n3\n\(1 row\)/);
  });

  it('is refused by the server when it writes, and nothing changes', async () => {
    for (const statement of [
      "CREATE (:Hack {name: 'x'})",
      "MATCH (c:Country {id: 'country:MA'}) SET c.name = 'hacked'",
      'MATCH (n) DETACH DELETE n',
      'CREATE INDEX hack IF NOT EXISTS FOR (n:Hack) ON (n.name)',
    ]) {
      const result = await cli(['query', statement]);
      expect(result.code, statement).toBe(1);
      expect(result.stderr, statement).toContain('[E_NEO4J]');
    }
    const [state] = await read(driver, "MATCH (n) WHERE NOT n:Dataset WITH count(n) AS nodes MATCH (c:Country {id: 'country:MA'}) RETURN nodes, c.name AS name");
    expect(state).toEqual({ nodes: 12, name: 'Morocco' });
    const [hack] = await read(driver, 'MATCH (n:Hack) RETURN count(n) AS n');
    expect(hack!.n).toBe(0);
  });
});

describe('tafahum query is boxed in', () => {
  it('refuses CSV loading, unlisted procedures and transaction administration before running them', async () => {
    for (const statement of [
      "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row",
      "LOAD CSV FROM 'http://127.0.0.1:7688/' AS row RETURN row",
      'TERMINATE TRANSACTIONS "neo4j-transaction-1"',
      'SHOW TRANSACTIONS',
      'CALL db.clearQueryCaches()',
      'MATCH (n) CALL (n) { RETURN n.id AS id } IN TRANSACTIONS RETURN id',
    ]) {
      const result = await cli(['query', statement]);
      expect(result.code, statement).toBe(1);
      expect(result.stderr, statement).toContain('[E_QUERY_REFUSED]');
    }
    const labels = await cli(['query', 'CALL db.labels() YIELD label RETURN label ORDER BY label', '--format', 'json']);
    expect(labels.code, labels.stderr).toBe(0);
    expect(JSON.parse(labels.stdout)).toContainEqual({ label: 'Country' });
  });

  it.skipIf(!!process.env.NEO4J_URI)('the project server refuses LOAD CSV from a URL even without the CLI check', async () => {
    const session = driver.session();
    try {
      await expect(session.run("LOAD CSV FROM 'http://127.0.0.1:7688/' AS row RETURN row")).rejects.toThrow(/blocked|not allowed|refused|denied|blocklist/i);
    } finally {
      await session.close();
    }
  });

  it('stops a cartesian product at the timeout', async () => {
    const started = Date.now();
    const result = await cli(['query', 'MATCH (a), (b), (c), (d), (e) UNWIND range(1, 1000) AS x RETURN count(*) AS n', '--timeout', '2']);
    expect(result.code, result.stdout).toBe(1);
    expect(result.stderr).toContain('[E_QUERY_TIMEOUT]');
    expect(Date.now() - started).toBeLessThan(60_000);
  });

  it('caps rows at --limit and says so; 200,000 rows print in every format', async () => {
    const capped = await cli(['query', 'UNWIND range(1, 20000) AS i RETURN i', '--format', 'csv']);
    expect(capped.code).toBe(0);
    expect(capped.stdout.trimEnd().split('\r\n')).toHaveLength(10_001);
    expect(capped.stderr).toContain('stopped at 10000 rows');
    for (const format of ['table', 'json', 'csv']) {
      const all = await cli(['query', "UNWIND range(1, 200000) AS i RETURN i, 'row ' + i AS label", '--format', format, '--limit', '200000']);
      expect(all.code, `${format}: ${all.stderr}`).toBe(0);
      expect(all.stderr).toBe('');
      expect(all.stdout).toContain('row 200000');
    }
  });
});

