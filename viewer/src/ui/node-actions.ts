// The exploration moves on a node, as buttons in its panel: expand its neighbours, dismiss it, pin it, show its
// network, start or end a shortest path; and, when the server saves curation, "not an entity" and
// "wrongly merged name".
import { h } from './dom.js';
import { curationForm } from './curation-form.js';
import type { ViewState, ViewerGraph } from '../types.js';

export interface NodeMoves {
  state(): ViewState;
  update(patch: Partial<ViewState>): void;
  /** Whether the server can save curation decisions. */
  canCurate: boolean;
  /** Called once a decision is saved: the view reloads with it applied. */
  curated(): void;
}

const without = (list: string[], value: string) => list.filter((v) => v !== value);

export function nodeActions(graph: ViewerGraph, node: string, moves: NodeMoves): HTMLElement {
  const state = moves.state();
  const expanded = state.expanded.includes(node);
  const pinned = state.pinned.includes(node);
  const button = (id: string, label: string, title: string, onClick: () => void) =>
    h('button', { className: 'secondary small', id, title, attrs: { type: 'button' }, onClick }, label);

  const toolbar = h(
    'div',
    { className: 'node-actions' },
    button('action-expand', expanded ? 'Collapse' : 'Expand', 'Show every neighbour whatever the filters say', () =>
      moves.update({ expanded: expanded ? state.expanded.filter((e) => e.split('|')[0] !== node) : [...state.expanded, node] })),
    button('action-dismiss', 'Dismiss', 'Take this node out of the view', () =>
      moves.update({ dismissed: [...state.dismissed, node], selectedNode: undefined, expanded: without(state.expanded, node), pinned: without(state.pinned, node) })),
    button('action-pin', pinned ? 'Unpin' : 'Pin', 'Keep it shown and in place', () =>
      moves.update({ pinned: pinned ? without(state.pinned, node) : [...state.pinned, node] })),
    button('action-network', 'Network', 'Show only this node and its neighbours (depth in the sidebar)', () => moves.update({ country: node })),
    button('action-path-from', state.pathFrom === node ? 'Path start ✓' : 'Path from', 'Start a shortest path here', () =>
      moves.update({ pathFrom: node, pathTo: state.pathTo === node ? undefined : state.pathTo })),
    button('action-path-to', state.pathTo === node ? 'Path end ✓' : 'Path to', 'End the shortest path here', () =>
      moves.update({ pathTo: node, pathFrom: state.pathFrom === node ? undefined : state.pathFrom })),
  );
  if (!moves.canCurate) return toolbar;

  const names = [...new Set(graph.getNodeAttribute(node, 'aliases') ?? [])].filter((a) => a !== graph.getNodeAttribute(node, 'name'));
  const aliasSelect = h('select', { className: 'curation-alias', attrs: { 'aria-label': 'Name wrongly merged' } }, ...names.map((n) => h('option', { dir: 'auto', attrs: { value: n } }, n)));
  return h(
    'div',
    {},
    toolbar,
    curationForm('Not a real entity…', () => ({ action: 'reject-node', node }), moves.curated),
    names.length > 0 ? curationForm('A name here is another entity…', () => ({ action: 'reject-merge', node, alias: aliasSelect.value }), moves.curated, aliasSelect) : null,
  );
}

/** "show all" next to a group of neighbours: expand this node along one relation type. */
export function expandTypeButton(node: string, type: string, moves: NodeMoves): HTMLElement {
  const key = `${node}|${type}`;
  const state = moves.state();
  const on = state.expanded.includes(key);
  return h('button', { className: 'link small expand-type', attrs: { type: 'button', 'data-type': type }, onClick: () =>
    moves.update({ expanded: on ? without(state.expanded, key) : [...state.expanded, key] }) }, on ? 'hide extra' : 'show all');
}
