// "This name is another entity": a wrongly merged name leaves its node and, when sentences of the graph name it,
// becomes a node of its own that takes the relations those sentences support. Works on graph.json itself, so it
// holds for build, export, load and serve alike, and for every rebuild (ids are derived from the node and name).
import { SYMMETRIC_RELATION_TYPES } from '../model/vocabulary.js';
import { edgeKey, type EdgeAttributes, type EdgeEvidence } from './types.js';
import type { KnowledgeGraph } from './io.js';

export interface SplitDecision {
  node: string;
  alias: string;
  who: string;
  when: string;
}

export interface SplitResult {
  /** The new node's id, when some evidence named the alias. */
  splitNode?: string;
  edgesMoved: number;
}

/** Id of the node a rejected name becomes: stable across rebuilds. */
export function splitNodeId(node: string, alias: string): string {
  return `${node}~${alias}`;
}

const fold = (text: string) => text.toLocaleLowerCase();

/**
 * True when `text` names the alias and none of the node's other names (the alias itself removed first, so a
 * name inside the alias, "Diop" in "Awa Diop", does not count).
 */
function namesOnlyAlias(text: string, alias: string, others: string[]): boolean {
  const folded = fold(text);
  const target = fold(alias);
  if (!folded.includes(target)) return false;
  const rest = folded.split(target).join(' ');
  return !others.some((name) => rest.includes(fold(name)));
}

function docsOf(evidence: EdgeEvidence[]): string[] {
  return [...new Set(evidence.map((e) => e.doc))];
}

/** Takes `alias` off `node` and, when evidence names it, splits it into a node of its own. Undefined when the node does not carry the alias. */
export function splitMergedName(graph: KnowledgeGraph, d: SplitDecision): SplitResult | undefined {
  if (!graph.hasNode(d.node)) return undefined;
  const attrs = graph.getNodeAttributes(d.node);
  const aliases = attrs.aliases.filter((a) => a !== d.alias);
  if (aliases.length === attrs.aliases.length && !(attrs.names ?? []).includes(d.alias)) return undefined;
  const note = `(${d.who}, ${d.when.slice(0, 10)})`;
  graph.mergeNodeAttributes(d.node, {
    aliases,
    names: attrs.names?.filter((a) => a !== d.alias),
    curated: `"${d.alias}" is not this entity ${note}`,
  });
  const others = [attrs.name, ...aliases, ...(attrs.names ?? [])].filter((name) => name && fold(name) !== fold(d.alias));

  // Relations whose evidence names only the alias move to the new node, evidence by evidence.
  const moves: Array<{ edge: string; moved: EdgeEvidence[]; kept: EdgeEvidence[] }> = [];
  graph.forEachEdge(d.node, (edge, edgeAttrs) => {
    const moved = edgeAttrs.evidence.filter((e) => namesOnlyAlias(e.text, d.alias, others));
    if (moved.length > 0) moves.push({ edge, moved, kept: edgeAttrs.evidence.filter((e) => !moved.includes(e)) });
  });
  if (moves.length === 0) return { edgesMoved: 0 };

  const id = splitNodeId(d.node, d.alias);
  const evidence = moves.flatMap((m) => m.moved);
  if (!graph.hasNode(id)) {
    graph.addNode(id, {
      type: attrs.type,
      name: d.alias,
      aliases: [d.alias],
      names: [d.alias],
      confidence: attrs.confidence,
      docs: docsOf(evidence),
      mentions: evidence.length,
      // Beside the node it came from, so the layout need not run again.
      ...(attrs.x !== undefined && attrs.y !== undefined ? { x: attrs.x + 1, y: attrs.y + 1 } : {}),
      curated: `split from ${d.node}: "${d.alias}" is not that entity ${note}`,
    });
  }
  for (const { edge, moved, kept } of moves) {
    const old = graph.getEdgeAttributes(edge);
    const [source, target] = graph.extremities(edge);
    let [s, t] = [source === d.node ? id : source, target === d.node ? id : target];
    // Symmetric relations are stored with sorted ends (agreement links are not: their ends come unsorted).
    if (SYMMETRIC_RELATION_TYPES.has(old.type) && source <= target && t < s) [s, t] = [t, s];
    const key = edgeKey(old.type, s, t);
    const docs = docsOf(moved);
    if (graph.hasEdge(key)) {
      const existing = graph.getEdgeAttributes(key);
      const merged = [...existing.evidence, ...moved];
      graph.mergeEdgeAttributes(key, { evidence: merged, docs: docsOf(merged), weight: docsOf(merged).length });
    } else {
      const attributes: EdgeAttributes = { ...old, evidence: moved, docs, weight: docs.length, curated: `moved to "${d.alias}" ${note}` };
      graph.addDirectedEdgeWithKey(key, s, t, attributes);
    }
    if (kept.length === 0) graph.dropEdge(edge);
    else graph.mergeEdgeAttributes(edge, { evidence: kept, docs: docsOf(kept), weight: docsOf(kept).length });
  }
  return { splitNode: id, edgesMoved: moves.length };
}
