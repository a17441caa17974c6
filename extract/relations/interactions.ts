// SIGNED, MET and PARTNERED: who did it with whom. Reads how news is written: "entre X et Y",
// "X et Y ont signé", "X ... avec Y", "X et son homologue Y", "les deux pays", and a second
// sentence that continues the first when the first names only one side.
import type { EntityType, Relation, RelationType } from '../../model/types.js';
import { entityLexicon } from '../lexicons/entities.js';
import { languageLexicon } from '../lexicons/language.js';
import type { ResolvedMention } from '../resolve/types.js';
import { isNegated, makeRelation } from './evidence.js';
import { sideOf, sidesOf } from './sides.js';
import { delegationMembers } from './delegations.js';
import type { RelationContext, SentenceFacts, Trigger } from './types.js';

const INTERACTIONS: RelationType[] = ['SIGNED', 'MET', 'PARTNERED'];
/** Which parties each relation links: persons with persons, institutions with institutions. */
const PARTY_TYPES: Record<string, EntityType[]> = {
  SIGNED: ['Person', 'Country', 'Organization'],
  MET: ['Person'],
  PARTNERED: ['Country', 'Organization'],
};
const MAX_PARTIES = 3;

type Pair = { a: string; b: string; confidence: number; rule: string };

export function interactionRelations(ctx: RelationContext): Relation[] {
  const out: Relation[] = [];
  ctx.sentences.forEach((facts, index) => {
    for (const type of INTERACTIONS) {
      const triggers = facts.triggers.filter((t) => t.relation === type && t.mode !== 'negation');
      if (triggers.length === 0 || isNegated(facts, type)) continue;
      // The most confident trigger that pairs anyone ("If the talks go well, X is likely to have a meeting with Y": "talks"
      // names no pair, "meeting with" does); the most confident one when none does.
      const ranked = [...triggers].sort((a, b) => b.confidence - a.confidence || a.start - b.start);
      let trigger = ranked[0]!;
      let pairs = pairsInSentence(ctx, facts, type, trigger, index);
      for (const other of ranked.slice(1)) {
        if (pairs.length > 0) break;
        const found = pairsInSentence(ctx, facts, type, other, index);
        if (found.length > 0) [trigger, pairs] = [other, found];
      }
      let used = [facts];
      if (pairs.length === 0 && type !== 'PARTNERED') {
        const continued = pairAcrossSentences(ctx, index, type);
        if (continued) {
          pairs.push(continued.pair);
          used = [facts, continued.next];
        }
      }
      if (pairs.length === 0 && type === 'MET') {
        const withDelegation = delegationMet(ctx, facts, trigger);
        if (withDelegation) pairs.push(withDelegation);
      }
      for (const p of pairs) out.push(makeRelation(ctx.doc, type, p.a, p.b, used, trigger.confidence * p.confidence, `${type.toLowerCase()}.${p.rule}`));
    }
  });
  return out;
}

/**
 * "X met representatives of Moroccan companies" + "the Moroccan delegation, led by Y": one person meets
 * a country's group, and the document says who leads that country's delegation: X met Y.
 */
function delegationMet(ctx: RelationContext, facts: SentenceFacts, trigger: Trigger): Pair | undefined {
  const persons = [...new Set(facts.mentions.filter((m) => m.type === 'Person').map((m) => m.entityId))];
  if (persons.length !== 1) return undefined;
  const person = facts.mentions.find((m) => m.entityId === persons[0])!;
  const own = ctx.titles.get(person)?.span;
  const withC = facts.connectors.find((c) => c.kind === 'with' && c.start >= Math.min(trigger.start, person.end));
  const group = withC && facts.mentions.find((m) => m.type === 'Country' && m.start >= withC.end && m.start - withC.end <= 60 && !(own && m.start >= own.start && m.end <= own.end));
  if (!group) return undefined;
  for (const other of ctx.sentences) {
    const member = delegationMembers(other).find((d) => d.country === group.entityId && d.person.entityId !== person.entityId);
    if (member) return { a: person.entityId, b: member.person.entityId, confidence: 0.75, rule: 'delegation' };
  }
  return undefined;
}

/**
 * Countries written as an attribute of a body beside them ("وزارة النقل المصرية", "U.S. Congress", "l'Université Laval,
 * au Canada", "la FAO au Maroc"): the body's country or seat, not a party of its own in that sentence.
 */
function attributeCountries(text: string, facts: SentenceFacts): Set<ResolvedMention> {
  const out = new Set<ResolvedMention>();
  const bodies = facts.mentions.filter((m) => m.type === 'Organization');
  for (const c of facts.mentions) {
    if (c.type !== 'Country') continue;
    const after = bodies.some((o) => o.end <= c.start && c.start - o.end <= 8 && /^\s*,?\s*(?:au|aux|en|in|à|في)?\s*$/i.test(text.slice(o.end, c.start)));
    const before = bodies.some((o) => c.end <= o.start && /^[\s'’s-]{0,3}$/.test(text.slice(c.end, o.start)));
    if (after || before) out.add(c);
  }
  return out;
}

/**
 * "les deux pays" / "البلدين" / "both countries": the two countries this sentence names, else the two the previous
 * sentence of the paragraph names, else the document's two main countries when the sentence names no other.
 */
function bothCountries(ctx: RelationContext, index: number, attributes: Set<ResolvedMention>): [string, string] | undefined {
  const named = (facts: SentenceFacts, skip?: Set<ResolvedMention>) => [...new Set(facts.mentions.filter((m) => m.type === 'Country' && !skip?.has(m)).map((m) => m.entityId))];
  const facts = ctx.sentences[index]!;
  const here = named(facts, attributes);
  if (here.length === 2) return [here[0]!, here[1]!];
  const [a, b] = ctx.countriesByWeight;
  if (!a || !b) return undefined;
  if (here.length === 0) {
    const previous = ctx.sentences[index - 1];
    const there = previous && previous.view.sentence.paragraph === facts.view.sentence.paragraph ? named(previous) : [];
    if (there.length === 2) return [there[0]!, there[1]!];
  }
  return here.every((c) => c === a || c === b) ? [a, b] : undefined;
}

/** The parties a sentence names; news agencies and media are its sources ("WAM said"), never a party. */
function partiesOf(text: string, facts: SentenceFacts, types: EntityType[]): ResolvedMention[] {
  const seen = new Set<string>();
  const kinds = entityLexicon().kindOf;
  return facts.mentions.filter((m) => types.includes(m.type) && kinds.get(m.entityId) !== 'media' && !mediaByHead(text, facts, m) && !seen.has(m.entityId) && seen.add(m.entityId));
}

/** A body the lexicons do not know whose name opens with a media head ("وكالة الأنباء الرسمية السودانية", "agence de presse"). */
function mediaByHead(text: string, facts: SentenceFacts, m: ResolvedMention): boolean {
  if (m.type !== 'Organization') return false;
  const tokens = facts.view.tokens.filter((t) => t.start >= m.start && t.end <= m.end);
  const head = languageLexicon(facts.lang).orgHeads.match(text, tokens)[0];
  return !!head && head.firstToken === 0 && head.entry.payload.kind === 'media';
}

function pairsInSentence(ctx: RelationContext, facts: SentenceFacts, type: RelationType, trigger: Trigger, index: number): Pair[] {
  const text = ctx.doc.text;
  const types = PARTY_TYPES[type]!;
  const pairs: Pair[] = [];
  const add = (a: string, b: string, confidence: number, rule: string) => {
    if (a === b || ownCountry(ctx, a, b) || pairs.some((p) => (p.a === a && p.b === b) || (p.a === b && p.b === a))) return;
    pairs.push({ a, b, confidence, rule });
  };
  // A body the sentence says someone is a member of ("membre de l'Organisation X") is not a partner here.
  const memberships = facts.triggers.filter((t) => t.relation === 'MEMBER_OF' && t.mode !== 'negation');
  const bodies = new Set(memberships.map((t) => facts.mentions.find((m) => m.start >= t.end && m.type === 'Organization')?.entityId));
  // When people act, the country or body written in their title is their affiliation, not a third party.
  const titled = facts.mentions.filter((m) => m.type === 'Person' && m.titleSpan);
  const persons = new Set(facts.mentions.filter((m) => m.type === 'Person').map((m) => m.entityId));
  const inTitle = (m: ResolvedMention) => persons.size >= 2 && titled.some((p) => m.start >= p.titleSpan!.start && m.end <= p.titleSpan!.end);
  const attributes = attributeCountries(text, facts);
  const parties = partiesOf(text, facts, types).filter((m) => !bodies.has(m.entityId) && !(m.type !== 'Person' && inTitle(m)) && !attributes.has(m));
  const isPerson = (m: ResolvedMention) => m.type === 'Person';

  // "entre X et Y" / "بين X و Y" / "between X and Y", for the trigger it follows ("coopération entre");
  // parties introduced by another relation's "entre" are that relation's, not this one's.
  const claimed = new Set<string>();
  for (const c of facts.connectors.filter((c) => c.kind === 'between')) {
    const governing = facts.triggers.filter((t) => t.end <= c.start && t.mode !== 'negation' && INTERACTIONS.includes(t.relation)).pop();
    if (governing && governing.relation !== type) {
      for (const m of parties.filter((p) => p.start >= c.end).slice(0, 2)) claimed.add(m.entityId);
      continue;
    }
    const after = parties.filter((m) => m.start >= c.end).slice(0, 2);
    if (after.length === 2 && isPerson(after[0]!) === isPerson(after[1]!) && linked(text, after[0]!, after[1]!)) add(after[0]!.entityId, after[1]!.entityId, 1, 'between');
  }
  // "X et son homologue Y" / "X ... with his counterpart Y".
  for (const c of facts.connectors.filter((c) => c.kind === 'counterpart')) {
    const before = parties.filter((m) => m.end <= c.start && isPerson(m)).pop();
    const after = parties.find((m) => m.start >= c.end && isPerson(m));
    if (before && after) add(before.entityId, after.entityId, 1, 'counterpart');
  }
  // "les deux pays" / "البلدين" / "both countries": the two countries the document is about.
  if (type !== 'MET' && facts.connectors.some((c) => c.kind === 'both-parties')) {
    const both = bothCountries(ctx, index, attributes);
    if (both) add(both[0], both[1], 0.8, 'both-parties');
  }
  // Persons: the one who acts and those the verb names ("X met Y, Z and W"), or a pronoun's antecedent.
  for (const p of personPairs(ctx, facts, trigger, parties.filter(isPerson), index)) add(p.a, p.b, p.confidence, p.rule);
  // Coordinated parties: "X et Y ont signé", "المغرب والغابون", "X ... avec Y".
  for (const level of [false]) {
    const group = parties.filter((m) => isPerson(m) === level && !claimed.has(m.entityId));
    if (group.length === 2) add(group[0]!.entityId, group[1]!.entityId, linked(text, group[0]!, group[1]!) ? 0.95 : 0.85, level ? 'two-persons' : 'two-parties');
    else if (group.length > 2 && group.length <= MAX_PARTIES) {
      // Several candidates ("met X, Y and Z"): only an explicit "with" around the trigger pairs them.
      const withC = facts.connectors.find((c) => c.kind === 'with' && c.start > trigger.start - 200);
      if (withC) {
        const before = group.filter((m) => m.end <= withC.start).pop();
        const after = group.find((m) => m.start >= withC.end);
        if (before && after) add(before.entityId, after.entityId, 0.85, 'with');
      }
    }
  }
  return pairs;
}

/**
 * Who meets (or signs with) whom among the persons of a sentence. A verb pairs its subject with each
 * person it names after it: "X met Y and Z" is X–Y and X–Z, never Y–Z. The subject is the closest person
 * before the verb; in Arabic, verb first, the first person after it ("استقبل X Y"); when a pronoun opens
 * the sentence, the one person of the sentence before. Persons both before ("X and Y signed") or both
 * after a passive ("signed by X and Y") act together. A noun ("talks") pairs only "X ... with Y".
 */
function personPairs(ctx: RelationContext, facts: SentenceFacts, trigger: Trigger, persons: ResolvedMention[], index: number): Pair[] {
  const text = ctx.doc.text;
  if (persons.length < 1) return [];
  if (persons.length === 2 && linked(text, persons[0]!, persons[1]!)) return [{ a: persons[0]!.entityId, b: persons[1]!.entityId, confidence: 0.95, rule: 'two-persons' }];
  const before = persons.filter((m) => m.end <= trigger.start);
  let after = persons.filter((m) => m.start >= trigger.end).slice(0, MAX_PARTIES + 1);
  if (trigger.mode === 'noun') {
    const withC = facts.connectors.find((c) => c.kind === 'with' && c.start >= trigger.end && c.start - trigger.end <= 40);
    const object = withC && persons.find((m) => m.start >= withC.end && m.start - withC.end <= 60);
    const subject = before[before.length - 1];
    if (subject && object) return [{ a: subject.entityId, b: object.entityId, confidence: 0.85, rule: 'noun-with' }];
    // "X، خلال لقائه الرئيس المصري Y": an Arabic verbal noun with its possessive pronoun takes the next person as its object.
    const direct = possessiveNoun(facts, trigger) ? persons.find((m) => m.start >= trigger.end && m.start - trigger.end <= 60) : undefined;
    if (subject && direct) return [{ a: subject.entityId, b: direct.entityId, confidence: 0.8, rule: 'noun-object' }];
    // "X et Y ont présidé la cérémonie de signature": presiding is not signing.
    return [];
  }
  let subject = before[before.length - 1];
  let rule = 'subject-object';
  if (!subject && facts.lang === 'ar' && after.length >= 2) {
    [subject, ...after] = after;
    rule = 'verb-subject-object';
  }
  if (!subject && (trigger.mode === 'passive' || trigger.relation === 'SIGNED') && after.length >= 2) {
    // "paraphés, pour la partie marocaine, par X et Y, et pour la partie ivoirienne, par Z": across sides only.
    const sides = sidesOf(facts);
    if (sides.length >= 2) {
      const bySide = after.map((m) => sideOf(sides, m)?.country);
      const pairs: Pair[] = [];
      after.forEach((a, i) => after.forEach((b, j) => j > i && bySide[i] && bySide[j] && bySide[i] !== bySide[j] && pairs.push(pair(a, b, 0.85, 'agents-sides'))));
      return pairs;
    }
    return [pair(after[0]!, after[1]!, 0.85, 'agents')];
  }
  if (!subject) {
    subject = pronounAntecedent(ctx, facts, index);
    rule = 'pronoun-object';
  }
  // No subject: the persons after the verb are its objects, not a pair ("was to meet X and Y").
  if (!subject) return [];
  // "… الاتفاق النووي المبرم بين ايران والقوى الكبرى": a trigger whose parties follow "between" is not the subjects'.
  const ownParties = facts.connectors.some((c) => c.kind === 'between' && c.start >= trigger.end && c.start - trigger.end <= 3);
  if (after.length === 0) return before.length === 2 && !ownParties ? [pair(before[0]!, before[1]!, 0.85, 'co-subjects')] : [];
  const s0 = subject;
  return after.filter((m) => m.entityId !== s0.entityId).slice(0, MAX_PARTIES).map((m) => pair(s0, m, rule === 'pronoun-object' ? 0.75 : 0.9, rule));
}

/** An Arabic noun trigger written with a possessive pronoun ("لقائه", "اجتماعها", "مباحثاتهما"). */
function possessiveNoun(facts: SentenceFacts, trigger: Trigger): boolean {
  return facts.lang === 'ar' && trigger.lastToken - trigger.firstToken === 1 && /(?:ه|ها|هما)$/.test(trigger.form);
}

function pair(a: ResolvedMention, b: ResolvedMention, confidence: number, rule: string): Pair {
  return { a: a.entityId, b: b.entityId, confidence, rule };
}

/** "He will meet ...": the only person named in the previous sentence, when a pronoun opens this one. */
function pronounAntecedent(ctx: RelationContext, facts: SentenceFacts, index: number): ResolvedMention | undefined {
  const opening = facts.connectors.find((c) => c.kind === 'pronoun' && c.firstToken === 0);
  const previous = ctx.sentences[index - 1];
  if (!opening || !previous) return undefined;
  const persons = new Map(previous.mentions.filter((m) => m.type === 'Person').map((m) => [m.entityId, m]));
  return persons.size === 1 ? [...persons.values()][0] : undefined;
}

/** An organisation and the country it belongs to are one side, not two. */
function ownCountry(ctx: RelationContext, a: string, b: string): boolean {
  const countryOf = (id: string) => (id.startsWith('country:') ? id.slice(8) : ctx.entities.get(id)?.country);
  const ca = countryOf(a);
  const cb = countryOf(b);
  return !!ca && ca === cb && (a.startsWith('country:') || b.startsWith('country:'));
}

/** Two mentions joined only by "et", "و", "and", a comma, or "avec/مع/with" (and the words of a title). */
function linked(text: string, a: ResolvedMention, b: ResolvedMention): boolean {
  const gap = text.slice(a.end, b.start).trim().toLowerCase();
  return /^(?:,|،)?\s*(?:et|and|و|avec|with|مع|ainsi que)?\s*(?:l'|l’|la|le|les|the)?$/.test(gap) || gap === '' || /^و\s*$/.test(gap);
}

/** One side in this sentence, the other in the next one that continues it (no trigger of its own). */
function pairAcrossSentences(ctx: RelationContext, index: number, type: RelationType): { pair: Pair; next: SentenceFacts } | undefined {
  const facts = ctx.sentences[index]!;
  const next = ctx.sentences[index + 1];
  // Evidence never crosses a paragraph boundary (issue 12.6): the continuation must be in the same paragraph.
  if (!next || next.view.sentence.paragraph !== facts.view.sentence.paragraph) return undefined;
  if (next.triggers.some((t) => t.relation === type)) return undefined;
  const types = PARTY_TYPES[type]!;
  const here = partiesOf(ctx.doc.text, facts, types).filter((m) => m.type === 'Person');
  const there = partiesOf(ctx.doc.text, next, types).filter((m) => m.type === 'Person' && !here.some((h) => h.entityId === m.entityId));
  if (here.length !== 1 || there.length === 0) return undefined;
  return { pair: { a: here[0]!.entityId, b: there[0]!.entityId, confidence: 0.7, rule: 'next-sentence' }, next };
}
