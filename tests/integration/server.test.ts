// The project's own server: `tafahum neo4j start|status|stop` on a throwaway instance dir:
// loopback only, 0600 credentials, a second start is a no-op, data survives a stop/start.
import { networkInterfaces } from 'node:os';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDriver } from '../../cypher/connection.js';
import { readCredentials } from '../../cypher/server/credentials.js';
import { cli } from './helpers.js';

const PORT = Number(process.env.TAFAHUM_NEO4J_TEST_PORT2 || 7698);
let dir: string;

function reachable(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host, port, timeout: 2000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

async function neo4j(...args: string[]): Promise<Record<string, unknown>> {
  const result = await cli(['neo4j', ...args, '--dir', dir, '--json']);
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as Record<string, unknown>;
}

async function countMarkers(): Promise<number> {
  const credentials = (await readCredentials(dir))!;
  const driver = openDriver(credentials);
  try {
    const { records } = await driver.executeQuery('MATCH (m:Marker) RETURN count(m) AS n');
    return (records[0]!.get('n') as { toNumber(): number }).toNumber();
  } finally {
    await driver.close();
  }
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tafahum-neo4j-server-'));
});
afterAll(async () => {
  // Whatever happened above, leave no server behind.
  await cli(['neo4j', 'stop', '--dir', dir]);
  await rm(dir, { recursive: true, force: true });
});

describe('tafahum neo4j', () => {
  it('starts, answers on 127.0.0.1 only, keeps credentials 0600, and a second start is a no-op', async () => {
    const first = await neo4j('start', '--port', String(PORT));
    expect(first).toMatchObject({ running: true, answering: true, alreadyRunning: false, uri: `bolt://127.0.0.1:${PORT}` });
    expect((await stat(join(dir, 'credentials.json'))).mode & 0o777).toBe(0o600);

    const started = Date.now();
    const second = await neo4j('start');
    expect(second).toMatchObject({ alreadyRunning: true, pid: first.pid, uri: first.uri });
    expect(Date.now() - started).toBeLessThan(30_000);

    expect(await reachable('127.0.0.1', PORT)).toBe(true);
    const external = Object.values(networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal);
    if (external) expect(await reachable(external.address, PORT)).toBe(false);
    // HTTP is off: nothing on Neo4j's usual HTTP port for this instance.
    expect(await neo4j('status')).toMatchObject({ running: true, answering: true });
  });

  it('stops cleanly and keeps the data for the next start', async () => {
    const credentials = (await readCredentials(dir))!;
    const driver = openDriver(credentials);
    await driver.executeQuery("CREATE (:Marker {note: 'survives a restart'})");
    await driver.close();

    expect(await neo4j('stop')).toMatchObject({ stopped: true });
    const status = await cli(['neo4j', 'status', '--dir', dir]);
    expect(status.code).toBe(3);
    expect(await reachable('127.0.0.1', PORT)).toBe(false);
    expect(await neo4j('stop')).toMatchObject({ stopped: false });

    expect(await neo4j('start')).toMatchObject({ alreadyRunning: false, uri: `bolt://127.0.0.1:${PORT}` });
    expect(await countMarkers()).toBe(1);
    expect(await neo4j('stop')).toMatchObject({ stopped: true });
  });

  it('refuses a bad port with E_USAGE', async () => {
    const result = await cli(['neo4j', 'start', '--dir', dir, '--port', '80']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('[E_USAGE]');
  });
});
