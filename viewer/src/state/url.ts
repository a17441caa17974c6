// The view state ⇄ URL query string, so a view can be bookmarked or shared. Unknown values are dropped.
import { ENTITY_TYPES, RELATION_TYPES, isEntityType, isRelationType } from '../../../model/vocabulary.js';
import { monthLabel, parseMonth } from '../data/dates.js';
import type { ViewState } from '../types.js';

export const DEFAULT_LABEL_DENSITY = 0.35;

export function defaultViewState(): ViewState {
  return {
    nodeTypes: [...ENTITY_TYPES],
    relationTypes: [...RELATION_TYPES],
    includeUndated: true,
    depth: 1,
    minConfidence: 0,
    hideIsolated: false,
    labelDensity: DEFAULT_LABEL_DENSITY,
  };
}

export function encodeViewState(state: ViewState): string {
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
  if (state.hideIsolated) params.set('isolated', 'hide');
  if (state.selectedNode) params.set('node', state.selectedNode);
  if (state.selectedEdge) params.set('edge', state.selectedEdge);
  if (state.labelDensity !== DEFAULT_LABEL_DENSITY) params.set('labels', String(state.labelDensity));
  return params.toString();
}

function list<T extends string>(value: string | null, guard: (v: string) => v is T, all: readonly T[]): T[] {
  if (value === null) return [...all];
  return value.split(',').filter(guard);
}

function clampNumber(value: string | null, min: number, max: number, fallback: number): number {
  if (value === null) return fallback;
  const number = Number(value);
  return Number.isFinite(number) ? Math.min(max, Math.max(min, number)) : fallback;
}

export function decodeViewState(query: string): ViewState {
  const params = new URLSearchParams(query);
  const defaults = defaultViewState();
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
    hideIsolated: params.get('isolated') === 'hide',
    selectedNode: params.get('node') ?? undefined,
    selectedEdge: params.get('edge') ?? undefined,
    labelDensity: clampNumber(params.get('labels'), 0.05, 5, defaults.labelDensity),
  };
}
