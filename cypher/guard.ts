// What `tafahum query` lets through. Two checks before a statement runs: its text (comments and
// string literals removed) and the plan Neo4j gives for `EXPLAIN <statement>`. Refused: loading
// CSV (files or URLs), procedures outside a list of read-only ones, and administering
// transactions (SHOW/TERMINATE TRANSACTIONS, CALL { … } IN TRANSACTIONS). Writes are refused by
// the server itself: queries run in READ transactions.
import { TafahumError } from '../model/errors.js';

/** Procedures that only read the graph or its schema. Anything else (cache clearing, kill, config) is refused. */
export const READ_PROCEDURES: ReadonlySet<string> = new Set([
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
  'dbms.components',
]);

/** A plan operator as the driver gives it (neo4j-driver's Plan). */
export interface PlanNode {
  operatorType: string;
  arguments?: Record<string, unknown>;
  children?: PlanNode[];
}

const refuse = (why: string, hint?: string): TafahumError =>
  new TafahumError('E_QUERY_REFUSED', `query refused: ${why}`, hint ?? '`tafahum query` only reads the graph; see `tafahum query --help`.');

/** The statement with comments removed and string literals emptied, so words inside strings never count. */
export function codeOnly(text: string): string {
  return text.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\/|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, (match) =>
    match.startsWith('/') ? ' ' : "''",
  );
}

/** Names of the procedures a statement CALLs (backticks and spaces removed). */
export function calledProcedures(code: string): string[] {
  const names: string[] = [];
  for (const match of code.matchAll(/\bCALL\s+((?:`[^`]*`|[A-Za-z_][\w$]*)(?:\s*\.\s*(?:`[^`]*`|[A-Za-z_][\w$]*))*)/gi)) {
    names.push(match[1]!.replace(/[`\s]/g, ''));
  }
  return names;
}

/** The text check, before anything is sent to the server. */
export function checkStatementText(text: string): void {
  const code = codeOnly(text);
  if (/\bLOAD\s+CSV\b/i.test(code)) throw refuse('LOAD CSV reads files or URLs');
  if (/\b(?:SHOW|TERMINATE)\s+(?:\w+\s+)?TRANSACTIONS?\b/i.test(code)) throw refuse('transaction administration (SHOW/TERMINATE TRANSACTIONS)');
  if (/\bIN\s+(?:\d+\s+CONCURRENT\s+)?TRANSACTIONS\b/i.test(code)) throw refuse('CALL { … } IN TRANSACTIONS');
  for (const name of calledProcedures(code)) checkProcedure(name);
}

function checkProcedure(name: string): void {
  const known = [...READ_PROCEDURES].find((p) => p.toLowerCase() === name.toLowerCase());
  if (!known) throw refuse(`procedure ${name} is not on the list of read-only procedures`, `Allowed: ${[...READ_PROCEDURES].join(', ')}.`);
}

/** The plan check: every operator of `EXPLAIN <statement>`. */
export function checkPlan(plan: PlanNode): void {
  const stack: PlanNode[] = [plan];
  while (stack.length) {
    const node = stack.pop()!;
    // Neo4j 5 suffixes operators with the runtime ("LoadCSV@neo4j").
    const operator = node.operatorType.replace(/@.*$/, '');
    if (/^LoadCSV$/i.test(operator)) throw refuse('the plan loads CSV');
    if (/Transaction/i.test(operator)) throw refuse(`the plan administers transactions (${operator})`);
    if (/ProcedureCall/i.test(operator)) checkProcedure(procedureOf(node) ?? '(unknown procedure)');
    stack.push(...(node.children ?? []));
  }
}

/** A ProcedureCall's name, from its details ("db.labels() :: (label :: STRING)") or signature. */
function procedureOf(node: PlanNode): string | undefined {
  for (const key of ['Details', 'details', 'Signature', 'signature']) {
    const value = node.arguments?.[key];
    if (typeof value === 'string') {
      const match = /^\s*([A-Za-z_][\w$.]*)\s*\(/.exec(value.replace(/`/g, ''));
      if (match) return match[1];
    }
  }
  return undefined;
}
