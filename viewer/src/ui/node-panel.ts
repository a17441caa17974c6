// The node panel: name, type, aliases in every script, titles and affiliations, neighbours by relation
// type, the documents that mention the node and why it was merged.
import { bidi, clear, h } from './dom.js';
import { documentLine } from './documents.js';
import { nodeColor } from '../appearance/palette.js';
import { expandTypeButton, nodeActions, type NodeMoves } from './node-actions.js';
import { SYMMETRIC_RELATION_TYPES, type RelationType } from '../../../model/vocabulary.js';
import type { GraphAttributes, ViewerGraph, Visibility } from '../types.js';

export interface PanelActions extends NodeMoves {
  selectNode(node: string): void;
  selectEdge(edge: string): void;
}

function section(title: string, ...content: Array<Node | null>): HTMLElement | null {
  const items = content.filter((c): c is Node => c !== null);
  if (items.length === 0) return null;
  return h('section', {}, h('h3', {}, title), ...items);
}

/** Names in any script as chips: each chip picks its own direction, the row stays in reading order. */
function chips(values: string[] | undefined): HTMLElement | null {
  if (!values || values.length === 0) return null;
  return h('ul', { className: 'chips' }, ...values.map((value) => h('li', { dir: 'auto' }, value)));
}

/** English sentences (merge reasons) that may quote Arabic: left-to-right with isolated quotes. */
function sentences(values: string[] | undefined): HTMLElement | null {
  if (!values || values.length === 0) return null;
  return h('ul', { className: 'plain' }, ...values.map((value) => h('li', { dir: 'ltr' }, h('bdi', {}, value))));
}

function list(values: string[] | undefined): HTMLElement | null {
  if (!values || values.length === 0) return null;
  return h('ul', { className: 'plain' }, ...values.map((value) => h('li', {}, bidi(value))));
}

export function renderNodePanel(
  container: HTMLElement,
  graph: ViewerGraph,
  node: string,
  visibility: Visibility,
  actions: PanelActions,
): void {
  clear(container);
  const a = graph.getNodeAttributes(node);
  const documents = (graph.getAttributes() as GraphAttributes).documents ?? {};

  // Neighbours grouped by relation type and direction, e.g. "SIGNED", "AFFILIATED_WITH →", "← MEMBER_OF".
  const groups = new Map<string, Array<{ edge: string; other: string }>>();
  graph.forEachEdge(node, (edge, attrs, source, target) => {
    const outgoing = source === node;
    // Symmetric relations (SIGNED, MET, PARTNERED) have no meaningful direction to show.
    const symmetric = SYMMETRIC_RELATION_TYPES.has(attrs.type as RelationType);
    const label = symmetric ? attrs.type : outgoing ? `${attrs.type} →` : `← ${attrs.type}`;
    const group = groups.get(label) ?? [];
    group.push({ edge, other: outgoing ? target : source });
    groups.set(label, group);
  });
  const neighbourSections = [...groups.entries()]
    .sort(([x], [y]) => x.localeCompare(y))
    .map(([label, entries]) =>
      h(
        'div',
        { className: 'group' },
        h('h4', {}, `${label} (${entries.length}) `, expandTypeButton(node, label.replace(/[←→ ]/g, ''), actions)),
        h(
          'ul',
          { className: 'plain' },
          ...entries.map(({ edge, other }) => {
            const otherAttrs = graph.getNodeAttributes(other);
            const hidden = !visibility.edges.has(edge);
            return h(
              'li',
              { className: hidden ? 'filtered' : undefined },
              h('button', { className: 'link', onClick: () => actions.selectNode(other), title: other }, bidi(otherAttrs.name)),
              ' ',
              h('button', { className: 'link small', onClick: () => actions.selectEdge(edge), title: 'show the evidence' }, 'evidence'),
              hidden ? h('span', { className: 'muted small' }, ' (filtered out)') : null,
            );
          }),
        ),
      ),
    );

  const affiliations = graph
    .outEdges(node)
    .filter((edge) => graph.getEdgeAttribute(edge, 'type') === 'AFFILIATED_WITH')
    .map((edge) => {
      const title = graph.getEdgeAttribute(edge, 'title');
      const name = graph.getNodeAttribute(graph.target(edge), 'name');
      return title ? `${title} — ${name}` : name;
    });

  const parts: Array<HTMLElement | null> = [
    h(
      'header',
      {},
      h('span', { className: 'badge', attrs: { 'data-type': a.type } }, a.type),
      h('h2', { dir: 'auto', id: 'node-title' }, a.name),
      h('div', { className: 'muted small' }, bidi(node)),
      a.curated ? h('div', { className: 'small curated' }, bidi(`Curated: ${a.curated}`)) : null,
    ),
    nodeActions(graph, node, actions),
    h(
      'dl',
      { className: 'facts' },
      a.country ? h('dt', {}, 'Country') : null,
      a.country ? h('dd', {}, a.country) : null,
      h('dt', {}, 'Confidence'),
      h('dd', {}, (a.confidence ?? 0).toFixed(2)),
      h('dt', {}, 'Mentions'),
      h('dd', {}, String(a.mentions ?? 0)),
      a.kind ? h('dt', {}, 'Kind') : null,
      a.kind ? h('dd', {}, a.kind) : null,
      a.domain ? h('dt', {}, 'Domain') : null,
      a.domain ? h('dd', {}, a.domain) : null,
    ),
    section('Aliases', chips(a.aliases)),
    section('Titles', chips(a.titles)),
    section('Affiliations', list(affiliations)),
    section('Neighbours', ...neighbourSections),
    section(
      'Documents',
      a.docs && a.docs.length ? h('ul', { className: 'plain' }, ...a.docs.map((doc) => h('li', {}, documentLine(doc, documents[doc])))) : null,
    ),
    section('Why merged', sentences(a.mergeReasons)),
  ];
  container.append(...parts.filter((part): part is HTMLElement => part !== null));
  container.style.setProperty('--accent', nodeColor(a.type));
}
