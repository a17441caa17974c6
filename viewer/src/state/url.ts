// The view state ⇄ URL query string, so a view can be bookmarked or shared. Unknown values are dropped.
// Defaults depend on the graph's size (isolated nodes are hidden in big graphs), so both directions take it.
import { ENTITY_TYPES, RELATION_TYPES, isEntityType, isRelationType } from '../../../model/vocabulary.js';
import { monthLabel, parseMonth } from '../data/dates.js';
import { CAPTIONS, type Caption, type ViewState } from '../types.js';

export const DEFAULT_LABEL_DENSITY = 0.35;
/** Above this many nodes isolated ones start hidden: most nodes of a news graph have no relation. */
export const HIDE_ISOLATED_ABOVE = 500;

export function defaultViewState(order = 0): ViewState {
  return {
    nodeTypes: [...ENTITY_TYPES],
    relationTypes: [...RELATION_TYPES],
    includeUndated: true,
    depth: 1,
    minConfidence: 0,
    minDegree: 0,
    hideIsolated: order > HIDE_ISOLATED_ABOVE,
    expanded: [],
    dismissed: [],
    pinned: [],
    caption: 'original',
    labelDensity: DEFAULT_LABEL_DENSITY,
  };
}

/** The part of the state a "Reset filters" restores (selection, caption and labels stay). */
export function resetFilters(order: number): Partial<ViewState> {
  const d = defaultViewState(order);
  return {
    nodeTypes: d.nodeTypes, relationTypes: d.relationTypes, dateFrom: undefined, dateTo: undefined, includeUndated: true,
    country: undefined, depth: 1, doc: undefined, minConfidence: 0, minDegree: 0, community: undefined,
    hideIsolated: d.hideIsolated, expanded: [], dismissed: [], pinned: [], pathFrom: undefined, pathTo: undefined,
  };
}

export function encodeViewState(state: ViewState, order = 0): string {
  const d = defaultViewState(order);
  const params = new URLSearchParams();
  if (state.nodeTypes.length !== ENTITY_TYPES.length) params.set('types', state.nodeTypes.join(','));
  if (state.relationTypes.length !== RELATION_TYPES.length) params.set('rels', state.relationTypes.join(','));
  if (state.dateFrom !== undefined) params.set('from', monthLabel(state.dateFrom));
  if (state.dateTo !== undefined) params.set('to', monthLabel(state.dateTo));
  if (!state.includeUndated) params.set('undated', '0');
  if (state.country) params.set('country', state.country);
  if (state.depth !== 1) params.set('depth', String(state.depth));
  if (state.doc) params.set('doc', state.doc);
  if (state.minConfidence > 0) params.set('conf', String(state.minConfidence));
  if (state.minDegree > 0) params.set('degree', String(state.minDegree));
  if (state.community !== undefined) params.set('community', String(state.community));
  if (state.hideIsolated !== d.hideIsolated) params.set('isolated', state.hideIsolated ? 'hide' : 'show');
  if (state.expanded.length) params.set('expand', state.expanded.join(','));
  if (state.dismissed.length) params.set('dismiss', state.dismissed.join(','));
  if (state.pinned.length) params.set('pin', state.pinned.join(','));
  if (state.pathFrom) params.set('pathFrom', state.pathFrom);
  if (state.pathTo) params.set('pathTo', state.pathTo);
  if (state.caption !== 'original') params.set('caption', state.caption);
  if (state.selectedNode) params.set('node', state.selectedNode);
  if (state.selectedEdge) params.set('edge', state.selectedEdge);
  if (state.labelDensity !== DEFAULT_LABEL_DENSITY) params.set('labels', String(state.labelDensity));
  return params.toString();
}

function list<T extends string>(value: string | null, guard: (v: string) => v is T, all: readonly T[]): T[] {
  if (value === null) return [...all];
  return value.split(',').filter(guard);
}

/** Node ids joined by commas; ids may hold commas only in theory, so empty pieces are dropped. */
function ids(value: string | null): string[] {
  return value ? value.split(',').filter(Boolean).slice(0, 500) : [];
}

function clampNumber(value: string | null, min: number, max: number, fallback: number): number {
  if (value === null) return fallback;
  const number = Number(value);
  return Number.isFinite(number) ? Math.min(max, Math.max(min, number)) : fallback;
}

const isCaption = (value: string | null): value is Caption => (CAPTIONS as readonly (string | null)[]).includes(value);

export function decodeViewState(query: string, order = 0): ViewState {
  const params = new URLSearchParams(query);
  const defaults = defaultViewState(order);
  const isolated = params.get('isolated');
  const community = params.get('community');
  const caption = params.get('caption');
  return {
    nodeTypes: list(params.get('types'), isEntityType, ENTITY_TYPES),
    relationTypes: list(params.get('rels'), isRelationType, RELATION_TYPES),
    dateFrom: parseMonth(params.get('from')),
    dateTo: parseMonth(params.get('to')),
    includeUndated: params.get('undated') !== '0',
    country: params.get('country') ?? undefined,
    depth: params.get('depth') === '2' ? 2 : 1,
    doc: params.get('doc') ?? undefined,
    minConfidence: clampNumber(params.get('conf'), 0, 1, 0),
    minDegree: Math.round(clampNumber(params.get('degree'), 0, 1_000_000, 0)),
    community: community !== null && /^\d+$/.test(community) ? Number(community) : undefined,
    hideIsolated: isolated === 'hide' ? true : isolated === 'show' ? false : defaults.hideIsolated,
    expanded: ids(params.get('expand')),
    dismissed: ids(params.get('dismiss')),
    pinned: ids(params.get('pin')),
    pathFrom: params.get('pathFrom') ?? undefined,
    pathTo: params.get('pathTo') ?? undefined,
    caption: isCaption(caption) ? caption : 'original',
    selectedNode: params.get('node') ?? undefined,
    selectedEdge: params.get('edge') ?? undefined,
    labelDensity: clampNumber(params.get('labels'), 0.05, 5, defaults.labelDensity),
  };
}
