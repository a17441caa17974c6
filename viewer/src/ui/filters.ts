// The filter sidebar (also the legend): entity and relation types with colours and counts, date range,
// country ego network, document, minimum confidence, isolated nodes, label density.
import { ENTITY_TYPES, RELATION_TYPES } from '../../../model/vocabulary.js';
import { monthLabel } from '../data/dates.js';
import { edgeColor, nodeColor } from '../appearance/palette.js';
import { h } from './dom.js';
import type { EntityType, GraphAttributes, GraphFacts, RelationType, ViewState, ViewerGraph, Visibility } from '../types.js';

export interface FilterControls {
  /** Reflects a state (from the URL or a reset) and the resulting counts in the controls. */
  sync(state: ViewState, visibility: Visibility): void;
}

type Update = (patch: Partial<ViewState>) => void;

function checkbox(name: string, value: string, onChange: (checked: boolean) => void): HTMLInputElement {
  const input = h('input', { attrs: { type: 'checkbox', name, value } });
  input.addEventListener('change', () => onChange(input.checked));
  return input;
}

function range(name: string, min: number, max: number, step: number): HTMLInputElement {
  return h('input', { attrs: { type: 'range', name, min: String(min), max: String(max), step: String(step) } });
}

export function buildFilters(root: HTMLElement, graph: ViewerGraph, facts: GraphFacts, getState: () => ViewState, update: Update): FilterControls {
  const typeTotals = new Map<string, number>();
  graph.forEachNode((_n, a) => typeTotals.set(a.type, (typeTotals.get(a.type) ?? 0) + 1));
  const relTotals = new Map<string, number>();
  graph.forEachEdge((_e, a) => relTotals.set(a.type, (relTotals.get(a.type) ?? 0) + 1));

  const typeInputs = new Map<EntityType, HTMLInputElement>();
  const typeCounts = new Map<string, HTMLElement>();
  const typeRows = ENTITY_TYPES.filter((t) => typeTotals.has(t)).map((type) => {
    const input = checkbox('type', type, (checked) => {
      const current = new Set(getState().nodeTypes);
      if (checked) current.add(type);
      else current.delete(type);
      update({ nodeTypes: ENTITY_TYPES.filter((t) => current.has(t)) });
    });
    typeInputs.set(type, input);
    const count = h('span', { className: 'count' });
    typeCounts.set(type, count);
    return h('label', { className: 'row' }, input, h('span', { className: 'swatch dot', attrs: { 'data-color': nodeColor(type) } }), type, count);
  });

  const relInputs = new Map<RelationType, HTMLInputElement>();
  const relCounts = new Map<string, HTMLElement>();
  const relRows = RELATION_TYPES.filter((t) => relTotals.has(t)).map((type) => {
    const input = checkbox('rel', type, (checked) => {
      const current = new Set(getState().relationTypes);
      if (checked) current.add(type);
      else current.delete(type);
      update({ relationTypes: RELATION_TYPES.filter((t) => current.has(t)) });
    });
    relInputs.set(type, input);
    const count = h('span', { className: 'count' });
    relCounts.set(type, count);
    return h('label', { className: 'row' }, input, h('span', { className: 'swatch bar', attrs: { 'data-color': edgeColor(type) } }), type, count);
  });

  // Date range: two sliders over the months covered by relation dates.
  const hasDates = facts.minMonth !== undefined && facts.maxMonth !== undefined;
  const minMonth = facts.minMonth ?? 0;
  const maxMonth = facts.maxMonth ?? 0;
  const fromInput = range('date-from', minMonth, maxMonth, 1);
  const toInput = range('date-to', minMonth, maxMonth, 1);
  fromInput.id = 'date-from';
  toInput.id = 'date-to';
  const dateLabel = h('div', { className: 'range-label', id: 'date-label' });
  const onDate = () => {
    let from = Number(fromInput.value);
    let to = Number(toInput.value);
    if (from > to) [from, to] = [to, from];
    update({ dateFrom: from > minMonth ? from : undefined, dateTo: to < maxMonth ? to : undefined });
  };
  fromInput.addEventListener('input', onDate);
  toInput.addEventListener('input', onDate);
  const undated = checkbox('undated', '1', (checked) => update({ includeUndated: checked }));

  // Country ego network and document.
  const countrySelect = h('select', { id: 'country', attrs: { name: 'country' } }, h('option', { attrs: { value: '' } }, 'All countries'));
  graph
    .filterNodes((_n, a) => a.type === 'Country')
    .sort((x, y) => graph.getNodeAttribute(x, 'name').localeCompare(graph.getNodeAttribute(y, 'name')))
    .forEach((node) => countrySelect.append(h('option', { dir: 'auto', attrs: { value: node } }, graph.getNodeAttribute(node, 'name'))));
  countrySelect.addEventListener('change', () => update({ country: countrySelect.value || undefined }));
  const depthSelect = h('select', { id: 'depth', attrs: { name: 'depth' } }, h('option', { attrs: { value: '1' } }, 'depth 1'), h('option', { attrs: { value: '2' } }, 'depth 2'));
  depthSelect.addEventListener('change', () => update({ depth: depthSelect.value === '2' ? 2 : 1 }));

  const documents = (graph.getAttributes() as GraphAttributes).documents ?? {};
  const docSelect = h('select', { id: 'document', attrs: { name: 'document' } }, h('option', { attrs: { value: '' } }, 'All documents'));
  Object.entries(documents)
    .sort(([, x], [, y]) => (x.date ?? '').localeCompare(y.date ?? ''))
    .forEach(([id, info]) => docSelect.append(h('option', { dir: 'auto', attrs: { value: id } }, `${info.date ?? '—'} · ${info.title ?? id}`)));
  docSelect.addEventListener('change', () => update({ doc: docSelect.value || undefined }));

  const confInput = range('confidence', 0, 1, 0.05);
  confInput.id = 'confidence';
  const confLabel = h('span', { className: 'count' });
  confInput.addEventListener('input', () => update({ minConfidence: Number(confInput.value) }));
  const isolated = checkbox('isolated', '1', (checked) => update({ hideIsolated: checked }));
  isolated.id = 'hide-isolated';
  const density = range('labels', 0.05, 3, 0.05);
  density.addEventListener('input', () => update({ labelDensity: Number(density.value) }));

  root.append(
    h('h3', {}, 'Entities'),
    h('div', { id: 'legend-nodes' }, ...typeRows),
    h('h3', {}, 'Relations'),
    h('div', { id: 'legend-edges' }, ...relRows),
    h('h3', {}, 'Dates of relations'),
    hasDates
      ? h('div', { className: 'dates' }, dateLabel, fromInput, toInput, h('label', { className: 'row small' }, undated, 'keep undated relations'))
      : h('p', { className: 'muted small' }, 'No dated relations.'),
    h('h3', {}, 'Country network'),
    h('div', { className: 'row' }, countrySelect, depthSelect),
    h('h3', {}, 'Document'),
    docSelect,
    h('h3', {}, 'Minimum confidence'),
    h('div', { className: 'row' }, confInput, confLabel),
    h('label', { className: 'row' }, isolated, 'Hide isolated nodes'),
    h('h3', {}, 'Label density'),
    density,
    h('button', { className: 'secondary', id: 'reset-filters', onClick: () => update(resetPatch()) }, 'Reset filters'),
  );
  // Swatch colours come from data attributes so the CSP can forbid inline style attributes in markup.
  root.querySelectorAll<HTMLElement>('[data-color]').forEach((el) => el.style.setProperty('--swatch', el.dataset.color ?? ''));

  return {
    sync(state, visibility) {
      for (const [type, input] of typeInputs) input.checked = state.nodeTypes.includes(type);
      for (const [type, input] of relInputs) input.checked = state.relationTypes.includes(type);
      const shownTypes = new Map<string, number>();
      for (const node of visibility.nodes) {
        const type = graph.getNodeAttribute(node, 'type');
        shownTypes.set(type, (shownTypes.get(type) ?? 0) + 1);
      }
      for (const [type, el] of typeCounts) el.textContent = `${shownTypes.get(type) ?? 0}/${typeTotals.get(type) ?? 0}`;
      const shownRels = new Map<string, number>();
      for (const edge of visibility.edges) {
        const type = graph.getEdgeAttribute(edge, 'type');
        shownRels.set(type, (shownRels.get(type) ?? 0) + 1);
      }
      for (const [type, el] of relCounts) el.textContent = `${shownRels.get(type) ?? 0}/${relTotals.get(type) ?? 0}`;
      fromInput.value = String(state.dateFrom ?? minMonth);
      toInput.value = String(state.dateTo ?? maxMonth);
      dateLabel.textContent = `${monthLabel(state.dateFrom ?? minMonth)} → ${monthLabel(state.dateTo ?? maxMonth)}`;
      undated.checked = state.includeUndated;
      countrySelect.value = state.country && graph.hasNode(state.country) ? state.country : '';
      depthSelect.value = String(state.depth);
      docSelect.value = state.doc && state.doc in documents ? state.doc : '';
      confInput.value = String(state.minConfidence);
      confLabel.textContent = state.minConfidence.toFixed(2);
      isolated.checked = state.hideIsolated;
      density.value = String(state.labelDensity);
    },
  };
}

function resetPatch(): Partial<ViewState> {
  return {
    nodeTypes: [...ENTITY_TYPES],
    relationTypes: [...RELATION_TYPES],
    dateFrom: undefined,
    dateTo: undefined,
    includeUndated: true,
    country: undefined,
    depth: 1,
    doc: undefined,
    minConfidence: 0,
    hideIsolated: false,
  };
}
