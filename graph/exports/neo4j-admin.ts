// Node and relationship CSV files in the header syntax of `neo4j-admin database import full`,
// for graphs too big for transactional loading, plus the exact command that imports them.
// Arrays use U+001F (the ASCII unit separator) as delimiter: it cannot occur in cleaned text.
import { join, resolve } from 'node:path';
import { stringify } from 'csv-stringify';
import type { KnowledgeGraph } from '../io.js';
import type { EdgeAttributes, NodeAttributes } from '../types.js';
import { prepareOutDir, writeStreamed } from './sink.js';
import type { ExportOptions, ExportResult } from './types.js';

/** Written as `--array-delimiter=U+001F`; also separates the labels of the :LABEL column. */
export const NEO4J_ARRAY_DELIMITER = '\u001f';
/** Every node also gets this label, so one constraint on `:Entity(id)` covers the graph. */
export const NEO4J_COMMON_LABEL = 'Entity';

type Cell = string | number | boolean | undefined;
interface Column<A> {
  header: string;
  value: (key: string, attrs: A, graph: KnowledgeGraph) => Cell | Cell[] | undefined;
}

export const NEO4J_NODE_COLUMNS: ReadonlyArray<Column<NodeAttributes>> = [
  { header: 'id:ID', value: (key) => key },
  { header: ':LABEL', value: (_key, a) => [a.type, NEO4J_COMMON_LABEL] },
  { header: 'name', value: (_key, a) => a.name },
  { header: 'aliases:string[]', value: (_key, a) => a.aliases },
  { header: 'confidence:float', value: (_key, a) => a.confidence },
  { header: 'docs:string[]', value: (_key, a) => a.docs },
  { header: 'mentions:int', value: (_key, a) => a.mentions },
  { header: 'titles:string[]', value: (_key, a) => a.titles },
  { header: 'country', value: (_key, a) => a.country },
  { header: 'kind', value: (_key, a) => a.kind },
  { header: 'domain', value: (_key, a) => a.domain },
  { header: 'mergeReasons:string[]', value: (_key, a) => a.mergeReasons },
];

export const NEO4J_RELATIONSHIP_COLUMNS: ReadonlyArray<Column<EdgeAttributes>> = [
  { header: ':START_ID', value: (key, _a, graph) => graph.source(key) },
  { header: ':END_ID', value: (key, _a, graph) => graph.target(key) },
  { header: ':TYPE', value: (_key, a) => a.type },
  { header: 'key', value: (key) => key },
  { header: 'docs:string[]', value: (_key, a) => a.docs },
  { header: 'date', value: (_key, a) => a.date },
  { header: 'datePrecision', value: (_key, a) => a.datePrecision },
  { header: 'dateInherited:boolean', value: (_key, a) => a.dateInherited },
  { header: 'status', value: (_key, a) => a.status },
  { header: 'confidence:float', value: (_key, a) => a.confidence },
  { header: 'title', value: (_key, a) => a.title },
  { header: 'agreements:string[]', value: (_key, a) => a.agreements },
  { header: 'weight:int', value: (_key, a) => a.weight },
  // Evidence as parallel arrays: queryable in Cypher without APOC's JSON functions.
  { header: 'evidenceDoc:string[]', value: (_key, a) => a.evidence?.map((e) => e.doc) },
  { header: 'evidenceStart:int[]', value: (_key, a) => a.evidence?.map((e) => e.start) },
  { header: 'evidenceEnd:int[]', value: (_key, a) => a.evidence?.map((e) => e.end) },
  { header: 'evidenceText:string[]', value: (_key, a) => a.evidence?.map((e) => e.text) },
];

export async function exportNeo4jAdmin(graph: KnowledgeGraph, options: ExportOptions): Promise<ExportResult> {
  const dir = await prepareOutDir(options.out, 'neo4j-admin');
  const nodesPath = join(dir, 'nodes.csv');
  const relationshipsPath = join(dir, 'relationships.csv');
  const seen = { multiline: false };
  await writeStreamed(
    nodesPath,
    rows(graph.nodes(), NEO4J_NODE_COLUMNS, (key) => graph.getNodeAttributes(key), graph, seen),
    neo4jStringifier(),
  );
  await writeStreamed(
    relationshipsPath,
    rows(graph.edges(), NEO4J_RELATIONSHIP_COLUMNS, (key) => graph.getEdgeAttributes(key), graph, seen),
    neo4jStringifier(),
  );
  return {
    format: 'neo4j-admin',
    nodes: graph.order,
    relationships: graph.size,
    files: [
      { path: nodesPath, kind: 'nodes', rows: graph.order },
      { path: relationshipsPath, kind: 'relationships', rows: graph.size },
    ],
    command: neo4jImportCommand(nodesPath, relationshipsPath, { multiline: seen.multiline }),
  };
}

/** The import command, with absolute, shell-quoted paths; the server must be stopped first. */
export function neo4jImportCommand(
  nodesPath: string,
  relationshipsPath: string,
  options: { multiline: boolean; database?: string; neo4jHome?: string },
): string {
  const bin = options.neo4jHome ? join(options.neo4jHome, 'bin', 'neo4j-admin') : 'neo4j-admin';
  return neo4jImportArgs(nodesPath, relationshipsPath, options)
    .reduce((command, arg) => `${command} ${shellQuote(arg)}`, shellQuote(bin));
}

/** The same command as an argument list, for spawning the tool without a shell. */
export function neo4jImportArgs(
  nodesPath: string,
  relationshipsPath: string,
  options: { multiline: boolean; database?: string },
): string[] {
  return [
    'database', 'import', 'full', options.database ?? 'neo4j',
    `--nodes=${resolve(nodesPath)}`,
    `--relationships=${resolve(relationshipsPath)}`,
    '--array-delimiter=U+001F',
    // Quoted fields spanning lines are refused unless asked for, and asking slows the import.
    ...(options.multiline ? ['--multiline-fields=true'] : []),
  ];
}

function* rows<A>(
  keys: Iterable<string>,
  columns: ReadonlyArray<Column<A>>,
  attributesOf: (key: string) => A,
  graph: KnowledgeGraph,
  seen: { multiline: boolean },
): Generator<string[]> {
  // The header is the first record: the importer reads property names and types from it.
  yield columns.map((column) => column.header);
  for (const key of keys) {
    const attrs = attributesOf(key);
    yield columns.map((column) => {
      const cell = toCell(column.value(key, attrs, graph));
      if (!seen.multiline && /[\r\n]/.test(cell)) seen.multiline = true;
      return cell;
    });
  }
}

/** Arrays are joined with the delimiter, removed from their elements first so it cannot split them. */
function toCell(value: Cell | Cell[] | undefined): string {
  if (value === undefined) return '';
  if (Array.isArray(value)) {
    return value
      .filter((item) => item !== undefined && item !== '')
      .map((item) => String(item).replaceAll(NEO4J_ARRAY_DELIMITER, ' '))
      .join(NEO4J_ARRAY_DELIMITER);
  }
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return String(value);
}

function neo4jStringifier() {
  return stringify({ header: false, record_delimiter: 'unix' });
}

function shellQuote(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", "'\\''")}'`;
}
