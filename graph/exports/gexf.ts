// GEXF 1.3 for Gephi, written element by element to a stream (graphology-gexf's writer builds the
// whole document in memory first). Every edge is directed (networkx refuses mixed graphs);
// `kind` carries the relation type so Gephi keeps parallel edges of different types apart.
import type { KnowledgeGraph } from '../io.js';
import { EDGE_COLUMNS, NODE_COLUMNS, formatValue } from './attribute-model.js';
import type { ColumnSpec } from './attribute-model.js';
import { batch, prepareOutFile, writeStreamed } from './sink.js';
import { graphFileResult } from './result.js';
import type { ExportOptions, ExportResult } from './types.js';
import { escapeAttribute, escapeText } from './xml.js';

export async function exportGexf(graph: KnowledgeGraph, options: ExportOptions): Promise<ExportResult> {
  const path = await prepareOutFile(options.out, 'gexf');
  await writeStreamed(path, batch(gexfPieces(graph)));
  return graphFileResult('gexf', graph, path);
}

/** The document as a lazy sequence of small strings, one element at a time. */
export function* gexfPieces(graph: KnowledgeGraph): Generator<string> {
  const generator = graph.getAttribute('generator') ?? 'Tafahum';
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" ';
  yield 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ';
  yield 'xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n';
  yield `  <meta><creator>${escapeText(String(generator))}</creator>`;
  yield '<description>Tafahum knowledge graph export</description></meta>\n';
  yield '  <graph defaultedgetype="directed" mode="static">\n';
  yield declarations('node', NODE_COLUMNS);
  yield declarations('edge', EDGE_COLUMNS);
  yield `    <nodes count="${graph.order}">\n`;
  for (const { node, attributes } of graph.nodeEntries()) {
    yield `      <node id="${escapeAttribute(node)}" label="${escapeAttribute(attributes.name)}">`;
    yield attvalues(NODE_COLUMNS, attributes);
    if (Number.isFinite(attributes.x) && Number.isFinite(attributes.y)) {
      yield `<viz:position x="${attributes.x}" y="${attributes.y}" z="0"/>`;
    }
    yield '</node>\n';
  }
  yield '    </nodes>\n';
  yield `    <edges count="${graph.size}">\n`;
  for (const { edge, attributes, source, target } of graph.edgeEntries()) {
    const weight = Number.isFinite(attributes.weight) ? ` weight="${attributes.weight}"` : '';
    yield `      <edge id="${escapeAttribute(edge)}" source="${escapeAttribute(source)}" target="${escapeAttribute(target)}"`;
    yield ` kind="${escapeAttribute(attributes.type)}" label="${escapeAttribute(attributes.type)}"${weight}>`;
    yield attvalues(EDGE_COLUMNS, attributes);
    yield '</edge>\n';
  }
  yield '    </edges>\n  </graph>\n</gexf>\n';
}

function declarations<A>(kind: 'node' | 'edge', columns: ReadonlyArray<ColumnSpec<A>>): string {
  const lines = columns.map(
    (column) => `      <attribute id="${column.name}" title="${column.name}" type="${column.type}"/>\n`,
  );
  return `    <attributes class="${kind}" mode="static">\n${lines.join('')}    </attributes>\n`;
}

function attvalues<A>(columns: ReadonlyArray<ColumnSpec<A>>, attributes: A): string {
  let out = '';
  for (const column of columns) {
    const value = formatValue(column.value(attributes));
    if (value !== undefined) out += `<attvalue for="${column.name}" value="${escapeAttribute(value)}"/>`;
  }
  return out ? `<attvalues>${out}</attvalues>` : '';
}
