// How Neo4j holds an edge's evidence, for the transactional loader (cypher/rows.ts) and the
// neo4j-admin export alike: one string list property `evidence`, one item per sentence,
// `doc|start|end` + U+001E + text. One list instead of parallel lists loads faster (docs/neo4j.md);
// Cypher still reads it without plugins (cypher/queries/edge-evidence.cypher).
import { TafahumError } from '../model/errors.js';
import type { EdgeAttributes } from './types.js';

/**
 * Between an item's `doc|start|end` key and its sentence (U+001E, record separator). The key is
 * everything before the first one, so a sentence may hold it; a document id may not.
 */
export const EVIDENCE_SEPARATOR = '\u001e';

/** The edge's evidence items, one per distinct `doc|start|end`, in order. */
export function evidenceItems(a: Pick<EdgeAttributes, 'evidence'>, edge = 'an edge'): string[] {
  const items: string[] = [];
  const keys = new Set<string>();
  for (const e of a.evidence ?? []) {
    if (e.doc.includes(EVIDENCE_SEPARATOR)) {
      throw new TafahumError('E_FORMAT', `document id ${JSON.stringify(e.doc.slice(0, 60))} in the evidence of ${edge} holds U+001E, which separates Neo4j evidence items`);
    }
    const key = `${e.doc}|${e.start}|${e.end}`;
    if (keys.has(key)) continue;
    keys.add(key);
    items.push(`${key}${EVIDENCE_SEPARATOR}${e.text}`);
  }
  return items;
}
