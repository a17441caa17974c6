// What `tafahum query` refuses before anything runs: CSV loading, procedures off the read-only
// list, transaction administration; and the same from an EXPLAIN plan. Words inside strings and
// comments do not count.
import { describe, expect, it } from 'vitest';
import { checkPlan, checkStatementText, type PlanNode } from '../../cypher/guard.js';

const codeOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    return (error as { code: string }).code;
  }
  return 'accepted';
};

describe('checkStatementText', () => {
  it.each([
    "LOAD CSV FROM 'http://127.0.0.1:22/' AS row RETURN row",
    "load  csv with headers from 'file:///etc/passwd' as r return r",
    'TERMINATE TRANSACTIONS "neo4j-transaction-1"',
    'SHOW TRANSACTIONS',
    'SHOW ALL TRANSACTIONS',
    'MATCH (n) CALL { WITH n RETURN n.id AS id } IN TRANSACTIONS RETURN id',
    'CALL db.clearQueryCaches()',
    'CALL `db`.`clearQueryCaches`()',
    'CALL dbms.killTransaction("x")',
    'CALL dbms.setConfigValue("db.logs.query.enabled", "OFF")',
  ])('refuses %s', (text) => {
    expect(codeOf(() => checkStatementText(text))).toBe('E_QUERY_REFUSED');
  });

  it.each([
    'MATCH (n:Country) RETURN n.name',
    "MATCH (n) WHERE n.name = 'LOAD CSV' RETURN n // TERMINATE TRANSACTIONS",
    'CALL db.labels() YIELD label RETURN label',
    'MATCH (n) CALL { WITH n RETURN count(*) AS c } RETURN n, c',
    '/* CALL db.clearQueryCaches() */ RETURN 1',
  ])('accepts %s', (text) => {
    expect(codeOf(() => checkStatementText(text))).toBe('accepted');
  });
});

describe('checkPlan', () => {
  const plan = (operatorType: string, args: Record<string, unknown> = {}, children: PlanNode[] = []): PlanNode => ({ operatorType, arguments: args, children });

  it('refuses a plan that loads CSV, calls an unlisted procedure or applies in transactions', () => {
    expect(codeOf(() => checkPlan(plan('ProduceResults@neo4j', {}, [plan('LoadCSV@neo4j')])))).toBe('E_QUERY_REFUSED');
    expect(codeOf(() => checkPlan(plan('ProduceResults@neo4j', {}, [plan('ProcedureCall@neo4j', { Details: 'db.clearQueryCaches() :: (value :: STRING)' })])))).toBe('E_QUERY_REFUSED');
    expect(codeOf(() => checkPlan(plan('ProduceResults', {}, [plan('TransactionApply')])))).toBe('E_QUERY_REFUSED');
  });

  it('accepts reads and listed procedures', () => {
    expect(codeOf(() => checkPlan(plan('ProduceResults@neo4j', {}, [plan('ProcedureCall@neo4j', { Details: 'db.labels() :: (label :: STRING)' }), plan('AllNodesScan@neo4j')])))).toBe('accepted');
  });
});
