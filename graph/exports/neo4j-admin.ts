// CSV files in the header syntax of `neo4j-admin database import full`, for graphs too big for
// transactional loading, plus the exact command that imports them. The files give the same
// graph as `tafahum load` (cypher/load): Entity and Document nodes, relations, MENTIONS.
import { join, resolve } from 'node:path';
import { stringify } from 'csv-stringify';
import type { KnowledgeGraph } from '../io.js';
import { evidenceItems } from '../neo4j-evidence.js';
import type { DocumentInfo, EdgeAttributes, NodeAttributes } from '../types.js';
import { prepareOutDir, writeStreamed } from './sink.js';
import type { ExportOptions, ExportResult, WrittenFile } from './types.js';

/** Written as `--array-delimiter=U+001F` (ASCII unit separator); also separates labels. */
export const NEO4J_ARRAY_DELIMITER = '\u001f';
/** Every entity also gets this label, as the transactional loader does. */
export const NEO4J_COMMON_LABEL = 'Entity';

type Cell = string | number | boolean | undefined;
interface Column<T> {
  header: string;
  value: (item: T) => Cell | Cell[] | undefined;
}
interface NodeItem { key: string; a: NodeAttributes }
interface EdgeItem { source: string; target: string; a: EdgeAttributes }
interface DocumentItem { id: string; info: DocumentInfo }
interface MentionItem { doc: string; entity: string }

// ID spaces keep entity ids and document file names apart even if a name looked like an id.
export const NEO4J_NODE_COLUMNS: ReadonlyArray<Column<NodeItem>> = [
  { header: 'id:ID(Entity)', value: (n) => n.key },
  { header: ':LABEL', value: (n) => [n.a.type, NEO4J_COMMON_LABEL] },
  { header: 'type', value: (n) => n.a.type },
  { header: 'name', value: (n) => n.a.name },
  { header: 'aliases:string[]', value: (n) => n.a.aliases },
  { header: 'confidence:float', value: (n) => n.a.confidence },
  { header: 'docs:string[]', value: (n) => n.a.docs },
  { header: 'mentions:int', value: (n) => n.a.mentions },
  { header: 'titles:string[]', value: (n) => n.a.titles },
  { header: 'country', value: (n) => n.a.country },
  { header: 'kind', value: (n) => n.a.kind },
  { header: 'domain', value: (n) => n.a.domain },
  { header: 'mergeReasons:string[]', value: (n) => n.a.mergeReasons },
];

export const NEO4J_RELATIONSHIP_COLUMNS: ReadonlyArray<Column<EdgeItem>> = [
  { header: ':START_ID(Entity)', value: (e) => e.source },
  { header: ':END_ID(Entity)', value: (e) => e.target },
  { header: ':TYPE', value: (e) => e.a.type },
  { header: 'docs:string[]', value: (e) => e.a.docs },
  { header: 'date', value: (e) => e.a.date },
  { header: 'datePrecision', value: (e) => e.a.datePrecision },
  { header: 'dateInherited:boolean', value: (e) => e.a.dateInherited },
  { header: 'status', value: (e) => e.a.status },
  { header: 'confidence:float', value: (e) => e.a.confidence },
  { header: 'title', value: (e) => e.a.title },
  { header: 'agreements:string[]', value: (e) => e.a.agreements },
  { header: 'weight:int', value: (e) => e.a.weight },
  // Evidence as cypher/load stores it (cypher/rows.ts), so saved queries work alike on both paths.
  { header: 'evidence:string[]', value: (e) => evidenceItems(e.a, `${e.source} → ${e.target}`) },
];

export const NEO4J_DOCUMENT_COLUMNS: ReadonlyArray<Column<DocumentItem>> = [
  { header: 'id:ID(Document)', value: (d) => d.id },
  { header: ':LABEL', value: () => 'Document' },
  { header: 'title', value: (d) => d.info.title },
  { header: 'date', value: (d) => d.info.date },
  { header: 'lang', value: (d) => d.info.lang },
  { header: 'url', value: (d) => d.info.url },
];

export const NEO4J_MENTION_COLUMNS: ReadonlyArray<Column<MentionItem>> = [
  { header: ':START_ID(Document)', value: (m) => m.doc },
  { header: ':END_ID(Entity)', value: (m) => m.entity },
  { header: ':TYPE', value: () => 'MENTIONS' },
];

export interface Neo4jImportFiles {
  nodes: string[];
  relationships: string[];
}

export async function exportNeo4jAdmin(graph: KnowledgeGraph, options: ExportOptions): Promise<ExportResult> {
  const dir = await prepareOutDir(options.out, 'neo4j-admin');
  const seen = { multiline: false };
  const documents = documentsOf(graph);
  const files: WrittenFile[] = [];
  const write = async <T>(name: string, kind: WrittenFile['kind'], columns: ReadonlyArray<Column<T>>, items: Iterable<T>) => {
    const path = join(dir, name);
    const counter = { rows: 0 };
    await writeStreamed(path, rows(items, columns, seen, counter), stringify({ record_delimiter: 'unix', quoted_match: /[\r\n]/ }));
    files.push({ path, kind, rows: counter.rows });
  };
  await write('nodes.csv', 'nodes', NEO4J_NODE_COLUMNS, nodeItems(graph));
  await write('relationships.csv', 'relationships', NEO4J_RELATIONSHIP_COLUMNS, edgeItems(graph));
  await write('documents.csv', 'documents', NEO4J_DOCUMENT_COLUMNS, documents);
  await write('mentions.csv', 'mentions', NEO4J_MENTION_COLUMNS, mentionItems(graph));
  const importFiles: Neo4jImportFiles = {
    nodes: files.filter((f) => f.kind === 'nodes' || f.kind === 'documents').map((f) => f.path),
    relationships: files.filter((f) => f.kind === 'relationships' || f.kind === 'mentions').map((f) => f.path),
  };
  return {
    format: 'neo4j-admin',
    nodes: graph.order,
    relationships: graph.size,
    files,
    command: neo4jImportCommand(importFiles, { multiline: seen.multiline }),
  };
}

/** The import command, with absolute, shell-quoted paths; the database must be stopped first. */
export function neo4jImportCommand(files: Neo4jImportFiles, options: { multiline: boolean; database?: string; neo4jHome?: string }): string {
  const bin = options.neo4jHome ? join(options.neo4jHome, 'bin', 'neo4j-admin') : 'neo4j-admin';
  return neo4jImportArgs(files, options).reduce((command, arg) => `${command} ${shellQuote(arg)}`, shellQuote(bin));
}

/** The same command as an argument list, for spawning the tool without a shell. */
export function neo4jImportArgs(files: Neo4jImportFiles, options: { multiline: boolean; database?: string }): string[] {
  return [
    'database', 'import', 'full', options.database ?? 'neo4j',
    ...files.nodes.map((path) => `--nodes=${resolve(path)}`),
    ...files.relationships.map((path) => `--relationships=${resolve(path)}`),
    '--array-delimiter=U+001F',
    // Quoted fields spanning lines are refused unless asked for, and asking slows the import.
    ...(options.multiline ? ['--multiline-fields=true'] : []),
  ];
}

function* nodeItems(graph: KnowledgeGraph): Generator<NodeItem> {
  for (const { node, attributes } of graph.nodeEntries()) yield { key: node, a: attributes };
}

function* edgeItems(graph: KnowledgeGraph): Generator<EdgeItem> {
  for (const { source, target, attributes } of graph.edgeEntries()) yield { source, target, a: attributes };
}

function* mentionItems(graph: KnowledgeGraph): Generator<MentionItem> {
  for (const { node, attributes } of graph.nodeEntries()) {
    for (const doc of new Set(attributes.docs ?? [])) yield { doc, entity: node };
  }
}

/** Documents that an exported entity mentions, with their metadata when graph.json has it. */
function documentsOf(graph: KnowledgeGraph): DocumentItem[] {
  const metadata = graph.getAttribute('documents') ?? {};
  const ids = new Set<string>();
  graph.forEachNode((_node, attributes) => {
    for (const doc of attributes.docs ?? []) ids.add(doc);
  });
  return [...ids].map((id) => ({ id, info: Object.hasOwn(metadata, id) ? (metadata[id] ?? {}) : {} }));
}

function* rows<T>(
  items: Iterable<T>,
  columns: ReadonlyArray<Column<T>>,
  seen: { multiline: boolean },
  counter: { rows: number },
): Generator<string[]> {
  // The header is the first record: the importer reads property names and types from it.
  yield columns.map((column) => column.header);
  for (const item of items) {
    counter.rows++;
    yield columns.map((column) => {
      const cell = toCell(column.value(item));
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

function shellQuote(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", "'\\''")}'`;
}
