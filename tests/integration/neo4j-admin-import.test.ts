// The neo4j-admin export imported by the real `neo4j-admin database import full` of the project's
// Neo4j distribution into a throwaway data directory (own NEO4J_CONF): node, relationship and
// property counts reported by the tool must match the exported files.
// Independent of any running server; skipped with a message when the distribution cannot be had.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureNeo4jDistribution } from '../../cypher/server/distribution.js';
import { exportGraph, neo4jImportArgs } from '../../graph/exports/index.js';
import type { ExportResult } from '../../graph/exports/index.js';
import { loadFixture } from '../graph/exports/fixture.js';

const run = promisify(execFile);
/** One JVM start and import; slow on a busy two-core machine. */
const IMPORT_TIMEOUT = 300_000;
let home: string | undefined;
let unavailable = '';
let work = '';

beforeAll(async () => {
  try {
    home = await ensureNeo4jDistribution();
  } catch (error) {
    unavailable = error instanceof Error ? error.message : String(error);
  }
  work = await mkdtemp(join(tmpdir(), 'tafahum-neo4j-admin-'));
});
afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

/** A conf dir whose every directory points into `root`, so no other instance is touched. */
async function isolatedConf(root: string): Promise<string> {
  const conf = join(root, 'conf');
  const dirs = ['data', 'logs', 'run', 'import', 'plugins'].map((name) => join(root, name));
  await Promise.all([conf, ...dirs].map((dir) => mkdir(dir, { recursive: true })));
  const lines = [
    `server.directories.data=${join(root, 'data')}`,
    `server.directories.logs=${join(root, 'logs')}`,
    `server.directories.run=${join(root, 'run')}`,
    `server.directories.import=${join(root, 'import')}`,
    `server.directories.plugins=${join(root, 'plugins')}`,
    `server.directories.dumps.root=${join(root, 'data', 'dumps')}`,
    `server.directories.transaction.logs.root=${join(root, 'data', 'transactions')}`,
    'server.memory.pagecache.size=64m',
    'dbms.usage_report.enabled=false',
    '',
  ];
  await writeFile(join(conf, 'neo4j.conf'), lines.join('\n'));
  return conf;
}

async function importExport(result: ExportResult, root: string): Promise<string> {
  const pathsOf = (...kinds: string[]) => result.files.filter((file) => kinds.includes(file.kind)).map((file) => file.path);
  const files = { nodes: pathsOf('nodes', 'documents'), relationships: pathsOf('relationships', 'mentions') };
  const multiline = result.command?.includes('--multiline-fields=true') ?? false;
  const args = [...neo4jImportArgs(files, { multiline }), `--report-file=${join(root, 'import.report')}`];
  const conf = await isolatedConf(root);
  const { stdout, stderr } = await run(join(home!, 'bin', 'neo4j-admin'), args, {
    cwd: root,
    env: { ...process.env, NEO4J_HOME: home!, NEO4J_CONF: conf },
    maxBuffer: 16 * 1024 * 1024,
    timeout: 280_000,
  });
  return `${stdout}\n${stderr}`;
}

function importedCounts(output: string): { nodes: number; relationships: number; properties: number } {
  const match = /Imported:\s+(\d+) nodes\s+(\d+) relationships\s+(\d+) properties/.exec(output);
  if (!match) throw new Error(`no "Imported:" summary in neo4j-admin output:\n${output}`);
  return { nodes: Number(match[1]), relationships: Number(match[2]), properties: Number(match[3]) };
}

/** Rows the importer must create: entities + documents, relations + mentions. */
function expectedCounts(result: ExportResult): { nodes: number; relationships: number } {
  const rowsOf = (...kinds: string[]) =>
    result.files.filter((file) => kinds.includes(file.kind)).reduce((sum, file) => sum + file.rows, 0);
  return { nodes: rowsOf('nodes', 'documents'), relationships: rowsOf('relationships', 'mentions') };
}

/** Non-empty property cells of the export files: what the importer must have stored. */
async function expectedProperties(result: ExportResult): Promise<number> {
  let count = 0;
  for (const file of result.files) {
    const rows = parse(await readFile(file.path), { columns: true }) as Array<Record<string, string>>;
    for (const row of rows) {
      for (const [header, cell] of Object.entries(row)) {
        // :LABEL, :START_ID, :END_ID and :TYPE are structure, not properties; id:ID is stored as `id`.
        if (cell !== '' && !header.startsWith(':')) count++;
      }
    }
  }
  return count;
}

describe('neo4j-admin database import of the export', () => {
  it('imports every node and relationship of the fixture (Arabic, quotes, multi-line evidence)', async (ctx) => {
    if (!home) {
      console.warn(`skipped: the Neo4j distribution could not be obtained (${unavailable})`);
      ctx.skip();
    }
    const graph = await loadFixture();
    const root = join(work, 'full');
    const result = await exportGraph(graph, {}, { format: 'neo4j-admin', out: join(root, 'export') });
    const output = await importExport(result, root);
    const mentions = graph.reduceNodes((sum, _node, attrs) => sum + attrs.docs.length, 0);
    expect(expectedCounts(result)).toEqual({ nodes: graph.order + 4, relationships: graph.size + mentions });
    expect(importedCounts(output)).toEqual({ ...expectedCounts(result), properties: await expectedProperties(result) });
    // The importer lists rejected entries in its report; it must have none.
    const report = await readFile(join(root, 'import.report'), 'utf8').catch(() => '');
    expect(report.trim()).toBe('');
  }, IMPORT_TIMEOUT);

  it('imports a filtered export with the counts the export reported', async (ctx) => {
    if (!home) {
      console.warn(`skipped: the Neo4j distribution could not be obtained (${unavailable})`);
      ctx.skip();
    }
    const graph = await loadFixture();
    const root = join(work, 'filtered');
    const result = await exportGraph(graph, { country: 'MA', minConfidence: 0.6 }, { format: 'neo4j-admin', out: join(root, 'export') });
    const output = await importExport(result, root);
    expect(importedCounts(output)).toEqual({ ...expectedCounts(result), properties: await expectedProperties(result) });
  }, IMPORT_TIMEOUT);
});
