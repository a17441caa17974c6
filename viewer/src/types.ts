// Types of the viewer app: the loaded graph, the view state kept in the URL, what the filters let through.
import type { MultiDirectedGraph } from 'graphology';
import type { EdgeAttributes as GraphEdgeAttributes, EdgeEvidence, GraphAttributes, NodeAttributes } from '../../graph/types.js';
import type { EntityType, RelationType } from '../../model/vocabulary.js';

export type { DocumentInfo, EdgeEvidence, GraphAttributes, NodeAttributes } from '../../graph/types.js';
/** A relation as the viewer holds it: its evidence sentences are fetched when the relation is opened (data/evidence.ts). */
export type EdgeAttributes = Omit<GraphEdgeAttributes, 'evidence'> & { evidence?: EdgeEvidence[] };
export type { EntityType, RelationType } from '../../model/vocabulary.js';

/** In the viewer a node may also be `fixed` (pinned: ForceAtlas2 leaves it in place). */
export type ViewerNodeAttributes = NodeAttributes & { fixed?: boolean };
export type ViewerGraph = MultiDirectedGraph<ViewerNodeAttributes, EdgeAttributes, GraphAttributes>;

export const CAPTIONS = ['original', 'latin', 'arabic'] as const;
/** Which name a node is drawn with: as extracted, in Latin script, or in Arabic script. */
export type Caption = (typeof CAPTIONS)[number];

/** Everything the user chose; serialised in the URL so a view can be shared. */
export interface ViewState {
  /** Entity types shown. */
  nodeTypes: EntityType[];
  /** Relation types shown. */
  relationTypes: RelationType[];
  /** Month range (months since year 0, see data/dates.ts); undefined = open end. */
  dateFrom?: number;
  dateTo?: number;
  /** Keep relations that have no date when a date range is set. */
  includeUndated: boolean;
  /** Node id (a country or any entity) whose network is shown. */
  country?: string;
  depth: 1 | 2;
  /** Document id: only what this document supports. */
  doc?: string;
  minConfidence: number;
  /** Nodes with fewer relations (in the whole graph) are hidden. */
  minDegree: number;
  /** Louvain community shown alone (see data/communities.ts). */
  community?: number;
  hideIsolated: boolean;
  /** Nodes whose neighbours are shown whatever the other filters say: "node" or "node|RELATION_TYPE". */
  expanded: string[];
  /** Nodes taken out of the view. */
  dismissed: string[];
  /** Nodes always shown and held in place by the layout. */
  pinned: string[];
  /** Ends of the shortest path to show. */
  pathFrom?: string;
  pathTo?: string;
  caption: Caption;
  selectedNode?: string;
  selectedEdge?: string;
  /** Sigma's labelDensity. */
  labelDensity: number;
}

/** One relation with its ends, in a plain list: a pass over 100,000 of them is several times faster than graphology's forEachEdge. */
export interface EdgeEntry {
  key: string;
  source: string;
  target: string;
  attrs: EdgeAttributes;
  /** Positions of the ends in GraphFacts.nodes (for counts kept in typed arrays). */
  from: number;
  to: number;
}

/** Derived once from the loaded graph: never changes with the view. */
export interface GraphFacts {
  /** Every node, in a fixed order, and the position of each in it. */
  nodes: string[];
  position: Map<string, number>;
  /** Every relation (the viewer never adds or removes one; a curation decision reloads the page). */
  edges: EdgeEntry[];
  degree: Map<string, number>;
  /** [first month, last month] covered by each dated edge. */
  edgeMonths: Map<string, [number, number]>;
  minMonth?: number;
  maxMonth?: number;
  /** Louvain community of each node, computed when first asked for. */
  communities?: Map<string, number>;
}

export interface Visibility {
  nodes: Set<string>;
  edges: Set<string>;
  /** Nodes of the whole graph without any relation (hidden or not). */
  isolated: number;
  /** The shortest path asked for: its nodes and edges in order; empty when the ends are not connected. */
  path?: { nodes: string[]; edges: string[] };
}
