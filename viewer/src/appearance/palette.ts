// Colours per entity and relation type (colour-blind friendly, after Okabe & Ito), and dimmed tones.
import type { EntityType, RelationType } from '../types.js';

export const NODE_COLORS: Record<EntityType, string> = {
  Country: '#0072B2',
  Person: '#D55E00',
  Organization: '#009E73',
  Event: '#CC79A7',
  Location: '#E69F00',
  Agreement: '#56B4E9',
};

export const EDGE_COLORS: Record<RelationType, string> = {
  SIGNED: '#7B3FA0',
  MET: '#C0392B',
  PARTNERED: '#1F9E89',
  AFFILIATED_WITH: '#8A8F98',
  MEMBER_OF: '#6B8E23',
  PARTICIPATED_IN: '#B8860B',
  LOCATED_IN: '#7F87B8',
};

/** Edges are drawn translucent so dense areas stay readable; this alpha is appended to the hex colour. */
export const EDGE_ALPHA = 'CC';
export const DIM_NODE = '#E3E5EA';
export const DIM_EDGE = '#EEF0F3';
export const FALLBACK = '#999999';

export function nodeColor(type: string): string {
  return (NODE_COLORS as Record<string, string>)[type] ?? FALLBACK;
}

export function edgeColor(type: string): string {
  return (EDGE_COLORS as Record<string, string>)[type] ?? FALLBACK;
}
