// Curation: a reader's corrections ("this relation is wrong", "this entity is not one", "these names are not the
// same entity"), kept as JSON Lines in <out>/curation.jsonl and applied wherever graph.json is written or read
// (build, export, load, serve), so they survive rebuilds. Applying a decision twice changes nothing.
import { appendFile, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { TafahumError } from '../model/errors.js';
import { isRelationType } from '../model/vocabulary.js';
import type { KnowledgeGraph } from './io.js';
import { splitMergedName } from './curation-split.js';

export const CURATION_FILE = 'curation.jsonl';

interface DecisionBase {
  /** Who decided (free text: a name or initials). */
  who: string;
  /** ISO 8601 time of the decision. */
  when: string;
  /** Why, in the reader's words. */
  why: string;
}

/** An edge is named by type and ends (ids are stable across builds), so the decision survives a rebuild. */
export interface RejectEdge extends DecisionBase {
  action: 'reject-edge';
  type: string;
  source: string;
  target: string;
}

export interface RejectNode extends DecisionBase {
  action: 'reject-node';
  node: string;
}

/**
 * A name wrongly merged into a node: the name is taken off the node and, when sentences of the graph name it
 * (and none of the node's other names), it becomes a node of its own with the relations they support.
 */
export interface RejectMerge extends DecisionBase {
  action: 'reject-merge';
  node: string;
  alias: string;
}

export type CurationDecision = RejectEdge | RejectNode | RejectMerge;

const text = (value: unknown, max = 2_000): value is string => typeof value === 'string' && value.length > 0 && value.length <= max;

/** A decision from untrusted JSON (the viewer, a hand-edited file), or a message saying what is wrong. */
export function parseDecision(value: unknown): CurationDecision | string {
  if (!value || typeof value !== 'object') return 'a decision is a JSON object';
  const d = value as Record<string, unknown>;
  if (!text(d.who, 200) || !text(d.when, 40) || Number.isNaN(Date.parse(d.when)) || typeof d.why !== 'string' || d.why.length > 2_000) {
    return 'who, when (ISO date) and why are required';
  }
  const base = { who: d.who, when: d.when, why: d.why };
  switch (d.action) {
    case 'reject-edge':
      if (!text(d.type, 40) || !isRelationType(d.type) || !text(d.source, 1_000) || !text(d.target, 1_000)) return 'reject-edge needs type, source and target';
      return { action: 'reject-edge', type: d.type, source: d.source, target: d.target, ...base };
    case 'reject-node':
      if (!text(d.node, 1_000)) return 'reject-node needs node';
      return { action: 'reject-node', node: d.node, ...base };
    case 'reject-merge':
      if (!text(d.node, 1_000) || !text(d.alias, 1_000)) return 'reject-merge needs node and alias';
      return { action: 'reject-merge', node: d.node, alias: d.alias, ...base };
    default:
      return 'action must be reject-edge, reject-node or reject-merge';
  }
}

/** The decisions of an output directory, in the order they were made; none when there is no file. */
export async function readCuration(outDir: string): Promise<CurationDecision[]> {
  const path = join(outDir, CURATION_FILE);
  let content: string;
  try {
    content = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new TafahumError('E_INPUT', `cannot read ${path}: ${(error as Error).message}`);
  }
  const decisions: CurationDecision[] = [];
  content.split('\n').forEach((line, index) => {
    if (!line.trim()) return;
    let parsed: CurationDecision | string;
    try {
      parsed = parseDecision(JSON.parse(line));
    } catch {
      parsed = 'not JSON';
    }
    if (typeof parsed === 'string') throw new TafahumError('E_FORMAT', `${path}:${index + 1}: ${parsed}`, 'Fix or remove that line.');
    decisions.push(parsed);
  });
  return decisions;
}

/** Size and time of the curation file ("none" without one), for build caches. */
export async function curationStamp(outDir: string): Promise<string> {
  try {
    const s = await stat(join(outDir, CURATION_FILE));
    return `curation\0${s.size}\0${s.mtimeMs}`;
  } catch {
    return 'curation\0none';
  }
}

export async function appendCuration(outDir: string, decision: CurationDecision): Promise<void> {
  await appendFile(join(outDir, CURATION_FILE), `${JSON.stringify(decision)}\n`, 'utf8');
}

export interface CurationResult {
  edgesRemoved: number;
  nodesRemoved: number;
  aliasesRemoved: number;
  /** Names split off into nodes of their own. */
  nodesSplit: number;
}

/** Applies the decisions to a graph in place; decisions about what the graph does not hold are no-ops. */
export function applyCuration(graph: KnowledgeGraph, decisions: CurationDecision[]): CurationResult {
  const result: CurationResult = { edgesRemoved: 0, nodesRemoved: 0, aliasesRemoved: 0, nodesSplit: 0 };
  for (const d of decisions) {
    if (d.action === 'reject-node') {
      if (!graph.hasNode(d.node)) continue;
      graph.dropNode(d.node);
      result.nodesRemoved++;
    } else if (d.action === 'reject-edge') {
      // Symmetric relations are stored once with sorted ends: look both ways.
      for (const [s, t] of [[d.source, d.target], [d.target, d.source]] as const) {
        if (!graph.hasNode(s) || !graph.hasNode(t)) continue;
        for (const edge of graph.edges(s, t)) {
          if (graph.getEdgeAttribute(edge, 'type') !== d.type) continue;
          graph.dropEdge(edge);
          result.edgesRemoved++;
        }
      }
    } else {
      const split = splitMergedName(graph, d);
      if (!split) continue;
      result.aliasesRemoved++;
      if (split.splitNode) result.nodesSplit++;
    }
  }
  return result;
}
