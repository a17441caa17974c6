// The edge panel: type, endpoints, date, status, and every evidence sentence with the span naming the
// endpoints highlighted, with its document's title, date and link.
import { bidi, clear, h } from './dom.js';
import { documentLine } from './documents.js';
import { findNameSpans, segments } from './highlight.js';
import { edgeColor } from '../appearance/palette.js';
import type { PanelActions } from './node-panel.js';
import { curationForm } from './curation-form.js';
import { edgeEvidence } from '../data/evidence.js';
import type { EdgeEvidence, GraphAttributes, ViewerGraph } from '../types.js';

function names(graph: ViewerGraph, node: string): string[] {
  const a = graph.getNodeAttributes(node);
  return [a.name, ...(a.aliases ?? [])].filter((n): n is string => typeof n === 'string');
}

/** One evidence sentence with the names of the relation's ends marked, and its document. */
function evidenceItem(evidence: EdgeEvidence, endpointNames: string[], documents: GraphAttributes['documents']): HTMLElement {
  const quote = h('blockquote', { dir: 'auto', className: 'quote' });
  for (const part of segments(evidence.text, findNameSpans(evidence.text, endpointNames))) {
    quote.append(part.marked ? h('mark', {}, part.text) : document.createTextNode(part.text));
  }
  return h('li', {}, quote, documentLine(evidence.doc, documents[evidence.doc]));
}

export function renderEdgePanel(container: HTMLElement, graph: ViewerGraph, edge: string, actions: PanelActions): void {
  clear(container);
  const a = graph.getEdgeAttributes(edge);
  const source = graph.source(edge);
  const target = graph.target(edge);
  const documents = (graph.getAttributes() as GraphAttributes).documents ?? {};
  const endpointNames = [...names(graph, source), ...names(graph, target)];

  const endpoint = (node: string) =>
    h('button', { className: 'link', onClick: () => actions.selectNode(node), title: node }, bidi(graph.getNodeAttribute(node, 'name')));

  const evidenceSection = h('section', { id: 'evidence' }, h('h3', {}, 'Evidence'), h('p', { className: 'muted small' }, 'Loading…'));
  const date = a.date ? `${a.date}${a.datePrecision ? ` (${a.datePrecision})` : ''}${a.dateInherited ? ', document date' : ''}` : 'not stated';

  container.append(
    h(
      'header',
      {},
      h('span', { className: 'badge', attrs: { 'data-relation': a.type } }, a.type),
      h('h2', { id: 'edge-title' }, endpoint(source), h('span', { className: 'arrow' }, ' → '), endpoint(target)),
    ),
    h(
      'dl',
      { className: 'facts' },
      h('dt', {}, 'Date'),
      h('dd', {}, date),
      h('dt', {}, 'Status'),
      h('dd', {}, a.status ?? '—'),
      a.title ? h('dt', {}, 'Role') : null,
      a.title ? h('dd', { dir: 'auto' }, a.title) : null,
      h('dt', {}, 'Confidence'),
      h('dd', {}, (a.confidence ?? 0).toFixed(2)),
      h('dt', {}, 'Documents'),
      h('dd', {}, String((a.docs ?? []).length)),
    ),
    actions.canCurate
      ? curationForm('This relation is wrong…', () => ({ action: 'reject-edge', type: a.type, source, target }), actions.curated)
      : '',
    evidenceSection,
  );
  // The sentences come from the server when the relation is opened (the view payload leaves them out).
  edgeEvidence(graph, edge).then(
    (evidence) => {
      if (!evidenceSection.isConnected) return; // another selection replaced the panel meanwhile
      evidenceSection.replaceChildren(
        h('h3', {}, `Evidence (${evidence.length})`),
        h('ol', { className: 'evidence', id: 'evidence-list' }, ...evidence.map((item) => evidenceItem(item, endpointNames, documents))),
      );
    },
    (error: unknown) => {
      evidenceSection.replaceChildren(h('h3', {}, 'Evidence'), h('p', { className: 'muted small' }, error instanceof Error ? error.message : String(error)));
    },
  );
  container.style.setProperty('--accent', edgeColor(a.type));
}
