// Evidence sentences are not in the view payload (view-format.ts): a relation's are fetched when it is opened,
// and an export of the visible subgraph reads them from the full graph.json.
import { sanitizeEvidence } from './load.js';
import type { EdgeEvidence, ViewerGraph } from '../types.js';

const fetched = new Map<string, Promise<EdgeEvidence[]>>();

/** The evidence of one relation: carried by the graph (a plain graph.json), else asked of the server once. */
export function edgeEvidence(graph: ViewerGraph, edge: string): Promise<EdgeEvidence[]> {
  const carried = graph.getEdgeAttribute(edge, 'evidence');
  if (carried) return Promise.resolve(carried);
  let pending = fetched.get(edge);
  if (!pending) {
    pending = fetch(`./api/evidence?edge=${encodeURIComponent(edge)}`, { cache: 'no-store' }).then(async (response) => {
      if (!response.ok) throw new Error(`the evidence of ${edge} could not be loaded (${response.status})`);
      return sanitizeEvidence(await response.json());
    });
    // A failure is not kept: opening the relation again asks again.
    pending.catch(() => fetched.delete(edge));
    fetched.set(edge, pending);
  }
  return pending;
}

/** The evidence of every relation, by key, from the full graph.json (for exports, which carry it). */
export async function allEvidence(): Promise<Map<string, EdgeEvidence[]>> {
  const response = await fetch('./graph.json', { cache: 'no-store' });
  if (!response.ok) throw new Error(`the evidence could not be loaded (${response.status})`);
  const data = (await response.json()) as { edges?: Array<{ key?: string; attributes?: { evidence?: unknown } }> };
  const evidence = new Map<string, EdgeEvidence[]>();
  for (const edge of data.edges ?? []) if (typeof edge.key === 'string') evidence.set(edge.key, sanitizeEvidence(edge.attributes?.evidence));
  return evidence;
}
