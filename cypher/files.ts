// Reads the .cypher files of this module. Statements are split on a `;` that ends a line;
// `//` comment lines are dropped. Relation files are chosen from the fixed RELATION_TYPES list,
// never from data, so no Cypher is ever built from a graph's contents.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TafahumError } from '../model/errors.js';
import { RELATION_TYPES, type RelationType } from '../model/types.js';
import { CYPHER_DIR } from './paths.js';

export const SCHEMA_FILE = join(CYPHER_DIR, 'schema.cypher');
export const LOAD_DIR = join(CYPHER_DIR, 'load');
export const QUERIES_DIR = join(CYPHER_DIR, 'queries');
export const DATASETS_DIR = join(CYPHER_DIR, 'datasets');
export const RELATIONSHIP_TYPES_FILE = join(CYPHER_DIR, 'relationship-types.cypher');

/** Comment lines removed, statements trimmed, empty ones dropped. */
export function splitStatements(text: string): string[] {
  const code = text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n');
  return code
    .split(/;[ \t]*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}

export async function readCypherFile(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    throw new TafahumError('E_NOT_FOUND', `Cypher file ${path} is missing`);
  }
}

/** The single statement of a load file. */
export async function loadStatement(name: 'documents' | 'entities' | 'mentions'): Promise<string> {
  return single(join(LOAD_DIR, `${name}.cypher`));
}

export type DatasetStatement = 'current' | 'register' | 'untag-nodes' | 'untag-relationships' | 'drop-orphans' | 'drop-orphan-nodes';

/** The single statement of a dataset file (cypher/datasets/). */
export async function datasetStatement(name: DatasetStatement): Promise<string> {
  return single(join(DATASETS_DIR, `${name}.cypher`));
}

/**
 * The load file of a relation type: `merge` (cypher/load/relations/, any database) or `create`
 * (cypher/load/new-relations/, only for a type the database holds no edge of).
 */
export function relationFile(type: RelationType, mode: 'merge' | 'create' = 'merge'): string {
  if (!(RELATION_TYPES as readonly string[]).includes(type)) {
    throw new TafahumError('E_FORMAT', `unknown relation type ${JSON.stringify(type)}`);
  }
  return join(LOAD_DIR, mode === 'merge' ? 'relations' : 'new-relations', `${type}.cypher`);
}

export async function relationStatement(type: RelationType, mode: 'merge' | 'create' = 'merge'): Promise<string> {
  return single(relationFile(type, mode));
}

export async function relationshipTypesStatement(): Promise<string> {
  return single(RELATIONSHIP_TYPES_FILE);
}

export async function schemaStatements(): Promise<string[]> {
  return splitStatements(await readCypherFile(SCHEMA_FILE));
}

async function single(path: string): Promise<string> {
  const statements = splitStatements(await readCypherFile(path));
  if (statements.length !== 1) throw new TafahumError('E_FORMAT', `${path} must hold exactly one statement`);
  return statements[0]!;
}
