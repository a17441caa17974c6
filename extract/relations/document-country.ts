// The country of a person whose title names none, from what the whole document says — used only when
// it is unambiguous: the other side of the one bilateral exchange the person takes part in, the only
// country named when nobody is said to be of it, or the country of the dateline. Never the country of
// someone the person meets or signs with, never the most or the nearest named one: news often names
// the foreign side and leaves its own state implied.
import type { Relation } from '../../model/types.js';
import { entityLexicon } from '../lexicons/entities.js';
import type { RelationContext } from './types.js';

export interface Inference {
  country: string;
  confidence: number;
  rule: string;
}

/** "RABAT, 12 mai (MAP) –" / "الرباط - ": the country of a city opening the text, when it is in the document. */
export function datelineCountry(ctx: RelationContext): string | undefined {
  const lexicon = entityLexicon();
  for (const e of ctx.entities.values()) {
    if (e.type !== 'Location') continue;
    const iso = e.country ?? lexicon.countryOf.get(e.id);
    if (iso && ctx.entities.has(`country:${iso}`) && e.mentions.some((m) => isDateline(ctx.doc.text, m.start, m.end))) return `country:${iso}`;
  }
  return undefined;
}

function isDateline(text: string, start: number, end: number): boolean {
  if (start > 400) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return start - lineStart <= 2 && /^\s*(?:\([^)]{1,30}\)\s*)?(?:,|\s[–—-]|[–—-]\s)/.test(text.slice(end, end + 40));
}

export function inferCountry(ctx: RelationContext, person: string, interactions: Relation[], countryOf: Map<string, string>, allowed?: Set<string>): Inference | undefined {
  // The other side's country is never this person's ("X met his Spanish counterpart Y" says nothing of Spain for X).
  const counterparts = new Set<string>();
  for (const r of interactions) {
    if (r.source !== person && r.target !== person) continue;
    const c = countryOf.get(r.source === person ? r.target : r.source);
    if (c) counterparts.add(c);
  }
  const present = ctx.countriesByWeight;
  const candidates = present.filter((id) => !counterparts.has(id) && (!allowed || allowed.has(id)));
  if (candidates.length === 0) return undefined;
  // A bilateral story: two countries, the counterpart holds one, the person the other.
  if (counterparts.size > 0 && present.length === 2 && candidates.length === 1) return { country: candidates[0]!, confidence: 0.7, rule: 'affiliated.counterpart' };
  const dateline = datelineCountry(ctx);
  // The only country named, when no one is explicitly of it ("le ministre égyptien X" marks Egypt as the
  // other side of a story whose own state is left implied).
  const explicit = new Set(countryOf.values());
  if (present.length === 1 && candidates.length === 1 && !explicit.has(candidates[0]!)) return { country: candidates[0]!, confidence: 0.6, rule: 'affiliated.only-country' };
  if (dateline && candidates.includes(dateline)) return { country: dateline, confidence: 0.65, rule: 'affiliated.dateline' };
  return undefined;
}
