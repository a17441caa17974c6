// GraphML for Gephi, yEd, igraph and networkx, written element by element to a stream
// (graphology-graphml only parses). Keys declare every column with its type. Every edge is
// directed: networkx refuses directed="false" edges in a directed graph.
import type { KnowledgeGraph } from '../io.js';
import { EDGE_COLUMNS, NODE_COLUMNS, formatValue } from './attribute-model.js';
import type { ColumnSpec } from './attribute-model.js';
import { batch, prepareOutFile, writeStreamed } from './sink.js';
import { graphFileResult } from './result.js';
import type { ExportOptions, ExportResult } from './types.js';
import { escapeAttribute, escapeText } from './xml.js';

/** GraphML key types are Java's: int, not integer. */
const GRAPHML_TYPES = { string: 'string', double: 'double', integer: 'int', boolean: 'boolean' } as const;

export async function exportGraphml(graph: KnowledgeGraph, options: ExportOptions): Promise<ExportResult> {
  const path = await prepareOutFile(options.out, 'graphml');
  await writeStreamed(path, batch(graphmlPieces(graph)));
  return graphFileResult('graphml', graph, path);
}

export function* graphmlPieces(graph: KnowledgeGraph): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" ';
  yield 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ';
  yield 'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
  // Gephi reads `label` for display and `weight`, `x`, `y` as its own columns.
  yield key('node', 'label', 'string');
  yield keys('node', NODE_COLUMNS);
  yield key('node', 'x', 'double');
  yield key('node', 'y', 'double');
  yield key('edge', 'label', 'string');
  yield keys('edge', EDGE_COLUMNS);
  yield key('edge', 'weight', 'double');
  yield '  <graph id="tafahum" edgedefault="directed">\n';
  for (const { node, attributes } of graph.nodeEntries()) {
    yield `    <node id="${escapeAttribute(node)}">`;
    yield data('node', 'label', attributes.name);
    yield dataColumns('node', NODE_COLUMNS, attributes);
    if (Number.isFinite(attributes.x) && Number.isFinite(attributes.y)) {
      yield data('node', 'x', String(attributes.x)) + data('node', 'y', String(attributes.y));
    }
    yield '</node>\n';
  }
  for (const { edge, attributes, source, target } of graph.edgeEntries()) {
    yield `    <edge id="${escapeAttribute(edge)}" source="${escapeAttribute(source)}" target="${escapeAttribute(target)}">`;
    yield data('edge', 'label', attributes.type);
    yield dataColumns('edge', EDGE_COLUMNS, attributes);
    yield data('edge', 'weight', formatValue(attributes.weight));
    yield '</edge>\n';
  }
  yield '  </graph>\n</graphml>\n';
}

/** Key ids are prefixed by domain because a node and an edge column may share a name. */
function keyId(domain: 'node' | 'edge', name: string): string {
  return `${domain === 'node' ? 'n' : 'e'}_${name}`;
}

function key(domain: 'node' | 'edge', name: string, type: keyof typeof GRAPHML_TYPES): string {
  return `  <key id="${keyId(domain, name)}" for="${domain}" attr.name="${name}" attr.type="${GRAPHML_TYPES[type]}"/>\n`;
}

function keys<A>(domain: 'node' | 'edge', columns: ReadonlyArray<ColumnSpec<A>>): string {
  return columns.map((column) => key(domain, column.name, column.type)).join('');
}

function data(domain: 'node' | 'edge', name: string, value: string | undefined): string {
  return value === undefined || value === '' ? '' : `<data key="${keyId(domain, name)}">${escapeText(value)}</data>`;
}

function dataColumns<A>(domain: 'node' | 'edge', columns: ReadonlyArray<ColumnSpec<A>>, attributes: A): string {
  return columns.map((column) => data(domain, column.name, formatValue(column.value(attributes)))).join('');
}
