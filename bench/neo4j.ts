// Neo4j load benchmark: a synthetic graph of 1,000,000 relationships over 200,000 entities
// loaded through the real loader (cypher/loader.ts) into a throwaway server of the project.
// Usage: npm run bench:neo4j [-- --relationships N --entities N --batch-size N --concurrency N
//          --heap 2g --pagecache 2g --ceiling 100000 --sweep 2000,5000,10000,20000]
// The sweep loads extra slices of --sweep-relationships new relationships with each batch size first.
// --ceiling N then times N more edges written by a bare CREATE (bench/cypher/bare-create.cypher):
// the upper bound of any Cypher load on this machine at this moment (0: skip).
// Every figure is printed with the load average of the machine (1, 5, 15 minutes), and the
// relationship load with the CPU seconds the server (all its threads) and this process spent.
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { RELATION_TYPES, type EntityType, type RelationType } from '../model/types.js';
import type { Driver } from 'neo4j-driver';
import { openDriver } from '../cypher/connection.js';
import { splitStatements } from '../cypher/files.js';
import { DEFAULT_BATCH_SIZE, loadPlan } from '../cypher/loader.js';
import { batches } from '../cypher/rows.js';
import { EVIDENCE_SEPARATOR } from '../graph/neo4j-evidence.js';
import { tafahumDir } from '../cypher/paths.js';
import { startServer, stopServer } from '../cypher/server/instance.js';
import type { EntityRow, LoadPlan, MentionRow, RelationRow } from '../cypher/types.js';
import { seededRandom } from '../model/random.js';

const BENCH_PORT = 7689;
/** Tagged like `tafahum load` tags (cypher/datasets.ts), so edges carry the same properties. */
const DATASET = 'synthetic@1';
const TYPES: EntityType[] = ['Country', 'Person', 'Organization', 'Event', 'Location', 'Agreement'];

function syntheticGraph(entityCount: number, relationCount: number, seed = 42): { plan: LoadPlan; ordered: Array<[RelationType, RelationRow]> } {
  const random = seededRandom(seed);
  const documentCount = Math.max(1, Math.floor(entityCount / 4));
  const doc = (i: number): string => `doc-${i % documentCount}.txt`;
  const entities: EntityRow[] = [];
  const mentions: MentionRow[] = [];
  for (let i = 0; i < entityCount; i++) {
    const type = TYPES[i % TYPES.length]!;
    const d = doc(i);
    entities.push({
      id: `${type.toLowerCase()}:${i}`, type, name: `${type} ${i}`, aliases: [`alias ${i}`, `اسم ${i}`], confidence: 0.9,
      docs: [d], mentions: 1, titles: [], country: null, kind: null, domain: null, mergeReasons: [],
    });
    mentions.push({ doc: d, entity: `${type.toLowerCase()}:${i}` });
  }
  const ordered: Array<[RelationType, RelationRow]> = [];
  const seen = new Set<string>();
  while (seen.size < relationCount) {
    const type = RELATION_TYPES[Math.floor(random() * RELATION_TYPES.length)]!;
    const a = Math.floor(random() * entityCount);
    const b = Math.floor(random() * entityCount);
    const key = `${type}|${a}|${b}`;
    if (a === b || seen.has(key)) continue;
    seen.add(key);
    const d = doc(a);
    ordered.push([type, {
      source: entities[a]!.id, target: entities[b]!.id, date: '2024-12-16', datePrecision: 'day', dateInherited: false,
      status: 'done', confidence: 0.8, title: null, docs: [d], weight: 1, agreements: [],
      evidence: [`${d}|0|60${EVIDENCE_SEPARATOR}${entities[a]!.name} and ${entities[b]!.name} agreed to cooperate further.`],
    }]);
  }
  const documents = Array.from({ length: documentCount }, (_, i) => ({ id: `doc-${i}.txt`, title: `Document ${i}`, date: '2024-12-16', lang: 'en', url: null }));
  return { plan: { documents, entities, mentions, relations: new Map() }, ordered };
}

/** Relations [from, to) of the plan's generation order as a plan of their own (no nodes). */
function relationSlice(plan: LoadPlan, rows: Array<[RelationType, RelationRow]>, from: number, to: number): LoadPlan {
  const relations = new Map<RelationType, RelationRow[]>(RELATION_TYPES.map((t) => [t, []]));
  for (const [type, row] of rows.slice(from, to)) relations.get(type)!.push(row);
  return { documents: [], entities: [], mentions: [], relations };
}

const relSecondsOf = (phaseSeconds: Record<string, number>): number =>
  RELATION_TYPES.reduce((sum, type) => sum + (phaseSeconds[type] ?? 0), 0);

const load = (): string => `[load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}]`;
const rate = (count: number, seconds: number | undefined): string => `${count} in ${(seconds ?? 0).toFixed(1)} s = ${Math.round(count / (seconds || 1))}/s`;

/** CPU seconds (user + system, all threads) of a process so far, from /proc; NaN where there is none. */
function processCpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

function ownCpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

async function sizeOf(path: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(path, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(resolve(entry.parentPath, entry.name))).size;
  }
  return total;
}

/** Times the bare CREATE of bench/cypher/bare-create.cypher over the given rows. */
async function ceiling(driver: Driver, rows: Array<[RelationType, RelationRow]>, batchSize: number): Promise<number> {
  const [statement] = splitStatements(await readFile(new URL('./cypher/bare-create.cypher', import.meta.url), 'utf8'));
  const pairs = rows.map(([, r]) => ({ source: r.source, target: r.target }));
  const session = driver.session();
  const started = performance.now();
  try {
    for (const batch of batches(pairs, batchSize)) await session.executeWrite((tx) => tx.run(statement!, { rows: batch }));
  } finally {
    await session.close();
  }
  return (performance.now() - started) / 1000;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      relationships: { type: 'string', default: '1000000' },
      entities: { type: 'string', default: '200000' },
      'batch-size': { type: 'string', default: String(DEFAULT_BATCH_SIZE) },
      sweep: { type: 'string' },
      'sweep-relationships': { type: 'string', default: '100000' },
      concurrency: { type: 'string', default: '1' },
      heap: { type: 'string', default: '2g' },
      pagecache: { type: 'string', default: '2g' },
      ceiling: { type: 'string', default: '100000' },
    },
  });
  const relationCount = Number(values.relationships);
  const entityCount = Number(values.entities);
  const batchSize = Number(values['batch-size']);
  const concurrency = Number(values.concurrency);
  const sweep = values.sweep ? values.sweep.split(',').map(Number) : [];
  const sweepCount = Number(values['sweep-relationships']);
  const ceilingCount = Number(values.ceiling);
  let t = performance.now();
  // Sweep slices come after the main 1M, so every measured relationship is a new one.
  const { plan: nodes, ordered } = syntheticGraph(entityCount, relationCount + sweep.length * sweepCount + ceilingCount);
  console.log(`generated ${entityCount} entities, ${ordered.length} relationships in ${((performance.now() - t) / 1000).toFixed(1)} s`);

  // A fresh store each run: the user's dev database is never touched.
  const dir = resolve(tafahumDir(), 'neo4j-bench');
  await rm(dir, { recursive: true, force: true });
  const memory = { heap: values.heap!, pagecache: values.pagecache! };
  const { credentials } = await startServer({ dir, boltPort: BENCH_PORT, memory });
  console.log(`Neo4j heap ${memory.heap}, page cache ${memory.pagecache}; batch size ${batchSize}, concurrent transactions ${concurrency} ${load()}`);
  const serverPid = Number((await readFile(resolve(dir, 'run', 'neo4j.pid'), 'utf8')).trim());
  const driver = openDriver(credentials);
  try {
    const n = await loadPlan(driver, nodes, 'synthetic', { batchSize, dataset: DATASET });
    console.log(`nodes: entities ${rate(n.entities, n.phaseSeconds.entities)}, documents ${rate(n.documents, n.phaseSeconds.documents)} ${load()}`);
    console.log(`mentions (MERGEd relationships): ${rate(n.mentions, n.phaseSeconds.mentions)} ${load()}`);
    for (const [i, size] of sweep.entries()) {
      const from = relationCount + i * sweepCount;
      const s = await loadPlan(driver, relationSlice(nodes, ordered, from, from + sweepCount), 'synthetic', { batchSize: size, concurrency, dataset: DATASET });
      const seconds = relSecondsOf(s.phaseSeconds);
      console.log(`sweep: batch ${size}: relationships ${rate(s.relations, seconds)} ${load()}`);
    }
    t = performance.now();
    const [serverCpu, ownCpu] = [processCpuSeconds(serverPid), ownCpuSeconds()];
    let lastPrinted = performance.now();
    const summary = await loadPlan(driver, relationSlice(nodes, ordered, 0, relationCount), 'synthetic', {
      batchSize,
      concurrency,
      dataset: DATASET,
      onProgress: (done, total) => {
        if (performance.now() - lastPrinted > 30_000) {
          lastPrinted = performance.now();
          process.stderr.write(`  ${done}/${total} relationships\n`);
        }
      },
    });
    const seconds = relSecondsOf(summary.phaseSeconds);
    const how = summary.createdTypes.length === RELATION_TYPES.length ? 'all types new: CREATE' : `CREATE for ${summary.createdTypes.join(', ') || 'none'}, MERGE for the rest`;
    console.log(`relationships: ${rate(summary.relations, seconds)} (${how}) ${load()}`);
    console.log(`CPU during the relationship load: server ${(processCpuSeconds(serverPid) - serverCpu).toFixed(1)} s, this process ${(ownCpuSeconds() - ownCpu).toFixed(1)} s, wall ${((performance.now() - t) / 1000).toFixed(1)} s`);
    console.log(`created: ${summary.counters.relationshipsCreated} relationships, ${summary.counters.propertiesSet} properties`);
    if (ceilingCount > 0) {
      const from = relationCount + sweep.length * sweepCount;
      const bare = await ceiling(driver, ordered.slice(from, from + ceilingCount), batchSize);
      console.log(`ceiling: bare CREATE without properties after the load: ${rate(ceilingCount, bare)} ${load()}`);
    }
  } finally {
    await driver.close();
    await stopServer(dir);
    console.log(`store on disk after the load: ${(await sizeOf(resolve(dir, 'data'))) >> 20} MB (databases and transaction logs)`);
    // 1M relationships take about 2 GB on disk; nothing reads them afterwards.
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
