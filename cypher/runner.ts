// Runs one Cypher statement for `tafahum query`, boxed in: the text and the EXPLAIN plan are
// checked first (cypher/guard.ts), then the statement runs in a READ transaction with a timeout,
// and rows stream to a writer until the row cap. The server refuses writes and schema changes.
import neo4j, { type Driver } from 'neo4j-driver';
import { TafahumError } from '../model/errors.js';
import { checkPlan, checkStatementText, type PlanNode } from './guard.js';
import type { RowWriter } from './format.js';
import type { QueryResult } from './types.js';
import { toPlain } from './values.js';

export const DEFAULT_QUERY_TIMEOUT_S = 30;
export const DEFAULT_ROW_LIMIT = 10_000;

export interface QueryLimits {
  /** Transaction timeout in milliseconds, enforced by the server. */
  timeoutMs: number;
  /** Rows written at most; the query stops there. */
  limit: number;
  database?: string;
}

export interface QueryRun {
  columns: string[];
  rows: number;
  /** True when the row cap stopped the query before its last row. */
  truncated: boolean;
}

export async function runBoxedQuery(
  driver: Driver,
  text: string,
  params: Record<string, unknown>,
  limits: QueryLimits,
  writer: RowWriter,
): Promise<QueryRun> {
  checkStatementText(text);
  const session = driver.session({ defaultAccessMode: neo4j.session.READ, database: limits.database });
  const config = { timeout: limits.timeoutMs, metadata: { app: 'tafahum query' } };
  try {
    const explained = await session.executeRead((tx) => tx.run(`EXPLAIN ${text}`, params), config).catch((error: unknown) => {
      throw timedOut(error, limits) ?? error;
    });
    const plan = explained.summary.plan;
    if (plan) checkPlan(plan as unknown as PlanNode);

    const tx = await session.beginTransaction(config);
    try {
      const result = tx.run(text, params);
      const columns = (await result.keys()).map(String);
      await writer.begin(columns);
      let rows = 0;
      let truncated = false;
      // The driver pulls records in batches as the loop asks for them: memory holds one batch.
      for await (const record of result) {
        if (rows === limits.limit) {
          truncated = true;
          break;
        }
        await writer.row(Object.fromEntries(columns.map((c) => [c, toPlain(record.get(c))])));
        rows++;
      }
      await writer.end(rows);
      return { columns, rows, truncated };
    } catch (error) {
      throw timedOut(error, limits) ?? error;
    } finally {
      // Read-only: nothing to commit; rolling back also stops a query cut short by the cap.
      await tx.rollback().catch(() => undefined);
    }
  } finally {
    await session.close();
  }
}

function timedOut(error: unknown, limits: QueryLimits): TafahumError | undefined {
  const code = (error as { code?: string }).code ?? '';
  const message = (error as { message?: string }).message ?? '';
  const isTimeout = /TransactionTimedOut/.test(code) || (/Terminated/.test(code) && /time/i.test(message));
  if (!isTimeout) return undefined;
  return new TafahumError(
    'E_QUERY_TIMEOUT',
    `query stopped after ${limits.timeoutMs / 1000} s (transaction timeout)`,
    'Narrow the query (a LIMIT, a filter, no cartesian product) or raise --timeout <seconds>.',
  );
}

/**
 * The project's own read queries (the viewer's `--from-neo4j` source), whole in memory: trusted
 * text from cypher/viewer/, so neither checked nor capped.
 */
export async function runReadQuery(driver: Driver, text: string, params: Record<string, unknown>, database?: string): Promise<QueryResult> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ, database });
  try {
    const { keys, records } = await session.executeRead(async (tx) => {
      const running = tx.run(text, params);
      // Keys come before records, so an empty result still has its columns.
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
