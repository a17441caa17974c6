// Sigma node/edge reducers: what is drawn = f(graph data, view state, hover). The graph is never mutated.
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { SYMMETRIC_RELATION_TYPES, type RelationType } from '../../../model/vocabulary.js';
import { DIM_EDGE, DIM_NODE, EDGE_ALPHA, FALLBACK, edgeColor, nodeColor } from './palette.js';
import { captionOf } from './caption.js';
import type { EdgeAttributes, GraphFacts, NodeAttributes, ViewState, ViewerGraph, Visibility } from '../types.js';

/** Keep in step with nodeSizeForDegree in graph/layout.ts (noverlap spaces nodes by this size). */
export function nodeSize(degree: number): number {
  return 5 + Math.min(17, 3 * Math.sqrt(degree));
}

/** Longest label drawn on the canvas; the full name is in the panel. Keep in step with graph/layout.ts. */
export const MAX_LABEL_CHARS = 28;

export function shortLabel(name: string): string {
  return name.length > MAX_LABEL_CHARS ? `${name.slice(0, MAX_LABEL_CHARS - 1).trimEnd()}…` : name;
}

/** The parts of the app state the reducers read; a getter so reducers always see the latest. */
export interface RenderContext {
  graph: ViewerGraph;
  facts: GraphFacts;
  state: () => ViewState;
  visibility: () => Visibility;
  hoveredNode: () => string | undefined;
  hoveredEdge: () => string | undefined;
  /**
   * Large graphs: neither hovering nor selecting dims the rest (that would re-reduce every item), and
   * edges are drawn thin, since a software GPU pays for every pixel.
   */
  large: boolean;
}

/** A selected hub's neighbours are labelled first, up to this many (by degree): more would pile into a blob. */
export const FOCUS_LABELS = 30;

/** Arrow heads only where direction matters. */
function edgeTypeOf(relation: string): 'line' | 'arrow' {
  return SYMMETRIC_RELATION_TYPES.has(relation as RelationType) ? 'line' : 'arrow';
}

/** The colour of a relation type with the edge alpha, made once per type (not a new string per edge and render). */
const translucent = new Map<string, string>();
function translucentEdgeColor(type: string): string {
  let color = translucent.get(type);
  if (color === undefined) translucent.set(type, (color = edgeColor(type) + EDGE_ALPHA));
  return color;
}

export function makeReducers(ctx: RenderContext) {
  const nodeType = ctx.large ? 'point' : 'circle';
  // Neighbourhood of the focused node, recomputed only when the focus changes.
  let focusKey: string | undefined;
  let focusSet = new Set<string>();
  let focusLabelled = new Set<string>();
  const focusNode = (): string | undefined => (ctx.large ? undefined : ctx.hoveredNode()) ?? ctx.state().selectedNode;
  const focus = (): Set<string> | undefined => {
    const node = focusNode();
    if (!node || !ctx.graph.hasNode(node)) return undefined;
    if (node !== focusKey) {
      focusKey = node;
      const neighbours = ctx.graph.neighbors(node);
      focusSet = new Set([node, ...neighbours]);
      const degree = (n: string) => ctx.facts.degree.get(n) ?? 0;
      focusLabelled = new Set([node, ...neighbours.sort((a, b) => degree(b) - degree(a)).slice(0, FOCUS_LABELS)]);
    }
    return focusSet;
  };

  // Every reducer returns every field sigma reads, always in the same order: sigma then adds none (one object
  // shape for 100,000 items instead of a property added per default on each), which halves its indexing.
  const nodeReducer = (node: string, data: NodeAttributes): Partial<NodeDisplayData> => {
    const visible = ctx.visibility();
    // A hidden item keeps its place in its program's buffers: the same program as when shown (sigma's default
    // would be the instanced circle, which a software GPU draws slowly even for empty slots).
    if (!visible.nodes.has(node)) {
      return { x: data.x, y: data.y, color: FALLBACK, label: null, size: 1, hidden: true, highlighted: false, forceLabel: false, type: nodeType, zIndex: 0 };
    }
    const state = ctx.state();
    const degree = ctx.facts.degree.get(node) ?? 0;
    const display = {
      x: data.x as number,
      y: data.y as number,
      color: nodeColor(data.type),
      label: shortLabel(captionOf(data, state.caption)) as string | null,
      // Large graphs get smaller discs: a software GPU pays per pixel, and big discs overlap anyway.
      size: ctx.large ? 1 + nodeSize(degree) / 5 : nodeSize(degree),
      hidden: false,
      highlighted: false,
      forceLabel: false,
      type: nodeType,
      zIndex: 0,
    };
    const near = focus();
    const selectedEdge = state.selectedEdge && ctx.graph.hasEdge(state.selectedEdge) ? state.selectedEdge : undefined;
    // Large graphs are not dimmed around a selection: that would re-reduce every item (see refresh.ts).
    if (near && !near.has(node) && !ctx.large) {
      display.color = DIM_NODE;
      display.label = null;
      display.zIndex = 0;
    } else if (near) {
      display.zIndex = 2;
      display.forceLabel = focusLabelled.has(node);
    }
    const path = visible.path;
    if (path && path.nodes.includes(node)) {
      display.forceLabel = true;
      display.highlighted = true;
      display.zIndex = 3;
      display.color = nodeColor(data.type);
      display.label = shortLabel(captionOf(data, state.caption));
    }
    // A large graph leaves the hovered node to sigma's own hover layer (no redraw of the graph on hover).
    if (node === state.selectedNode || (!ctx.large && node === ctx.hoveredNode())) display.highlighted = true;
    if (selectedEdge && (ctx.graph.source(selectedEdge) === node || ctx.graph.target(selectedEdge) === node)) {
      // The ends of the selected relation stay in colour even while another node is hovered.
      display.color = nodeColor(data.type);
      display.label = shortLabel(captionOf(data, state.caption));
      display.highlighted = true;
      display.forceLabel = true;
      display.zIndex = 2;
    }
    return display;
  };

  const edgeReducer = (edge: string, data: EdgeAttributes): Partial<EdgeDisplayData> => {
    const visible = ctx.visibility();
    // Arrow heads only where direction matters and can be seen; a large graph draws plain lines (cheaper).
    const type = ctx.large ? 'thin' : edgeTypeOf(data.type);
    if (!visible.edges.has(edge)) return { color: FALLBACK, label: '', size: 1, hidden: true, forceLabel: false, type, zIndex: 0 };
    const state = ctx.state();
    const display = {
      color: translucentEdgeColor(data.type),
      // Relation labels only on hover/selection: dozens of "MET" labels would hide the names.
      label: '',
      size: ctx.large ? 1 : Math.min(6, 1.5 + Math.log2(1 + (data.weight ?? 1))),
      hidden: false,
      forceLabel: false,
      type,
      zIndex: 0,
    };
    const near = focus();
    if (near) {
      const hovered = focusNode();
      const touches = ctx.graph.source(edge) === hovered || ctx.graph.target(edge) === hovered;
      if (!touches && !ctx.large) {
        display.color = DIM_EDGE;
        display.label = '';
        display.zIndex = 0;
      } else if (touches) {
        display.color = edgeColor(data.type);
        display.label = data.type;
        display.zIndex = 1;
      }
    }
    if (visible.path?.edges.includes(edge)) {
      display.color = edgeColor(data.type);
      display.size = (display.size ?? 1) + 3;
      display.zIndex = 3;
    }
    if (edge === ctx.hoveredEdge() || edge === state.selectedEdge) {
      display.color = edgeColor(data.type);
      display.size = (display.size ?? 1) + 2;
      display.label = data.type;
      display.forceLabel = true;
      display.zIndex = 2;
    }
    return display;
  };

  return { nodeReducer, edgeReducer };
}
