// MEMBER_OF ("membre de", "عضو في"), PARTICIPATED_IN ("en marge de", "على هامش") and LOCATED_IN
// (events in cities: "à Riyad", "بمراكش", "in Riyadh"; cities in their country).
import type { Relation } from '../../model/types.js';
import { entityLexicon } from '../lexicons/entities.js';
import type { ResolvedMention } from '../resolve/types.js';
import { isNegated, makeRelation } from './evidence.js';
import { memberLists } from './member-lists.js';
import type { RelationContext, SentenceFacts } from './types.js';

export function placementRelations(ctx: RelationContext): Relation[] {
  return [...membership(ctx), ...memberLists(ctx), ...participation(ctx), ...location(ctx)];
}

function membership(ctx: RelationContext): Relation[] {
  const out: Relation[] = [];
  for (const f of ctx.sentences) {
    if (isNegated(f, 'MEMBER_OF')) continue;
    for (const t of f.triggers.filter((x) => x.relation === 'MEMBER_OF' && x.mode !== 'negation')) {
      const member = f.mentions.filter((m) => m.end <= t.start && (m.type === 'Country' || m.type === 'Organization')).pop();
      const body = f.mentions.find((m) => m.start >= t.end && m.type === 'Organization');
      if (member && body && member.entityId !== body.entityId) out.push(makeRelation(ctx.doc, 'MEMBER_OF', member.entityId, body.entityId, [f], t.confidence, 'member.trigger'));
    }
  }
  return out;
}

function participation(ctx: RelationContext): Relation[] {
  const out: Relation[] = [];
  const main = mainEvent(ctx);
  for (const f of ctx.sentences) {
    // Weak cues ("lors de", "خلال", "during") are too common to say someone took part.
    const cue = f.connectors.find((c) => c.kind === 'on-sidelines') ?? f.triggers.find((t) => t.relation === 'PARTICIPATED_IN' && t.mode !== 'negation' && t.confidence >= 0.5);
    if (!cue || isNegated(f, 'PARTICIPATED_IN')) continue;
    const event = f.mentions.find((m) => m.type === 'Event' && m.start >= cue.end);
    if (event) {
      for (const party of unique(f.mentions.filter((m) => m.type === 'Country' || m.type === 'Person' || m.type === 'Organization'))) {
        if (party.start >= event.start && party.end <= event.end) continue;
        out.push(makeRelation(ctx.doc, 'PARTICIPATED_IN', party.entityId, event.entityId, [f], 0.6, 'participated.sidelines'));
      }
      continue;
    }
    // "Les travaux ont été coprésidés par X et Y", "chaired by X": a verb of taking part with no event
    // named in its sentence speaks of the one event the document is about.
    const verb = 'relation' in cue && (cue.mode === 'verb' || cue.mode === 'passive' || cue.mode === 'planned');
    if (!verb || !main) continue;
    for (const person of unique(f.mentions.filter((m) => m.type === 'Person'))) {
      out.push(makeRelation(ctx.doc, 'PARTICIPATED_IN', person.entityId, main, [f], 0.6, 'participated.document-event'));
    }
  }
  return out;
}

/** The event a document is about: its only event, or the one named strictly more often than any other. */
function mainEvent(ctx: RelationContext): string | undefined {
  const events = [...ctx.entities.values()].filter((e) => e.type === 'Event').sort((a, b) => b.mentions.length - a.mentions.length);
  const [first, second] = events;
  if (!first || (second && second.mentions.length >= first.mentions.length)) return undefined;
  return first.id;
}

function location(ctx: RelationContext): Relation[] {
  const out: Relation[] = [];
  const placedEvents = new Set<string>();
  const placesInCity: Array<{ loc: ResolvedMention; facts: SentenceFacts }> = [];
  for (const f of ctx.sentences) {
    const places = f.mentions.filter((m) => m.type === 'Location' && introducedAsPlace(ctx, f, m));
    for (const loc of places) placesInCity.push({ loc, facts: f });
    for (const event of f.mentions.filter((m) => m.type === 'Event')) {
      const loc = places[0];
      if (!loc) continue;
      placedEvents.add(event.entityId);
      out.push(makeRelation(ctx.doc, 'LOCATED_IN', event.entityId, loc.entityId, [f], 0.75, 'located.event-in-city'));
    }
  }
  // An event with no place in its sentence: the one city the document says things happened in.
  const cities = [...new Set(placesInCity.map((p) => p.loc.entityId))];
  if (cities.length === 1) {
    const { loc, facts } = placesInCity[0]!;
    for (const event of [...ctx.entities.values()].filter((e) => e.type === 'Event' && !placedEvents.has(e.id))) {
      out.push(makeRelation(ctx.doc, 'LOCATED_IN', event.id, loc.entityId, [facts], 0.6, 'located.document-city'));
    }
  }
  // Cities in their country, when the country is in the document.
  const lexicon = entityLexicon();
  for (const e of ctx.entities.values()) {
    if (e.type !== 'Location') continue;
    const iso = e.country ?? lexicon.countryOf.get(e.id);
    const first = e.mentions[0];
    const facts = first && ctx.sentences.find((f) => f.view.sentence.start <= first.start && first.end <= f.view.sentence.end);
    if (iso && ctx.entities.has(`country:${iso}`) && facts) out.push(makeRelation(ctx.doc, 'LOCATED_IN', e.id, `country:${iso}`, [facts], 0.7, 'located.city-in-country'));
  }
  return out;
}

function introducedAsPlace(ctx: RelationContext, f: SentenceFacts, m: ResolvedMention): boolean {
  if (f.connectors.some((c) => c.kind === 'in-city' && c.end <= m.start && m.start - c.end <= 2)) return true;
  // Arabic: the preposition is a proclitic of the name itself ("بمراكش", "في الرباط").
  const before = ctx.doc.text.slice(Math.max(0, m.start - 4), m.start);
  return /(?:^|\s)(?:ب|في\s|و?ب)$/.test(before) || /(?:^|\n)\s*$/.test(ctx.doc.text.slice(f.view.sentence.start, m.start)) && /^\s*[–—-]/.test(ctx.doc.text.slice(m.end, m.end + 3));
}

function unique(mentions: ResolvedMention[]): ResolvedMention[] {
  const seen = new Set<string>();
  return mentions.filter((m) => !seen.has(m.entityId) && seen.add(m.entityId));
}
