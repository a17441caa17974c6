// Colours per entity and relation type (the palette of graph/exports/palette.ts, shared with exports), and dimmed tones.
import type { EntityType, RelationType } from '../types.js';
import { EXPORT_EDGE_COLORS, EXPORT_FALLBACK_COLOR, EXPORT_NODE_COLORS } from '../../../graph/exports/palette.js';

export const NODE_COLORS = EXPORT_NODE_COLORS as Readonly<Record<EntityType, string>>;
export const EDGE_COLORS = EXPORT_EDGE_COLORS as Readonly<Record<RelationType, string>>;

/** Edges are drawn translucent so dense areas stay readable; this alpha is appended to the hex colour. */
export const EDGE_ALPHA = 'CC';
export const DIM_NODE = '#E3E5EA';
export const DIM_EDGE = '#EEF0F3';
export const FALLBACK = EXPORT_FALLBACK_COLOR;

export function nodeColor(type: string): string {
  return (NODE_COLORS as Record<string, string>)[type] ?? FALLBACK;
}

export function edgeColor(type: string): string {
  return (EDGE_COLORS as Record<string, string>)[type] ?? FALLBACK;
}
