// Runs one Cypher statement in a READ session and transaction: the server refuses writes
// (and schema changes), so `tafahum query` can never modify the graph.
import neo4j, { type Driver } from 'neo4j-driver';
import { toPlain } from './values.js';
import type { QueryResult } from './types.js';

export async function runReadQuery(
  driver: Driver,
  text: string,
  params: Record<string, unknown>,
  database?: string,
): Promise<QueryResult> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ, database });
  try {
    const { keys, records } = await session.executeRead(async (tx) => {
      const running = tx.run(text, params);
      // Keys come before records, so an empty result still has its columns (CSV header).
      const keys = await running.keys();
      return { keys, records: (await running).records };
    });
    const columns = keys.map(String);
    const rows = records.map((record) => Object.fromEntries(columns.map((c) => [c, toPlain(record.get(c))])));
    return { columns, rows };
  } finally {
    await session.close();
  }
}
