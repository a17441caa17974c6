// Search over node names and aliases in every script, ranked: exact, prefix, word prefix, substring.
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
    const raws = [attrs.name, ...(Array.isArray(attrs.aliases) ? attrs.aliases : [])].filter(
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
  return undefined;
}
