// The country of a person whose title names none, from what the whole document says — used only when
// it is unambiguous: the other side of the one bilateral exchange the person takes part in, or the
// country the article is about (named three times as often as any other, dateline included). Never the
// country of someone the person meets or signs with, never merely the nearest name.
import type { Relation } from '../../model/types.js';
import { entityLexicon } from '../lexicons/entities.js';
import type { RelationContext } from './types.js';

export interface Inference {
  country: string;
  confidence: number;
  rule: string;
}

/** How much the document is about each country: its mentions, its cities' mentions, a dateline city. */
export function countryWeights(ctx: RelationContext): Map<string, number> {
  const weights = new Map<string, number>();
  const lexicon = entityLexicon();
  const bump = (id: string, n: number) => weights.set(id, (weights.get(id) ?? 0) + n);
  for (const id of ctx.countriesByWeight) bump(id, ctx.entities.get(id)?.mentions.length ?? 0);
  for (const e of ctx.entities.values()) {
    if (e.type !== 'Location') continue;
    const iso = e.country ?? lexicon.countryOf.get(e.id);
    if (!iso) continue;
    bump(`country:${iso}`, e.mentions.length);
    // "RABAT, 12 mai (MAP) –": a dateline city says where the story is told from.
    if (e.mentions.some((m) => isDateline(ctx.doc.text, m.start, m.end))) bump(`country:${iso}`, 3);
  }
  return weights;
}

function isDateline(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return start - lineStart <= 2 && /^\s*(?:\([^)]{1,30}\)\s*)?[,–—-]/.test(text.slice(end, end + 40)) && start < 400;
}

export function inferCountry(ctx: RelationContext, person: string, interactions: Relation[], countryOf: Map<string, string>, allowed?: Set<string>): Inference | undefined {
  const weights = countryWeights(ctx);
  // The other side's country is never this person's ("X met his Spanish counterpart Y" says nothing of Spain for X).
  const counterparts = new Set<string>();
  for (const r of interactions) {
    if (r.source !== person && r.target !== person) continue;
    const c = countryOf.get(r.source === person ? r.target : r.source);
    if (c) counterparts.add(c);
  }
  const candidates = [...weights.entries()]
    .filter(([id]) => ctx.entities.has(id) && !counterparts.has(id) && (!allowed || allowed.has(id)))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (candidates.length === 0) return undefined;
  // A bilateral story: two countries, the counterpart holds one, the person the other.
  const present = [...weights.keys()].filter((id) => ctx.entities.has(id));
  if (counterparts.size > 0 && present.length === 2 && candidates.length === 1) return { country: candidates[0]![0], confidence: 0.7, rule: 'affiliated.counterpart' };
  const [top, second] = candidates;
  // Named three times at least, and three times as often as any other: the story is about that state.
  if (top![1] >= 3 && (!second || top![1] >= 3 * second[1])) return { country: top![0], confidence: 0.6, rule: 'affiliated.document-country' };
  return undefined;
}
