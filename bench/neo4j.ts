// Neo4j load benchmark: a synthetic graph of 1,000,000 relationships over 200,000 entities
// loaded through the real loader (cypher/loader.ts) into a throwaway server of the project.
// Usage: npm run bench:neo4j [-- --relationships N --entities N --batch-size N --sweep 5000,10000,20000]
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { RELATION_TYPES, type EntityType, type RelationType } from '../model/types.js';
import { openDriver } from '../cypher/connection.js';
import { DEFAULT_BATCH_SIZE, loadPlan } from '../cypher/loader.js';
import { tafahumDir } from '../cypher/paths.js';
import { startServer, stopServer } from '../cypher/server/instance.js';
import type { EntityRow, LoadPlan, MentionRow, RelationRow } from '../cypher/types.js';

const BENCH_PORT = 7689;
const TYPES: EntityType[] = ['Country', 'Person', 'Organization', 'Event', 'Location', 'Agreement'];

/** Deterministic PRNG (mulberry32) so every run loads the same graph. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function syntheticPlan(entityCount: number, relationCount: number, seed = 42): LoadPlan {
  const random = prng(seed);
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
  const relations = new Map<RelationType, RelationRow[]>(RELATION_TYPES.map((t) => [t, []]));
  const seen = new Set<string>();
  while (seen.size < relationCount) {
    const type = RELATION_TYPES[Math.floor(random() * RELATION_TYPES.length)]!;
    const a = Math.floor(random() * entityCount);
    const b = Math.floor(random() * entityCount);
    const key = `${type}|${a}|${b}`;
    if (a === b || seen.has(key)) continue;
    seen.add(key);
    const d = doc(a);
    relations.get(type)!.push({
      source: entities[a]!.id, target: entities[b]!.id, date: '2024-12-16', datePrecision: 'day', dateInherited: false,
      status: 'done', confidence: 0.8, title: null, docs: [d], weight: 1, agreements: [],
      evidenceKeys: [`${d}|0|60`], evidenceDocs: [d], evidenceStarts: [0], evidenceEnds: [60],
      evidenceTexts: [`${entities[a]!.name} and ${entities[b]!.name} agreed to cooperate further.`],
    });
  }
  const documents = Array.from({ length: documentCount }, (_, i) => ({ id: `doc-${i}.txt`, title: `Document ${i}`, date: '2024-12-16', lang: 'en', url: null }));
  return { documents, entities, mentions, relations };
}

/** The first `count` relations of a plan, spread over the types as generated. */
function subset(plan: LoadPlan, count: number): LoadPlan {
  const total = [...plan.relations.values()].reduce((n, rows) => n + rows.length, 0);
  const share = count / total;
  const relations = new Map([...plan.relations].map(([t, rows]) => [t, rows.slice(0, Math.ceil(rows.length * share))]));
  return { ...plan, relations };
}

async function wipe(driver: Driver): Promise<void> {
  await driver.executeQuery('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      relationships: { type: 'string', default: '1000000' },
      entities: { type: 'string', default: '200000' },
      'batch-size': { type: 'string', default: String(DEFAULT_BATCH_SIZE) },
      sweep: { type: 'string' },
      'sweep-relationships': { type: 'string', default: '100000' },
    },
  });
  const relationCount = Number(values.relationships);
  const entityCount = Number(values.entities);
  const batchSize = Number(values['batch-size']);
  let t = performance.now();
  const plan = syntheticPlan(entityCount, relationCount);
  console.log(`generated ${entityCount} entities, ${relationCount} relationships in ${((performance.now() - t) / 1000).toFixed(1)} s`);

  // A fresh store each run: the user's dev database is never touched.
  const dir = resolve(tafahumDir(), 'neo4j-bench');
  await rm(dir, { recursive: true, force: true });
  const { credentials } = await startServer({ dir, boltPort: BENCH_PORT });
  const driver = openDriver(credentials);
  try {
    if (values.sweep) {
      const small = subset(plan, Number(values['sweep-relationships']));
      for (const size of values.sweep.split(',').map(Number)) {
        await wipe(driver);
        const s = await loadPlan(driver, small, 'synthetic', { batchSize: size });
        const relSeconds = RELATION_TYPES.reduce((sum, type) => sum + (s.phaseSeconds[type] ?? 0), 0);
        console.log(`sweep batch ${size}: ${s.relations} relationships in ${relSeconds.toFixed(1)} s = ${Math.round(s.relations / relSeconds)} rel/s; entities ${s.phaseSeconds.entities} s`);
      }
      await wipe(driver);
    }
    t = performance.now();
    let lastPrinted = 0;
    const summary = await loadPlan(driver, plan, 'synthetic', {
      batchSize,
      onProgress: (done, total, phase) => {
        if (performance.now() - lastPrinted > 10_000) {
          lastPrinted = performance.now();
          process.stderr.write(`  ${phase}: ${done}/${total} rows\n`);
        }
      },
    });
    const relSeconds = RELATION_TYPES.reduce((sum, type) => sum + (summary.phaseSeconds[type] ?? 0), 0);
    console.log(`batch size: ${batchSize}`);
    console.log(`entities: ${summary.entities} in ${summary.phaseSeconds.entities} s (${Math.round(summary.entities / summary.phaseSeconds.entities!)} nodes/s)`);
    console.log(`mentions: ${summary.mentions} in ${summary.phaseSeconds.mentions} s`);
    console.log(`relationships: ${summary.relations} in ${relSeconds.toFixed(1)} s = ${Math.round(summary.relations / relSeconds)} relationships/s (relation phases)`);
    console.log(`whole load: ${summary.seconds} s = ${summary.relationsPerSecond} relationships/s overall (schema, documents, entities, mentions included)`);
  } finally {
    await driver.close();
    await stopServer(dir);
  }
}

await main();
