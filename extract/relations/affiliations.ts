// AFFILIATED_WITH: a person's role read from the text's structure — the title beside the name and the
// countries or bodies it names (titles.ts), a counterpart's demonym, an office only one state has, a
// known office holder — and, when the title names no country, what the document says unambiguously.
// Never the nearest country name. Each edge says how it was inferred (ruleId, confidence).
import type { Relation } from '../../model/types.js';
import { entityLexicon } from '../lexicons/entities.js';
import { inferCountry } from './document-country.js';
import { knownOffice } from './known-offices.js';
import { makeRelation } from './evidence.js';
import { sideOf, sidesOf } from './sides.js';
import { delegationMembers, nominalOffices } from './delegations.js';
import { representations } from './represented.js';
import { normalizeName } from '../text/normalize.js';
import type { TitleReading } from './titles.js';
import type { RelationContext, SentenceFacts } from './types.js';

/** The role of one who represents a body when the text gives no title (FORMAT.md: the edge keeps a role). */
const REPRESENTATIVE: Record<string, string> = { fr: 'représentant', en: 'representative', ar: 'ممثل' };

const HEAD_OF_STATE_RULES = new Set(['affiliated.counterpart', 'affiliated.counterpart-party']);

/** A bare "president" heads companies too: only a state's own office ("président de la République") takes the dateline. */
function headOfStatePlaced(reading: TitleReading, rule: string): boolean {
  return HEAD_OF_STATE_RULES.has(rule) || (rule === 'affiliated.dateline' && /\s/.test(reading.office!.form.trim()));
}

export function affiliationRelations(ctx: RelationContext, interactions: Relation[]): Relation[] {
  const out: Relation[] = [];
  const countryOf = new Map<string, string>();
  /** Persons whose title holds an office of a state but names no country: the country is inferred below. */
  const unplaced = new Map<string, { facts: SentenceFacts; reading: TitleReading }>();
  const lexicon = entityLexicon();
  /** Persons whose title names a country or a body: nothing is inferred for them. */
  const placed = new Set<string>();
  const add = (person: string, target: string, facts: SentenceFacts, confidence: number, rule: string, title: string) =>
    out.push(makeRelation(ctx.doc, 'AFFILIATED_WITH', person, target, [facts], confidence, rule, { title }));

  for (const facts of ctx.sentences) {
    for (const person of facts.mentions) {
      const reading = ctx.titles.get(person);
      if (!reading) continue;
      // A body the lexicons do not know ("مجلس الوزراء", "the ministry") says nothing of the holder's country.
      const places = reading.holders.some((m) => m.type === 'Country' || lexicon.names.has(m.entityId));
      if (places) placed.add(person.entityId);
      for (const m of reading.holders) {
        add(person.entityId, m.entityId, facts, reading.rule === 'title' ? 0.85 : 0.8, `affiliated.${reading.rule}`, reading.title);
        const iso = m.type === 'Country' ? m.entityId.slice(8) : ctx.entities.get(m.entityId)?.country;
        if (!iso || !ctx.entities.has(`country:${iso}`)) continue;
        // "U.S. Treasury Secretary X": who holds an office of a state's ministry works for that state (not so for
        // its companies and agencies).
        if (m.type !== 'Country' && lexicon.kindOf.get(m.entityId) === 'ministry' && !reading.holders.some((h) => h.entityId === `country:${iso}`)) add(person.entityId, `country:${iso}`, facts, 0.75, 'affiliated.national-body', reading.title);
        if (!countryOf.has(person.entityId)) countryOf.set(person.entityId, `country:${iso}`);
      }
      if (!places && reading.office && !unplaced.has(person.entityId)) unplaced.set(person.entityId, { facts, reading });
    }
  }
  // "son homologue mauritanien, X" / "نظيره الموريتاني X": the counterpart's country is named beside it.
  for (const facts of ctx.sentences) {
    for (const c of facts.connectors.filter((x) => x.kind === 'counterpart')) {
      // "son homologue mauritanien, X" (demonym after) or "his Indian counterpart X" (demonym before).
      const after = facts.mentions.find((m) => m.type === 'Country' && m.start >= c.end && m.start - c.end <= 3);
      const before = facts.mentions.find((m) => m.type === 'Country' && m.end <= c.start && c.start - m.end <= 1);
      const country = after ?? before;
      const from = after ? after.end : c.end;
      const person = country && facts.mentions.find((m) => m.type === 'Person' && m.start >= from && m.start - from <= 4);
      if (!country || !person || countryOf.has(person.entityId)) continue;
      add(person.entityId, country.entityId, facts, 0.8, 'affiliated.counterpart-demonym', ctx.doc.text.slice(Math.min(c.start, country.start), Math.max(c.end, country.end)));
      countryOf.set(person.entityId, country.entityId);
    }
  }
  // "pour la partie marocaine, X et Y" / "عن الجانب المغربي X": persons written on a country's side.
  for (const facts of ctx.sentences) {
    const sides = sidesOf(facts);
    if (sides.length === 0) continue;
    for (const m of facts.mentions) {
      const side = m.type === 'Person' && !placed.has(m.entityId) && !countryOf.has(m.entityId) ? sideOf(sides, m) : undefined;
      if (!side) continue;
      add(m.entityId, side.country, facts, 0.8, 'affiliated.on-behalf', ctx.titles.get(m)?.title ?? '');
      countryOf.set(m.entityId, side.country);
    }
  }
  // "X et Y, représentées respectivement par A et B": who stands for a body works for it.
  for (const facts of ctx.sentences) {
    for (const { person, body } of representations(ctx.doc.text, facts)) {
      add(person.entityId, body.entityId, facts, 0.75, 'affiliated.represented-by', ctx.titles.get(person)?.title || (REPRESENTATIVE[facts.lang] ?? 'representative'));
      if (body.type === 'Country' && !countryOf.has(person.entityId)) countryOf.set(person.entityId, body.entityId);
    }
  }
  // Members of a country's delegation.
  for (const facts of ctx.sentences) {
    for (const { person, country } of delegationMembers(facts)) {
      if (placed.has(person.entityId) || countryOf.has(person.entityId)) continue;
      // An office only some states have ("خادم الحرمين الشريفين") says more than the delegation written nearby.
      if (unplaced.get(person.entityId)?.reading.office?.countries.length) continue;
      add(person.entityId, country, facts, 0.75, 'affiliated.delegation', ctx.titles.get(person)?.title ?? '');
      countryOf.set(person.entityId, country);
    }
  }
  // "la ministre canadienne": the one person of the story holding that office whose country is not said.
  for (const facts of ctx.sentences) {
    for (const { office, country } of nominalOffices(ctx, facts)) {
      // Every titled person of the story holding that office, placed or not: only one may be meant.
      const holders = new Set([...ctx.titles].filter(([, r]) => normalizeName(r.title).includes(normalizeName(office))).map(([m]) => m.entityId));
      const [only] = holders;
      const entry = holders.size === 1 && only ? unplaced.get(only) : undefined;
      if (!only || !entry || countryOf.has(only) || placed.has(only)) continue;
      const { reading, facts: at } = entry;
      const person = only;
      add(person, country, at, 0.7, 'affiliated.nominal', reading.title);
      countryOf.set(person, country);
    }
  }
  // A titled person the office holders file lists in the document's year, with that office's country or body in the story.
  for (const [m, reading] of ctx.titles) {
    const person = ctx.entities.get(m.entityId);
    if (!person || placed.has(m.entityId) || countryOf.has(m.entityId)) continue;
    const scope = knownOffice(ctx, person);
    if (!scope) continue;
    const facts = ctx.sentences.find((f) => f.mentions.includes(m))!;
    add(m.entityId, scope, facts, 0.8, 'affiliated.office-holder', reading.title);
    if (scope.startsWith('country:')) countryOf.set(m.entityId, scope);
    placed.add(m.entityId);
  }
  // "ولي عهد أبوظبي", "gouverneur de la région de Dakar": a state's own office (not a posting) of a city or region
  // the lexicons place in one country is that country's, when the document names it.
  for (const [person, { facts, reading }] of unplaced) {
    if (countryOf.has(person) || placed.has(person) || reading.office!.kind === 'diplomat') continue;
    const country = placeCountry(ctx, facts, reading);
    if (!country) continue;
    add(person, country, facts, 0.75, 'affiliated.title-place', reading.title);
    countryOf.set(person, country);
  }
  // Titles that name no country: a known person, an office only some states have (both read from the title
  // itself, so they count as stated), then the document. Inference reads only what is stated, never another
  // inference (no cascade).
  const open = [...unplaced].filter(([person, { reading }]) => !countryOf.has(person) && !placed.has(person) && !(reading.office!.kind === 'head-of-state' && !endsWithOffice(reading)));
  const inferLater: typeof open = [];
  for (const entry of open) {
    const [person, { facts, reading }] = entry;
    const inDoc = (iso: string | undefined) => (iso && ctx.entities.has(`country:${iso}`) ? `country:${iso}` : undefined);
    const known = reading.office!.kind !== 'diplomat' ? inDoc(lexicon.countryOf.get(person)) : undefined;
    const office = officeCountry(ctx, reading);
    const read = known ? { country: known, confidence: 0.8, rule: 'affiliated.known-person' } : office ? { country: office, confidence: 0.75, rule: 'affiliated.office' } : undefined;
    if (!read) {
      inferLater.push(entry);
      continue;
    }
    countryOf.set(person, read.country);
    add(person, read.country, facts, read.confidence, read.rule, reading.title);
  }
  const stated = new Map(countryOf);
  for (const [person, { facts, reading }] of inferLater) {
    // "président de l'UNPM": a head of something named after the office is not a head of state (filtered above).
    if (reading.office!.kind === 'diplomat') continue;
    const inferred = inferCountry(ctx, person, interactions, stated, placed, reading.office!.kind === 'royal' ? royalCandidates(ctx, reading) : undefined);
    // A head of state is placed only by what names the state: a counterpart, the office, the person, the dateline.
    if (!inferred || (reading.office!.kind === 'head-of-state' && !headOfStatePlaced(reading, inferred.rule))) continue;
    countryOf.set(person, inferred.country);
    add(person, inferred.country, facts, inferred.confidence, inferred.rule, reading.title);
  }
  // People who sign for two different countries: the countries did too.
  for (const r of interactions) {
    if (r.type !== 'SIGNED') continue;
    const a = countryOf.get(r.source);
    const b = countryOf.get(r.target);
    if (a && b && a !== b) out.push({ ...r, source: a, target: b, confidence: Math.round(r.confidence * 90) / 100, ruleId: 'signed.on-behalf' });
  }
  return out;
}

/** The one country of the places a title names, outside a posting ("ambassador in Rabat"), when it is in the document. */
function placeCountry(ctx: RelationContext, facts: SentenceFacts, reading: TitleReading): string | undefined {
  const lexicon = entityLexicon();
  const postings = facts.connectors.filter((c) => c.kind === 'posting' && c.start >= reading.span.start && c.end <= reading.span.end);
  // The place follows the office it is of ("ولي عهد أبوظبي", "gouverneur de Dakar"): none before the office word.
  const officeAt = reading.span.start + Math.max(0, normalizeName(reading.title).indexOf(normalizeName(reading.office!.form.replace(/\*$/, '')).split(' ')[0]!));
  const found = new Set<string>();
  for (const m of facts.mentions) {
    if (m.type !== 'Location' || m.start < reading.span.start || m.end > reading.span.end) continue;
    if (m.start < officeAt) return undefined;
    if (postings.some((p) => p.end <= m.start)) return undefined;
    const iso = ctx.entities.get(m.entityId)?.country ?? lexicon.countryOf.get(m.entityId);
    if (!iso) return undefined;
    found.add(`country:${iso}`);
  }
  const [only] = found;
  return found.size === 1 && only && ctx.entities.has(only) ? only : undefined;
}

/** The title is the office itself, with nothing after it ("le président", "Vice President"). */
function endsWithOffice(reading: TitleReading): boolean {
  const words = normalizeName(reading.title).split(/\s+/);
  const form = normalizeName(reading.office!.form.replace(/\*$/, '')).split(/\s+/);
  return form.every((w, i) => words[words.length - form.length + i] === w);
}

/** A royal office belongs to a kingdom (or to the states the office lists). */
function royalCandidates(ctx: RelationContext, reading: TitleReading): Set<string> {
  const isos = reading.office!.countries.length ? reading.office!.countries : [...entityLexicon().kingdoms];
  return new Set(isos.map((iso) => `country:${iso}`).filter((id) => ctx.entities.has(id)));
}

/** An office of one state ("Secretary of State"), or a royal office of the one kingdom the document names. */
function officeCountry(ctx: RelationContext, reading: TitleReading): string | undefined {
  const office = reading.office!;
  const candidates = office.countries.length
    ? office.countries
    : office.kind === 'royal'
      ? [...entityLexicon().kingdoms]
      : [];
  const present = candidates.filter((iso) => ctx.entities.has(`country:${iso}`));
  return present.length === 1 ? `country:${present[0]}` : undefined;
}
