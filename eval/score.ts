// Scoring extractions against gold, as FORMAT.md defines it: entities and relations per document
// (micro-averaged P/R/F1, per type), and duplicates / over-merges in the merged graph. Pure.
import type { DocumentExtraction } from '../model/types.js';
import { HEADLINE_RELATION_TYPES, SYMMETRIC_RELATION_TYPES } from '../model/vocabulary.js';
import { nameKey } from '../extract/text/normalize.js';
import type { SerializedGraph } from '../graph/types.js';
import type { Counts, ErrorItem, EvalReport, GoldDocument, GoldEntity, Prf } from './types.js';

type Tally = Map<string, Counts>;
interface Tallies {
  entities: Tally;
  /** Headline relation types (SIGNED, MET, PARTNERED, AFFILIATED_WITH). */
  relations: Tally;
  others: Tally;
}

const keysOf = (name: string, aliases: string[] = []) => new Set([name, ...aliases].map(nameKey).filter(Boolean));
const intersects = (a: Set<string>, b: Set<string>) => [...a].some((k) => b.has(k));

export function score(gold: GoldDocument[], system: Map<string, DocumentExtraction>, graph: SerializedGraph): EvalReport {
  const tallies: Tallies = { entities: new Map(), relations: new Map(), others: new Map() };
  const errors: ErrorItem[] = [];
  const missing: string[] = [];
  for (const g of gold) {
    const sys = system.get(g.doc);
    if (!sys) missing.push(g.doc);
    scoreDocument(g, sys ?? { doc: { id: g.doc, lang: 'und', text: '' }, entities: [], relations: [] }, tallies, errors);
  }
  return {
    documents: { gold: gold.length, matched: gold.length - missing.length, missing },
    entities: summarize(tallies.entities),
    relations: summarize(tallies.relations),
    otherRelations: summarize(tallies.others),
    graph: scoreGraph(gold, graph),
    errors,
  };
}

/**
 * One document, counted per gold item (FORMAT.md): a required gold item matched by any system row is one
 * true positive however many rows match it; a row whose every match was already taken by an earlier row is a
 * repeat (reported, neither true nor false positive); a row matching nothing is one false positive.
 */
function scoreDocument(g: GoldDocument, sys: DocumentExtraction, tallies: Tallies, errors: ErrorItem[]): void {
  const goldKeys = new Map(g.entities.map((e) => [e.id, keysOf(e.name, e.aliases)]));
  const goldById = new Map(g.entities.map((e) => [e.id, e]));
  // System entity id → the gold entities it matches.
  const matches = new Map<string, GoldEntity[]>();
  const matchedGold = new Set<string>();
  for (const e of sys.entities) {
    if (e.type === 'Agreement') continue;
    const keys = keysOf(e.name, e.aliases);
    const hit = g.entities.filter((ge) => ge.type === e.type && intersects(keys, goldKeys.get(ge.id) ?? new Set()));
    matches.set(e.id, hit);
    if (hit.length === 0) {
      add(tallies.entities, e.type, 'fp');
      errors.push({ doc: g.doc, kind: 'false-positive', what: `${e.type} "${e.name}" (${e.id})` });
      continue;
    }
    const fresh = hit.filter((h) => !matchedGold.has(h.id));
    for (const h of fresh) {
      matchedGold.add(h.id);
      if (!h.optional) add(tallies.entities, e.type, 'tp');
    }
    if (fresh.length === 0) {
      add(tallies.entities, e.type, 'repeat');
      errors.push({ doc: g.doc, kind: 'repeat', what: `${e.type} "${e.name}" (${e.id}) matches gold already matched: ${hit.map((h) => h.id).join(', ')}` });
    }
  }
  for (const ge of g.entities) {
    if (ge.optional || matchedGold.has(ge.id)) continue;
    add(tallies.entities, ge.type, 'fn');
    errors.push({ doc: g.doc, kind: 'false-negative', what: `${ge.type} "${ge.name}" (${ge.id})` });
  }

  const matchedRelations = new Set<number>();
  for (const r of sys.relations) {
    const tally = tallyFor(tallies, r.type);
    const as = (matches.get(r.source) ?? []).map((x) => x.id);
    const bs = (matches.get(r.target) ?? []).map((x) => x.id);
    const symmetric = SYMMETRIC_RELATION_TYPES.has(r.type);
    const hits: number[] = [];
    g.relations.forEach((gr, i) => {
      if (gr.type !== r.type) return;
      if ((as.includes(gr.a) && bs.includes(gr.b)) || (symmetric && as.includes(gr.b) && bs.includes(gr.a))) hits.push(i);
    });
    if (hits.length > 0) {
      const fresh = hits.filter((i) => !matchedRelations.has(i));
      for (const i of fresh) {
        matchedRelations.add(i);
        if (!g.relations[i]?.optional) add(tally, r.type, 'tp');
      }
      if (fresh.length === 0) {
        add(tally, r.type, 'repeat');
        errors.push({ doc: g.doc, kind: 'repeat', what: `${r.type} ${r.source} — ${r.target} repeats a matched gold relation` });
      }
      continue;
    }
    // Neutral when an endpoint is an entity the gold marks optional (FORMAT.md, scoring rule 2).
    const optionalOnly = (ids: string[]) => ids.length > 0 && ids.every((id) => goldById.get(id)?.optional);
    if (optionalOnly(as) || optionalOnly(bs)) continue;
    add(tally, r.type, 'fp');
    errors.push({ doc: g.doc, kind: 'false-positive', what: `${r.type} ${r.source} — ${r.target}` });
  }
  g.relations.forEach((gr, i) => {
    if (gr.optional || matchedRelations.has(i)) return;
    add(tallyFor(tallies, gr.type), gr.type, 'fn');
    errors.push({ doc: g.doc, kind: 'false-negative', what: `${gr.type} ${gr.a} — ${gr.b}` });
  });
}

const tallyFor = (tallies: Tallies, type: string): Tally =>
  (HEADLINE_RELATION_TYPES as readonly string[]).includes(type) ? tallies.relations : tallies.others;

/** Duplicates: a gold entity matched by several graph nodes; over-merges: a node matching several gold entities. */
function scoreGraph(gold: GoldDocument[], graph: SerializedGraph): EvalReport['graph'] {
  const goldEntities = new Map<string, { type: string; keys: Set<string> }>();
  for (const d of gold) {
    for (const e of d.entities) {
      const entry = goldEntities.get(e.id) ?? { type: e.type, keys: new Set<string>() };
      for (const k of keysOf(e.name, e.aliases)) entry.keys.add(k);
      goldEntities.set(e.id, entry);
    }
  }
  const nodeKeys = graph.nodes.map((n) => ({ key: n.key, type: n.attributes.type, keys: keysOf(n.attributes.name, n.attributes.aliases) }));
  const duplicateDetails: string[] = [];
  const overMergeDetails: string[] = [];
  let duplicates = 0;
  const matchedByNode = new Map<string, string[]>();
  for (const [id, g] of goldEntities) {
    const nodes = nodeKeys.filter((n) => n.type === g.type && intersects(n.keys, g.keys));
    for (const n of nodes) matchedByNode.set(n.key, [...(matchedByNode.get(n.key) ?? []), id]);
    if (nodes.length > 1) {
      duplicates += nodes.length - 1;
      duplicateDetails.push(`${id} is ${nodes.length} nodes: ${nodes.map((n) => n.key).join(', ')}`);
    }
  }
  let overMerges = 0;
  for (const [node, ids] of matchedByNode) {
    if (ids.length > 1) {
      overMerges++;
      overMergeDetails.push(`${node} matches ${ids.join(', ')}`);
    }
  }
  return { goldEntities: goldEntities.size, duplicates, overMerges, duplicateDetails, overMergeDetails };
}

function add(tally: Tally, type: string, field: keyof Counts): void {
  const c = tally.get(type) ?? { tp: 0, fp: 0, fn: 0, repeat: 0 };
  c[field]++;
  tally.set(type, c);
}

function prf(c: Counts): Prf {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

function summarize(tally: Tally): Prf & { byType: Record<string, Prf> } {
  const total: Counts = { tp: 0, fp: 0, fn: 0, repeat: 0 };
  const byType: Record<string, Prf> = {};
  for (const [type, c] of [...tally.entries()].sort()) {
    byType[type] = prf(c);
    total.tp += c.tp;
    total.fp += c.fp;
    total.fn += c.fn;
    total.repeat += c.repeat;
  }
  return { ...prf(total), byType };
}
