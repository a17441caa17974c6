// The country of a person whose title names none, from what the whole document says — used only when
// it is unambiguous: the other side of the one bilateral exchange the person takes part in, the host
// country of the one visit the story reports, or the country of the dateline. Never the country of
// someone the person meets or signs with, never the most or the nearest named one: news often names
// the foreign side and leaves its own state implied.
import type { Relation } from '../../model/types.js';
import { entityLexicon } from '../lexicons/entities.js';
import { tokenize } from '../text/tokenize.js';
import { perDocument } from './per-document.js';
import type { RelationContext } from './types.js';

export interface Inference {
  country: string;
  confidence: number;
  rule: string;
}

/** "RABAT, 12 mai (MAP) –" / "الرباط - ": the country of a city opening the text, when it is in the document. */
export const datelineCountry = perDocument((ctx): string | undefined => {
  const lexicon = entityLexicon();
  for (const e of ctx.entities.values()) {
    if (e.type !== 'Location') continue;
    const iso = e.country ?? lexicon.countryOf.get(e.id);
    if (iso && ctx.entities.has(`country:${iso}`) && e.mentions.some((m) => isDateline(ctx.doc.text, m.start, m.end))) return `country:${iso}`;
  }
  return capitalsDateline(ctx);
});

/** "BRUXELLES 11/06 (BELGA)", "ALGER –": a dateline in capitals, which the name matcher (case-sensitive) leaves. */
function capitalsDateline(ctx: RelationContext): string | undefined {
  const text = ctx.doc.text;
  const lexicon = entityLexicon();
  for (const line of text.slice(0, 400).matchAll(/(?:^|\n)[ \t]*(\p{Lu}[\p{Lu}' -]{2,30}?)(?=\s*(?:\([^)]{1,30}\)\s*)?(?:,|\s[–—-]|[–—-]\s|\s+\d))/gu)) {
    const word = line[1]!.trim();
    const titled = word.toLowerCase().replace(/(^|[\s'-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
    const tokens = tokenize(titled);
    const match = lexicon.gazetteer.match(titled, tokens).find((m) => m.firstToken === 0 && m.lastToken === tokens.length && m.entry.payload.type === 'Location');
    const iso = match && lexicon.countryOf.get(match.entry.payload.id);
    if (iso && ctx.entities.has(`country:${iso}`)) return `country:${iso}`;
  }
  return undefined;
}

/** A place name opening the text and followed by a dash, a comma or a date ("RABAT, 12 mai (MAP) –", "الرياض - "). */
export function isDateline(text: string, start: number, end: number): boolean {
  if (start > 400) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  // "RABAT, …", "الرياض - …", "الرياض 26 شوال 1436 هـ …": a comma, a dash or the date follows the city.
  return start - lineStart <= 2 && /^\s*(?:\([^)]{1,30}\)\s*)?(?:,|\s[–—-]|[–—-]\s|\s+\d)/.test(text.slice(end, end + 40));
}

/**
 * The country the story is written from: the kingdom it calls "المملكة" / "le Royaume" / "the Kingdom" without
 * naming it (a paper's own country), unless its dateline places the story in another country.
 */
export const homeCountry = perDocument((ctx): string | undefined => {
  const kingdoms = new Set<string>();
  for (const f of ctx.sentences) for (const m of f.mentions) if (m.anaphor === 'kingdom' && m.entityId.startsWith('country:')) kingdoms.add(m.entityId);
  const dateline = datelineCountry(ctx);
  const [home] = kingdoms;
  return kingdoms.size === 1 && (!dateline || dateline === home) ? home : undefined;
});

/** The one country the document says someone visits, and that visitor (the person named just before "visit"). */
export const hostCountry = perDocument((ctx): { country: string; visitor?: string } | undefined => {
  const lexicon = entityLexicon();
  const found = new Map<string, string | undefined>();
  for (const facts of ctx.sentences) {
    for (const c of facts.connectors) {
      if (c.kind !== 'visit') continue;
      const place = facts.mentions.find((m) => (m.type === 'Country' || m.type === 'Location') && m.start >= c.end - 1 && m.start - c.end <= 12);
      const iso = place && (place.type === 'Country' ? place.entityId.slice(8) : (ctx.entities.get(place.entityId)?.country ?? lexicon.countryOf.get(place.entityId)));
      if (!iso || !ctx.entities.has(`country:${iso}`)) continue;
      const visitor = facts.mentions.filter((m) => m.type === 'Person' && m.end <= c.start).pop()?.entityId;
      found.set(`country:${iso}`, visitor);
    }
  }
  if (found.size !== 1) return undefined;
  const [country, visitor] = [...found][0]!;
  return { country, visitor };
});

export function inferCountry(
  ctx: RelationContext,
  person: string,
  interactions: Relation[],
  countryOf: Map<string, string>,
  placed: Set<string>,
  allowed?: Set<string>,
): Inference | undefined {
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
  // "The United States and Turkey signed … signed by Shultz and Foreign Minister Halefoglu": the one other party of
  // the states' own exchange with the counterpart's state.
  const parties = counterpartParties(interactions, counterparts).filter((c) => candidates.includes(c));
  if (counterparts.size === 1 && parties.length === 1) return { country: parties[0]!, confidence: 0.7, rule: 'affiliated.counterpart-party' };
  // The host of a visit ("X, en visite au Maroc, a été reçu par Y"): one who meets the visitor there.
  const host = hostCountry(ctx);
  // Only a visitor the text places elsewhere ("le Directeur général de l'ONUDI ... en visite au Maroc") makes a host.
  const visitor = host?.visitor;
  const visitorElsewhere = !!visitor && (placed.has(visitor) || countryOf.has(visitor)) && countryOf.get(visitor) !== host!.country;
  const metVisitor = interactions.some((r) => r.type !== 'PARTNERED' && ((r.source === person && r.target === visitor) || (r.target === person && r.source === visitor)));
  if (host && visitorElsewhere && visitor !== person && metVisitor && candidates.includes(host.country)) {
    return { country: host.country, confidence: 0.65, rule: 'affiliated.host' };
  }
  // The dateline country only when no one else in the story is said to be of another country.
  const dateline = datelineCountry(ctx);
  const others = [...countryOf.values()].filter((c) => c !== dateline);
  // The dateline country: a story names the foreign side and leaves its own officials' state implied
  // ("BRUXELLES – La ministre …, X, et le ministre sénégalais …, Y, ont signé"); less sure when others are placed elsewhere.
  if (dateline && candidates.includes(dateline)) return { country: dateline, confidence: others.length === 0 ? 0.65 : 0.6, rule: 'affiliated.dateline' };
  // A paper names its own government's officials without their country ("وزير الخارجية عادل الجبير" in a
  // Saudi daily that calls Saudi Arabia "المملكة"); foreign ones carry theirs ("وزير الخارجية المصري").
  const home = homeCountry(ctx);
  if (home && candidates.includes(home)) return { country: home, confidence: 0.6, rule: 'affiliated.home-country' };
  // The story's government: the most named country, of which at least two people hold a state office the text places
  // there, with no one placed in a state office of another country ("وزير الاتصالات" among Yemen's named officials). Who
  // meets or signs with one of them is not of that government (the counterparts' countries are left out above).
  const government = storyGovernment(ctx, countryOf);
  if (government && government === present[0] && candidates.includes(government)) return { country: government, confidence: 0.6, rule: 'affiliated.story-government' };
  return undefined;
}

/** The one country whose state offices (government, head of state) the story's placed people hold, when two or more do. */
function storyGovernment(ctx: RelationContext, countryOf: Map<string, string>): string | undefined {
  const holders = new Map<string, Set<string>>();
  for (const [m, reading] of ctx.titles) {
    const kind = reading.office?.kind;
    const country = countryOf.get(m.entityId);
    if (!country || (kind !== 'government' && kind !== 'head-of-state')) continue;
    holders.set(country, (holders.get(country) ?? new Set()).add(m.entityId));
  }
  const [only] = holders;
  return holders.size === 1 && only && only[1].size >= 2 ? only[0] : undefined;
}

/** States that stated exchanges (SIGNED, MET, PARTNERED between states) pair with the counterparts' states. */
function counterpartParties(interactions: Relation[], counterparts: Set<string>): string[] {
  const out = new Set<string>();
  for (const r of interactions) {
    if (!r.source.startsWith('country:') || !r.target.startsWith('country:')) continue;
    if (counterparts.has(r.source) && !counterparts.has(r.target)) out.add(r.target);
    if (counterparts.has(r.target) && !counterparts.has(r.source)) out.add(r.source);
  }
  return [...out];
}
