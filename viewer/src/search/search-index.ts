// Search over every name of a node in every script (name, aliases, the names the lexicons know, its Latin and
// Arabic captions), ranked: exact, prefix, word prefix, substring, then one typo away.
import { normalizeForSearch } from './normalize.js';
import type { ViewerGraph } from '../types.js';

export interface SearchHit {
  node: string;
  /** The name or alias that matched, as written. */
  matched: string;
  score: number;
}

interface Entry {
  node: string;
  forms: Array<{ raw: string; folded: string }>;
  degree: number;
}

export interface SearchIndex {
  search(query: string, limit?: number): SearchHit[];
}

export function buildSearchIndex(graph: ViewerGraph, degree: Map<string, number>): SearchIndex {
  const entries: Entry[] = [];
  graph.forEachNode((node, attrs) => {
    const lists = [attrs.aliases, attrs.names].flatMap((v) => (Array.isArray(v) ? v : []));
    const raws = [attrs.name, attrs.latinName, attrs.arabicName, ...lists].filter(
      (value): value is string => typeof value === 'string' && value.length > 0,
    );
    const forms = [...new Set(raws)].map((raw) => ({ raw, folded: normalizeForSearch(raw) }));
    entries.push({ node, forms, degree: degree.get(node) ?? 0 });
  });

  return {
    search(query, limit = 12) {
      const folded = normalizeForSearch(query);
      if (!folded) return [];
      const hits: SearchHit[] = [];
      for (const entry of entries) {
        let best: SearchHit | undefined;
        for (const form of entry.forms) {
          const score = matchScore(form.folded, folded);
          if (score !== undefined && (!best || score < best.score)) best = { node: entry.node, matched: form.raw, score };
        }
        if (best) hits.push(best);
      }
      const degreeOf = (node: string) => degree.get(node) ?? 0;
      hits.sort((a, b) => a.score - b.score || degreeOf(b.node) - degreeOf(a.node) || a.node.localeCompare(b.node));
      return hits.slice(0, limit);
    },
  };
}

function matchScore(form: string, query: string): number | undefined {
  if (form === query) return 0;
  if (form.startsWith(query)) return 1;
  if (form.includes(` ${query}`)) return 2;
  // Arabic clitics glue to the word ("والمغرب"): a plain substring match still counts, ranked last.
  if (form.includes(query)) return 3;
  // A typo: one letter wrong, missing or extra, against the whole form or one of its words (queries of 4+).
  if (query.length >= 4 && (withinOneEdit(form, query) || form.split(' ').some((word) => withinOneEdit(word, query)))) return 4;
  return undefined;
}

/** Levenshtein distance ≤ 1, in one pass. */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}
