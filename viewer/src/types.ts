// Types of the viewer app: the loaded graph, the view state kept in the URL, what the filters let through.
import type { MultiDirectedGraph } from 'graphology';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../../graph/types.js';
import type { EntityType, RelationType } from '../../model/vocabulary.js';

export type { DocumentInfo, EdgeAttributes, EdgeEvidence, GraphAttributes, NodeAttributes } from '../../graph/types.js';
export type { EntityType, RelationType } from '../../model/vocabulary.js';

export type ViewerGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

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
  /** Country node id whose ego network is shown. */
  country?: string;
  depth: 1 | 2;
  /** Document id: only what this document supports. */
  doc?: string;
  minConfidence: number;
  hideIsolated: boolean;
  selectedNode?: string;
  selectedEdge?: string;
  /** Sigma's labelDensity. */
  labelDensity: number;
}

/** Derived once from the loaded graph: never changes with the view. */
export interface GraphFacts {
  degree: Map<string, number>;
  /** [first month, last month] covered by each dated edge. */
  edgeMonths: Map<string, [number, number]>;
  minMonth?: number;
  maxMonth?: number;
}

export interface Visibility {
  nodes: Set<string>;
  edges: Set<string>;
}
