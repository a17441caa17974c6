// How exported graphs look in Gephi: the viewer's colours per entity and relation type, and node
// sizes from degree, so a GEXF opens looking like the viewer. Pure data, browser-safe.
import { EXPORT_EDGE_COLORS, EXPORT_FALLBACK_COLOR, EXPORT_NODE_COLORS } from './palette.js';

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

export interface ExportAppearance {
  nodeColor(type: string): Rgb;
  edgeColor(type: string): Rgb;
  /** Drawn radius of a node; the CLI derives it from degree, the viewer passes what it shows. */
  nodeSize(node: string, degree: number): number;
}

export function hexToRgb(hex: string): Rgb {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})/i.exec(hex);
  if (!match) return { r: 153, g: 153, b: 153 };
  return { r: parseInt(match[1]!, 16), g: parseInt(match[2]!, 16), b: parseInt(match[3]!, 16) };
}

/** Same formula as the viewer's node radius (graph/layout.ts nodeSizeForDegree). */
export function sizeForDegree(degree: number): number {
  return 5 + Math.min(17, 3 * Math.sqrt(degree));
}

export const DEFAULT_APPEARANCE: ExportAppearance = {
  nodeColor: (type) => hexToRgb(Object.hasOwn(EXPORT_NODE_COLORS, type) ? EXPORT_NODE_COLORS[type]! : EXPORT_FALLBACK_COLOR),
  edgeColor: (type) => hexToRgb(Object.hasOwn(EXPORT_EDGE_COLORS, type) ? EXPORT_EDGE_COLORS[type]! : EXPORT_FALLBACK_COLOR),
  nodeSize: (_node, degree) => sizeForDegree(degree),
};
