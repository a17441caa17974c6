// The GEXF document as a lazy sequence of strings, pure and browser-safe: the CLI streams it to a
// file, the viewer downloads it. GEXF 1.2draft, the version Gephi 0.10, Gephi Lite (graphology)
// and networkx (2.x and 3.x) all read; colours, sizes and positions as viz elements; each dated
// relation carries a spell covering its date's precision, for Gephi's timeline.
import type { KnowledgeGraph } from '../io.js';
import { DEFAULT_APPEARANCE, type ExportAppearance, type Rgb } from './appearance.js';
import { EDGE_COLUMNS, NODE_COLUMNS, formatValue } from './attribute-model.js';
import type { ColumnSpec } from './attribute-model.js';
import { escapeAttribute, escapeText } from './xml.js';

export const GEXF_NAMESPACE = 'http://www.gexf.net/1.2draft';
const VIZ_NAMESPACE = 'http://www.gexf.net/1.2draft/viz';

/** The dates a relation dated at some precision covers: a day, a whole month or a whole year. */
export function dateSpell(date: string | undefined): { start: string; end: string } | undefined {
  if (!date) return undefined;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!match) return undefined;
  const [, year, month, day] = match;
  if (day) return { start: date, end: date };
  if (month) {
    const last = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    return { start: `${year}-${month}-01`, end: `${year}-${month}-${String(last).padStart(2, '0')}` };
  }
  return { start: `${year}-01-01`, end: `${year}-12-31` };
}

export function* gexfPieces(graph: KnowledgeGraph, appearance: ExportAppearance = DEFAULT_APPEARANCE): Generator<string> {
  const generator = graph.getAttribute('generator') ?? 'Tafahum';
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield `<gexf xmlns="${GEXF_NAMESPACE}" xmlns:viz="${VIZ_NAMESPACE}" `;
  yield 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ';
  yield `xsi:schemaLocation="${GEXF_NAMESPACE} ${GEXF_NAMESPACE}/gexf.xsd" version="1.2">\n`;
  yield `  <meta><creator>${escapeText(String(generator))}</creator>`;
  yield '<description>Tafahum knowledge graph export</description></meta>\n';
  // Dynamic with dates: relations appear on Gephi's timeline; undated ones and nodes always show.
  yield '  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">\n';
  yield declarations('node', NODE_COLUMNS);
  yield declarations('edge', EDGE_COLUMNS);
  yield `    <nodes count="${graph.order}">\n`;
  for (const { node, attributes } of graph.nodeEntries()) {
    yield `      <node id="${escapeAttribute(node)}" label="${escapeAttribute(attributes.name)}">`;
    yield attvalues(NODE_COLUMNS, attributes);
    yield vizColor(appearance.nodeColor(attributes.type));
    yield `<viz:size value="${round(appearance.nodeSize(node, graph.degree(node)))}"/>`;
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
    // `kind` (read by Gephi 0.9+) keeps a SIGNED and a MET edge between the same pair apart.
    yield ` kind="${escapeAttribute(attributes.type)}" label="${escapeAttribute(attributes.type)}"${weight}>`;
    yield attvalues(EDGE_COLUMNS, attributes);
    const spell = dateSpell(attributes.date);
    if (spell) yield `<spells><spell start="${spell.start}" end="${spell.end}"/></spells>`;
    yield vizColor(appearance.edgeColor(attributes.type));
    yield '</edge>\n';
  }
  yield '    </edges>\n  </graph>\n</gexf>\n';
}

function vizColor({ r, g, b }: Rgb): string {
  return `<viz:color r="${r}" g="${g}" b="${b}"/>`;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
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
