// The filter sidebar (also the legend): entity and relation types with colours and counts, the timeline, a
// node's network, document, confidence, degree and community, isolated nodes, captions and label density.
import { ENTITY_TYPES, RELATION_TYPES } from '../../../model/vocabulary.js';
import { edgeColor, nodeColor } from '../appearance/palette.js';
import { h } from './dom.js';
import { buildTimeline } from './timeline.js';
import { buildDocumentPicker } from './document-picker.js';
import { shownCounts } from '../state/shown.js';
import { CAPTIONS, type EntityType, type GraphAttributes, type GraphFacts, type RelationType, type ViewState, type ViewerGraph, type Visibility } from '../types.js';

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

export interface FilterActions {
  update: Update;
  /** Back to the default filters, with the camera framing what is then visible. */
  reset(): void;
  /** Louvain communities, computed on first use; returns how many there are. */
  detectCommunities(): number;
}

export function buildFilters(root: HTMLElement, graph: ViewerGraph, facts: GraphFacts, getState: () => ViewState, actions: FilterActions): FilterControls {
  const update = actions.update;
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

  const hasDates = facts.minMonth !== undefined && facts.maxMonth !== undefined;
  const timeline = buildTimeline(facts, getState, update);

  // The network of a node: countries listed here; any entity from its panel ("network").
  const countrySelect = h('select', { id: 'country', attrs: { name: 'country' } }, h('option', { attrs: { value: '' } }, 'All entities'));
  graph
    .filterNodes((_n, a) => a.type === 'Country')
    .sort((x, y) => graph.getNodeAttribute(x, 'name').localeCompare(graph.getNodeAttribute(y, 'name')))
    .forEach((node) => countrySelect.append(h('option', { dir: 'auto', attrs: { value: node } }, graph.getNodeAttribute(node, 'name'))));
  const otherFocus = h('option', { dir: 'auto', attrs: { value: '__other' } }, '');
  countrySelect.addEventListener('change', () => {
    if (countrySelect.value !== '__other') update({ country: countrySelect.value || undefined });
  });
  const depthSelect = h('select', { id: 'depth', attrs: { name: 'depth' } }, h('option', { attrs: { value: '1' } }, 'depth 1'), h('option', { attrs: { value: '2' } }, 'depth 2'));
  depthSelect.addEventListener('change', () => update({ depth: depthSelect.value === '2' ? 2 : 1 }));

  const documents = (graph.getAttributes() as GraphAttributes).documents ?? {};
  const docPicker = buildDocumentPicker(documents, (doc) => update({ doc }));

  const confInput = range('confidence', 0, 1, 0.05);
  confInput.id = 'confidence';
  const confLabel = h('span', { className: 'count' });
  confInput.addEventListener('input', () => update({ minConfidence: Number(confInput.value) }));
  const isolated = checkbox('isolated', '1', (checked) => update({ hideIsolated: checked }));
  isolated.id = 'hide-isolated';
  const isolatedCount = h('span', { className: 'count', id: 'isolated-count' });
  const maxDegree = Math.max(1, ...facts.degree.values());
  const degreeInput = range('degree', 0, Math.min(maxDegree, 50), 1);
  degreeInput.id = 'min-degree';
  const degreeLabel = h('span', { className: 'count' });
  degreeInput.addEventListener('input', () => update({ minDegree: Number(degreeInput.value) }));

  const communitySelect = h('select', { id: 'community', attrs: { name: 'community' } }, h('option', { attrs: { value: '' } }, 'All communities'));
  const fillCommunities = (count: number) => {
    communitySelect.replaceChildren(h('option', { attrs: { value: '' } }, 'All communities'));
    for (let c = 0; c < Math.min(count, 200); c++) communitySelect.append(h('option', { attrs: { value: String(c) } }, `community ${c + 1}`));
  };
  const detect = h('button', { className: 'secondary small', id: 'detect-communities', attrs: { type: 'button' } }, 'Detect');
  detect.addEventListener('click', () => fillCommunities(actions.detectCommunities()));
  communitySelect.addEventListener('change', () => update({ community: communitySelect.value === '' ? undefined : Number(communitySelect.value) }));

  const captionSelect = h('select', { id: 'caption', attrs: { name: 'caption' } }, ...CAPTIONS.map((c) => h('option', { attrs: { value: c } }, CAPTION_LABELS[c])));
  captionSelect.addEventListener('change', () => update({ caption: CAPTIONS.find((c) => c === captionSelect.value) ?? 'original' }));
  const density = range('labels', 0.05, 3, 0.05);
  density.addEventListener('input', () => update({ labelDensity: Number(density.value) }));

  root.append(
    h('h3', {}, 'Entities'),
    h('div', { id: 'legend-nodes' }, ...typeRows),
    h('h3', {}, 'Relations'),
    h('div', { id: 'legend-edges' }, ...relRows),
    h('h3', {}, 'Time'),
    hasDates ? timeline.element : h('p', { className: 'muted small' }, 'No dated relations.'),
    h('h3', {}, 'Network of'),
    h('div', { className: 'row' }, countrySelect, depthSelect),
    h('h3', {}, 'Document'),
    docPicker.element,
    h('h3', {}, 'Minimum confidence'),
    h('div', { className: 'row' }, confInput, confLabel),
    h('h3', {}, 'Minimum relations per entity'),
    h('div', { className: 'row' }, degreeInput, degreeLabel),
    h('h3', {}, 'Community'),
    h('div', { className: 'row' }, communitySelect, detect),
    h('label', { className: 'row' }, isolated, 'Hide isolated nodes', isolatedCount),
    h('h3', {}, 'Names'),
    captionSelect,
    h('h3', {}, 'Label density'),
    density,
    h('button', { className: 'secondary', id: 'reset-filters', onClick: () => actions.reset() }, 'Reset filters'),
  );
  // Swatch colours come from data attributes so the CSP can forbid inline style attributes in markup.
  root.querySelectorAll<HTMLElement>('[data-color]').forEach((el) => el.style.setProperty('--swatch', el.dataset.color ?? ''));

  let counted: Visibility | undefined;
  return {
    sync(state, visibility) {
      for (const [type, input] of typeInputs) input.checked = state.nodeTypes.includes(type);
      for (const [type, input] of relInputs) input.checked = state.relationTypes.includes(type);
      // Counted again only when what is shown changed (not on a selection).
      if (visibility !== counted) {
        counted = visibility;
        const shownTypes = new Map<string, number>();
        for (const node of visibility.nodes) {
          const type = graph.getNodeAttribute(node, 'type');
          shownTypes.set(type, (shownTypes.get(type) ?? 0) + 1);
        }
        for (const [type, el] of typeCounts) el.textContent = `${shownTypes.get(type) ?? 0}/${typeTotals.get(type) ?? 0}`;
        const shownRels = shownCounts(facts, visibility).relationTypes;
        for (const [type, el] of relCounts) el.textContent = `${shownRels.get(type) ?? 0}/${relTotals.get(type) ?? 0}`;
      }
      if (hasDates) timeline.sync(state);
      const focusIsCountry = !state.country || graph.hasNode(state.country) && graph.getNodeAttribute(state.country, 'type') === 'Country';
      if (!focusIsCountry && state.country && graph.hasNode(state.country)) {
        otherFocus.textContent = graph.getNodeAttribute(state.country, 'name');
        if (!otherFocus.isConnected) countrySelect.append(otherFocus);
        countrySelect.value = '__other';
      } else {
        otherFocus.remove();
        countrySelect.value = state.country && graph.hasNode(state.country) ? state.country : '';
      }
      depthSelect.value = String(state.depth);
      docPicker.sync(state.doc);
      confInput.value = String(state.minConfidence);
      confLabel.textContent = state.minConfidence.toFixed(2);
      degreeInput.value = String(state.minDegree);
      degreeLabel.textContent = String(state.minDegree);
      if (state.community !== undefined && communitySelect.options.length <= 1) fillCommunities(actions.detectCommunities());
      communitySelect.value = state.community === undefined ? '' : String(state.community);
      isolated.checked = state.hideIsolated;
      isolatedCount.textContent = `${visibility.isolated}`;
      captionSelect.value = state.caption;
      density.value = String(state.labelDensity);
    },
  };
}

const CAPTION_LABELS: Record<(typeof CAPTIONS)[number], string> = {
  original: 'As written in the articles',
  latin: 'Latin script',
  arabic: 'Arabic script',
};
