// Shared helpers of the Neo4j integration tests: the injected connection, wiping the database,
// running the real CLI against it, and a canonical dump of the graph to compare states.
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import { openDriver } from '../../cypher/connection.js';
import { PROJECT_ROOT } from '../../cypher/paths.js';
import type { Neo4jConnection } from '../../cypher/types.js';
import { toPlain } from '../../cypher/values.js';

const run = promisify(execFile);

export function connection(): Neo4jConnection {
  return inject('neo4j');
}

export function driverForTests(): Driver {
  return openDriver(connection());
}

/** Empties the database (data only: constraints stay, they are idempotent anyway). */
export async function wipe(driver: Driver): Promise<void> {
  const session = driver.session({ database: connection().database });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `node bin/tafahum.mjs <args>` with NEO4J_* pointing at the test server. */
export async function cli(args: string[], timeout = 300_000): Promise<CliResult> {
  const conn = connection();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEO4J_URI: conn.uri,
    NEO4J_USER: conn.user,
    NEO4J_PASSWORD: conn.password,
    NEO4J_DATABASE: conn.database ?? '',
    NO_COLOR: '1',
  };
  try {
    const { stdout, stderr } = await run('node', [resolve(PROJECT_ROOT, 'bin/tafahum.mjs'), ...args], {
      cwd: PROJECT_ROOT,
      env,
      timeout,
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : 1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

export async function read(driver: Driver, cypher: string, params: Record<string, unknown> = {}): Promise<Array<Record<string, unknown>>> {
  const result = await driver.executeQuery(cypher, params, { database: connection().database, routing: 'READ' });
  return result.records.map((record) => Object.fromEntries(record.keys.map((k) => [String(k), toPlain(record.get(k))])));
}

/** Every node and relationship with labels/type and properties, sorted: equal dumps mean equal graphs. */
export async function dump(driver: Driver): Promise<string[]> {
  const nodes = await read(driver, 'MATCH (n) RETURN labels(n) AS labels, properties(n) AS props');
  const rels = await read(
    driver,
    'MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS source, b.id AS target, properties(r) AS props',
  );
  const canonical = (value: unknown): string => JSON.stringify(value, (_k, v: unknown) => sortKeys(v));
  return [...nodes.map((n) => `N ${canonical({ ...n, labels: [...(n.labels as string[])].sort() })}`), ...rels.map((r) => `R ${canonical(r)}`)].sort();
}

function sortKeys(value: unknown): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)));
  }
  return value;
}

export const fixtureGraph = (name: string): string => resolve(PROJECT_ROOT, 'tests/fixtures/graphs', name);
