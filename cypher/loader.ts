// Writes a LoadPlan to Neo4j: schema first, then batched `UNWIND $rows` statements, each batch
// in a managed write transaction (the driver retries transient errors). Order matters:
// documents and entities before the edges that MATCH them.
import type { Driver, ManagedTransaction, QueryResult as DriverResult } from 'neo4j-driver';
import { RELATION_TYPES, type RelationType } from '../model/types.js';
import { loadStatement, relationStatement, relationshipTypesStatement, schemaStatements } from './files.js';
import { batches, relationTuple } from './rows.js';
import type { LoadPlan, LoadSummary } from './types.js';

/** Chosen by measurement (docs/neo4j.md, bench/neo4j.ts): 5k–20k rows all load at the same speed here; 10k keeps transactions well under the memory cap. */
export const DEFAULT_BATCH_SIZE = 10_000;

export interface LoadOptions {
  batchSize?: number;
  database?: string;
  /** Write transactions in flight at once (one session each); 1 keeps batches strictly in order. */
  concurrency?: number;
  /** Tag added to the `datasets` list of everything written (cypher/datasets.ts); none: untagged. */
  dataset?: string;
  /**
   * How relation edges are written: `auto` CREATEs the types the database holds none of and MERGEs
   * the others; `merge` always MERGEs; `create` always CREATEs, which duplicates edges unless the
   * database holds none of them (tests compare the two paths with it).
   */
  relationWrite?: 'auto' | 'merge' | 'create';
  /** Called after every batch with rows written so far and the total. */
  onProgress?: (done: number, total: number, phase: string) => void;
}

type Counters = LoadSummary['counters'];

export async function applySchema(driver: Driver, database?: string): Promise<void> {
  const session = driver.session({ database });
  try {
    for (const statement of await schemaStatements()) {
      // Schema changes cannot share a transaction with data writes; one each.
      await session.executeWrite((tx) => tx.run(statement));
    }
    await session.run('CALL db.awaitIndexes(300)');
  } finally {
    await session.close();
  }
}

export async function loadPlan(driver: Driver, plan: LoadPlan, source: string, options: LoadOptions = {}): Promise<LoadSummary> {
  const started = performance.now();
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const counters: Counters = { nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0 };
  await applySchema(driver, options.database);
  // A type the database has never held gets its edges CREATEd (graph.json has one edge per
  // type|source|target): nothing to search for, so a first load skips MERGE's edge lookup.
  const relationWrite = options.relationWrite ?? 'auto';
  const present = new Set(relationWrite === 'auto' ? await relationshipTypes(driver, options.database) : []);

  const relationsByType: Record<string, number> = {};
  const createdTypes: RelationType[] = [];
  const phaseSeconds: Record<string, number> = {};
  const steps: Step[] = [
    { phase: 'documents', statement: await loadStatement('documents'), rows: plan.documents },
    { phase: 'entities', statement: await loadStatement('entities'), rows: plan.entities },
    { phase: 'mentions', statement: await loadStatement('mentions'), rows: plan.mentions },
  ];
  for (const type of RELATION_TYPES) {
    const rows = plan.relations.get(type) ?? [];
    relationsByType[type] = rows.length;
    if (rows.length === 0) continue;
    const mode = relationWrite === 'merge' || (relationWrite === 'auto' && present.has(type)) ? 'merge' : 'create';
    if (mode === 'create') createdTypes.push(type);
    steps.push({ phase: type, statement: await relationStatement(type, mode), rows, encode: relationTuple as Encode });
  }
  const total = steps.reduce((sum, step) => sum + step.rows.length, 0);
  let done = 0;

  const concurrency = Math.max(1, options.concurrency ?? 1);
  const dataset = options.dataset ?? null;
  const sessions = Array.from({ length: concurrency }, () => driver.session({ database: options.database }));
  try {
    for (const step of steps) {
      const stepStarted = performance.now();
      const queue = batches(step.rows, batchSize);
      // Each worker takes the next batch; a step finishes before the next starts, because
      // relations MATCH the nodes written by the earlier steps.
      await Promise.all(
        sessions.map(async (session) => {
          for (let batch = queue.shift(); batch; batch = queue.shift()) {
            const rows = step.encode ? batch.map(step.encode) : batch;
            const result = await session.executeWrite((tx: ManagedTransaction) => tx.run(step.statement, { rows, dataset }));
            addCounters(counters, result);
            done += batch.length;
            options.onProgress?.(done, total, step.phase);
          }
        }),
      );
      phaseSeconds[step.phase] = round((performance.now() - stepStarted) / 1000);
    }
  } finally {
    await Promise.all(sessions.map((session) => session.close()));
  }
  const seconds = (performance.now() - started) / 1000;
  const relations = Object.values(relationsByType).reduce((a, b) => a + b, 0);
  return {
    source,
    batchSize,
    documents: plan.documents.length,
    entities: plan.entities.length,
    mentions: plan.mentions.length,
    relations,
    relationsByType,
    seconds: round(seconds),
    relationsPerSecond: seconds > 0 ? Math.round(relations / seconds) : 0,
    phaseSeconds,
    createdTypes,
    counters,
  };
}

type Encode = (row: object) => unknown;

interface Step {
  phase: string;
  statement: string;
  rows: object[];
  /** How a row is sent, when not as the object itself (relations: a list, cypher/rows.ts). */
  encode?: Encode;
}

/** Relationship types listed by the database (cypher/relationship-types.cypher). */
export async function relationshipTypes(driver: Driver, database?: string): Promise<string[]> {
  const result = await driver.executeQuery(await relationshipTypesStatement(), {}, { database });
  return (result.records[0]?.get('types') as string[] | undefined) ?? [];
}

function addCounters(counters: Counters, result: DriverResult): void {
  const updates = result.summary.counters.updates();
  counters.nodesCreated += updates.nodesCreated;
  counters.relationshipsCreated += updates.relationshipsCreated;
  counters.propertiesSet += updates.propertiesSet;
}

const round = (value: number): number => Math.round(value * 100) / 100;
