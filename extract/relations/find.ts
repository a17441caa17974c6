// The relation stage: resolved mentions of a document → typed, dated relations with evidence,
// plus the Agreement entities the signings name. Rules are data-driven (relations.tsv, connectors.tsv).
import type { CleanDocument, Entity, Relation } from '../../model/types.js';
import type { SentenceView } from '../mentions/types.js';
import type { ResolvedMention } from '../resolve/types.js';
import { affiliationRelations } from './affiliations.js';
import { agreementsOf } from './agreements.js';
import { withShortForms } from './coreference.js';
import { derivedRelations } from './derived.js';
import { interactionRelations } from './interactions.js';
import { placementRelations } from './placement.js';
import { readTitle } from './titles.js';
import { nameKey } from '../text/normalize.js';
import { findConnectors, findTriggers } from './triggers.js';
import { withModality } from './modality.js';
import type { RelationContext, SentenceFacts, Trigger } from './types.js';

export interface RelationInput {
  doc: CleanDocument;
  views: SentenceView[];
  entities: Entity[];
  mentions: ResolvedMention[];
  /** Entities below this confidence are not output: their mentions take no part in relations (a weak guess such as
   *  "بالديوان" after a title would otherwise be the subject of a verb or cut a title). Default: all take part. */
  minConfidence?: number;
}

export interface RelationOutput {
  relations: Relation[];
  agreements: Entity[];
  /** Per person entity with a title in the text: its office phrases, normalised and deduplicated. */
  titles: Map<string, string[]>;
}

export function findRelations(input: RelationInput): RelationOutput {
  const ctx = relationContext(input);
  const interactions = interactionRelations(ctx);
  const affiliations = affiliationRelations(ctx, interactions);
  const placements = placementRelations(ctx);
  const stated = [...interactions, ...affiliations, ...placements];
  const all = dedupe([...stated, ...derivedRelations(stated)]);
  const signed = all.filter((r) => r.type === 'SIGNED');
  const { agreements, relations: signedWithAgreements } = agreementsOf(ctx, signed);
  return { relations: [...signedWithAgreements, ...all.filter((r) => r.type !== 'SIGNED')], agreements, titles: personTitles(ctx) };
}

/** Titles per person: each office phrase once (compared normalised), a phrase inside a longer one dropped. */
function personTitles(ctx: RelationContext): Map<string, string[]> {
  const byPerson = new Map<string, string[]>();
  for (const [m, reading] of ctx.titles) byPerson.set(m.entityId, [...(byPerson.get(m.entityId) ?? []), reading.title]);
  // A title span the mention stage saw of which no office phrase survived (a clause) leaves no title.
  for (const f of ctx.sentences) for (const m of f.mentions) if (m.type === 'Person' && m.titleSpan && !byPerson.has(m.entityId)) byPerson.set(m.entityId, []);
  const out = new Map<string, string[]>();
  for (const [person, titles] of byPerson) {
    const keyed = [...new Map(titles.map((t) => [nameKey(t), t] as const)).entries()];
    const kept = keyed.filter(([k]) => !keyed.some(([other]) => other !== k && other.includes(k)));
    out.set(person, kept.map(([, t]) => t));
  }
  return out;
}

function relationContext({ doc, views, entities: all, mentions: resolved, minConfidence = 0 }: RelationInput): RelationContext {
  const entities = all.filter((e) => e.confidence >= minConfidence);
  const kept = new Set(entities.map((e) => e.id));
  const found = resolved.filter((m) => kept.has(m.entityId));
  // Surnames of persons named in full ("Abe" after "Shintaro Abe") are mentions of them too.
  const mentions = withShortForms(doc, views, entities, found);
  let cursor = 0;
  const sentences: SentenceFacts[] = views.map((view) => {
    const inside: ResolvedMention[] = [];
    while (cursor < mentions.length && mentions[cursor]!.start < view.sentence.start) cursor++;
    for (let i = cursor; i < mentions.length && mentions[i]!.start < view.sentence.end; i++) inside.push(mentions[i]!);
    // A sentence that names nothing and says "les deux pays" nowhere cannot hold a relation: skip its trigger search.
    const connectors = findConnectors(doc.text, view);
    const named = inside.length > 0 || connectors.some((c) => c.kind === 'both-parties');
    return {
      view,
      lang: view.lang,
      mentions: inside,
      // A trigger word inside a name ("Economic Co-operation Fund") is part of the name.
      // A verb trigger takes its clause's modality ("would meet … next week" is planned).
      triggers: named ? withModality(doc.text, { view, lang: view.lang, connectors }, triggersOutsideNames(findTriggers(doc.text, view.tokens, view.lang), inside)) : [],
      connectors,
    };
  });
  const byId = new Map(entities.map((e) => [e.id, e]));
  const countriesByWeight = entities
    .filter((e) => e.type === 'Country')
    .sort((a, b) => b.mentions.length - a.mentions.length || a.id.localeCompare(b.id))
    .map((e) => e.id);
  const ctx: RelationContext = { doc, entities: byId, sentences, countriesByWeight, titles: new Map() };
  for (const facts of sentences) {
    for (const m of facts.mentions) {
      if (m.type !== 'Person') continue;
      const reading = readTitle(ctx, facts, m);
      if (reading) ctx.titles.set(m, reading);
    }
  }
  return ctx;
}

/**
 * The triggers no mention contains. Tested against the widest end among mentions starting at or before the trigger,
 * found by binary search, instead of a scan of every mention per trigger (quadratic on a hostile one-sentence
 * document, issue 15).
 */
function triggersOutsideNames(triggers: Trigger[], mentions: ResolvedMention[]): Trigger[] {
  if (triggers.length === 0 || mentions.length === 0) return triggers;
  const inName = containedIn(mentions);
  return triggers.filter((t) => !inName(t));
}

function containedIn(mentions: ResolvedMention[]): (span: { start: number; end: number }) => boolean {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const widest: number[] = [];
  for (const m of sorted) widest.push(Math.max(m.end, widest.at(-1) ?? -1));
  return (span) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.start <= span.start) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && widest[lo - 1]! >= span.end;
  };
}

/** One relation per (type, endpoints, evidence); symmetric ones in either order. The most confident wins. */
function dedupe(relations: Relation[]): Relation[] {
  const best = new Map<string, Relation>();
  for (const r of relations) {
    const ends = ['SIGNED', 'MET', 'PARTNERED'].includes(r.type) ? [r.source, r.target].sort().join('|') : `${r.source}|${r.target}`;
    const key = `${r.type}|${ends}|${r.evidence.start}`;
    const current = best.get(key);
    if (!current || r.confidence > current.confidence) best.set(key, r);
  }
  return [...best.values()];
}
