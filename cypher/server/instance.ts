// Start, stop and inspect one local Neo4j instance (an instance dir + a Bolt port) running
// the assembled distribution. Start is a no-op when it already runs; it returns once Bolt answers.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createConnection } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { TafahumError } from '../../model/errors.js';
import { openDriver } from '../connection.js';
import { NEO4J_VERSION } from '../paths.js';
import type { ServerOptions, ServerStatus, StoredCredentials } from '../types.js';
import { renderInstanceConf } from './config.js';
import { generatePassword, readCredentials, writeCredentials } from './credentials.js';
import { ensureNeo4jDistribution } from './distribution.js';

const run = promisify(execFile);
const START_TIMEOUT_MS = 180_000;

export interface StartResult {
  alreadyRunning: boolean;
  status: ServerStatus;
  credentials: StoredCredentials;
}

/** The Bolt port to use: an explicit one, else the one stored at first start, else the default. */
export async function effectivePort(dir: string, explicit: number | undefined, fallback: number): Promise<number> {
  if (explicit !== undefined) return explicit;
  return (await readCredentials(dir))?.boltPort ?? fallback;
}

export async function startServer(options: ServerOptions): Promise<StartResult> {
  const { dir, boltPort } = options;
  const current = await serverStatus(dir);
  const stored = await readCredentials(dir);
  if (current.running && stored) {
    if (!current.answering) await waitForBolt(stored, current.pid, dir);
    return { alreadyRunning: true, status: await serverStatus(dir), credentials: stored };
  }
  if (await portInUse(boltPort)) {
    throw new TafahumError('E_NEO4J_SETUP', `port ${boltPort} on 127.0.0.1 is already in use`, 'Pick another with --port, or stop what listens there.');
  }
  const home = await ensureNeo4jDistribution();
  for (const sub of ['conf', 'data', 'logs', 'run', 'import', 'plugins']) await mkdir(join(dir, sub), { recursive: true });
  await writeFile(join(dir, 'conf', 'neo4j.conf'), renderInstanceConf(options));
  const env = { ...process.env, NEO4J_HOME: home, NEO4J_CONF: join(dir, 'conf') };

  let credentials = stored;
  if (!credentials) {
    if (existsSync(join(dir, 'data', 'dbms', 'auth.ini'))) {
      throw new TafahumError(
        'E_NEO4J_SETUP',
        `${dir} holds a database but its credentials.json is missing`,
        `Delete ${dir} to start over (its data will be lost), or restore credentials.json.`,
      );
    }
    const password = generatePassword();
    // Must happen before the very first start: Neo4j reads it once, when it creates the system DB.
    await neo4jCommand(join(home, 'bin', 'neo4j-admin'), ['dbms', 'set-initial-password', password], env);
    credentials = { uri: `bolt://127.0.0.1:${boltPort}`, user: 'neo4j', password, boltPort, version: NEO4J_VERSION };
    await writeCredentials(dir, credentials);
  } else if (credentials.boltPort !== boltPort) {
    credentials = { ...credentials, uri: `bolt://127.0.0.1:${boltPort}`, boltPort };
    await writeCredentials(dir, credentials);
  }

  try {
    await neo4jCommand(join(home, 'bin', 'neo4j'), ['start'], env);
  } catch (error) {
    // On a loaded machine the launcher can give up waiting while the server is still coming up:
    // a live process is waited for below; a dead one is the failure reported.
    const started = await readPid(dir);
    if (started === undefined || !isAlive(started)) throw error;
  }
  const pid = await readPid(dir);
  await waitForBolt(credentials, pid, dir);
  return { alreadyRunning: false, status: await serverStatus(dir), credentials };
}

export async function stopServer(dir: string): Promise<{ wasRunning: boolean }> {
  const pid = await readPid(dir);
  if (pid === undefined || !isAlive(pid)) return { wasRunning: false };
  const home = await ensureNeo4jDistribution();
  const env = { ...process.env, NEO4J_HOME: home, NEO4J_CONF: join(dir, 'conf') };
  await neo4jCommand(join(home, 'bin', 'neo4j'), ['stop'], env);
  // `neo4j stop` waits for a clean shutdown; make sure before reporting success.
  for (let i = 0; i < 60 && isAlive(pid); i++) await sleep(500);
  if (isAlive(pid)) throw new TafahumError('E_NEO4J_SETUP', `Neo4j (pid ${pid}) did not stop`, `See ${join(dir, 'logs', 'neo4j.log')}.`);
  return { wasRunning: true };
}

export async function serverStatus(dir: string): Promise<ServerStatus> {
  const pid = await readPid(dir);
  const running = pid !== undefined && isAlive(pid);
  const stored = await readCredentials(dir);
  const answering = running && stored !== undefined && (await answers(stored));
  return { running, answering, pid: running ? pid : undefined, uri: stored?.uri, dir, version: NEO4J_VERSION };
}

async function neo4jCommand(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  try {
    const { stdout } = await run(script, args, { env, timeout: 180_000, maxBuffer: 4 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const e = error as { stderr?: string; stdout?: string; message?: string };
    const detail = (e.stderr || e.stdout || e.message || '').trim().split('\n').slice(-4).join(' | ');
    throw new TafahumError('E_NEO4J_SETUP', `\`${script.split('/').pop()} ${args[0]}\` failed: ${detail}`, 'Java 17 must be on PATH (or JAVA_HOME set).');
  }
}

async function readPid(dir: string): Promise<number | undefined> {
  const path = join(dir, 'run', 'neo4j.pid');
  if (!existsSync(path)) return undefined;
  const pid = Number.parseInt((await readFile(path, 'utf8')).trim(), 10);
  return Number.isFinite(pid) && pid > 0 ? pid : undefined;
}

/** Whether a process exists (EPERM: it does, owned by someone else). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function answers(credentials: StoredCredentials): Promise<boolean> {
  const driver = openDriver(credentials);
  try {
    await driver.verifyConnectivity();
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

async function waitForBolt(credentials: StoredCredentials, pid: number | undefined, dir: string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (await answers(credentials)) return;
    if (pid !== undefined && !isAlive(pid)) {
      throw new TafahumError('E_NEO4J_SETUP', `Neo4j exited during start-up: ${await logTail(dir)}`, `See ${join(dir, 'logs')}.`);
    }
    await sleep(1000);
  }
  throw new TafahumError('E_NEO4J_SETUP', `Neo4j did not answer on ${credentials.uri} within ${START_TIMEOUT_MS / 1000} s`, `See ${join(dir, 'logs', 'neo4j.log')}.`);
}

async function logTail(dir: string): Promise<string> {
  const path = join(dir, 'logs', 'neo4j.log');
  if (!existsSync(path)) return 'no log written';
  const lines = (await readFile(path, 'utf8')).trim().split('\n');
  return lines.slice(-3).join(' | ');
}

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
