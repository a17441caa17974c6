// AFFILIATED_WITH: a person's role, read from the title written beside the name ("ministre saoudien
// des ...", "الكاتبة العامة لوزارة ... بالغابون", "Director-General of UNIDO"). When a minister's title
// names no country, the counterpart of a signing or meeting tells it, else the document's home country.
import type { Relation } from '../../model/types.js';
import type { ResolvedMention } from '../resolve/types.js';
import { entityLexicon } from '../lexicons/entities.js';
import { makeRelation } from './evidence.js';
import type { RelationContext, SentenceFacts } from './types.js';

/** Roles that speak for a state: their holder is affiliated with a country even when it is unnamed. */
const GOVERNMENT_ROLE = /ministr|minist[eè]re|secr[ée]taire d'[ée]tat|وزير|وزيره|وزارة|كاتب الدوله|كاتبه الدوله|ambassad|سفير|chef du gouvernement|premier ministre|prime minister|president|président|رئيس الحكومه|رئيس الجمهوريه/i;

export function affiliationRelations(ctx: RelationContext, interactions: Relation[]): Relation[] {
  const out: Relation[] = [];
  const countryOf = new Map<string, string>();
  const governmentRole = new Map<string, { facts: SentenceFacts; title: string }>();
  for (const facts of ctx.sentences) {
    for (const person of facts.mentions.filter((m) => m.type === 'Person' && m.titleSpan)) {
      const span = person.titleSpan!;
      const title = ctx.doc.text.slice(span.start, span.end).trim();
      const inside = facts.mentions.filter((m) => m.start >= span.start && m.end <= span.end && (m.type === 'Country' || m.type === 'Organization'));
      for (const m of dedupe(inside)) {
        out.push(makeRelation(ctx.doc, 'AFFILIATED_WITH', person.entityId, m.entityId, [facts], 0.85, 'affiliated.title', { title }));
        if (m.type === 'Country' && !countryOf.has(person.entityId)) countryOf.set(person.entityId, m.entityId);
        const orgCountry = ctx.entities.get(m.entityId)?.country;
        if (m.type === 'Organization' && orgCountry && ctx.entities.has(`country:${orgCountry}`) && !countryOf.has(person.entityId)) {
          countryOf.set(person.entityId, `country:${orgCountry}`);
        }
      }
      // Only a title that names no institution of its own leaves the country to infer.
      if (inside.length === 0 && GOVERNMENT_ROLE.test(normalizeForRole(title)) && !governmentRole.has(person.entityId)) governmentRole.set(person.entityId, { facts, title });
    }
  }
  // "son homologue mauritanien, X" / "نظيره الموريتاني X": the counterpart's country is named beside it.
  for (const facts of ctx.sentences) {
    for (const c of facts.connectors.filter((x) => x.kind === 'counterpart')) {
      const country = facts.mentions.find((m) => m.type === 'Country' && m.start >= c.end && m.start - c.end <= 3);
      const person = country && facts.mentions.find((m) => m.type === 'Person' && m.start >= country.end && m.start - country.end <= 4);
      if (!country || !person || countryOf.has(person.entityId)) continue;
      const title = ctx.doc.text.slice(c.start, country.end);
      out.push(makeRelation(ctx.doc, 'AFFILIATED_WITH', person.entityId, country.entityId, [facts], 0.8, 'affiliated.counterpart-demonym', { title }));
      countryOf.set(person.entityId, country.entityId);
    }
  }
  // Unnamed country of a government role: the other side of a signing or meeting, else the home country.
  for (const [person, { facts, title }] of governmentRole) {
    if (countryOf.has(person)) continue;
    // The other side's country is never this person's ("X met his Spanish counterpart Y" says nothing of Spain for X).
    const counterparts = counterpartCountries(person, interactions, countryOf);
    const inferred = counterpartCountry(ctx, person, interactions, countryOf) ?? homeCountry(ctx, counterparts);
    if (!inferred) continue;
    countryOf.set(person, inferred.country);
    out.push(makeRelation(ctx.doc, 'AFFILIATED_WITH', person, inferred.country, [facts], inferred.confidence, inferred.rule, { title }));
  }
  // People who sign or meet for two different countries: the countries did too.
  for (const r of interactions) {
    if (r.type === 'PARTNERED') continue;
    const a = countryOf.get(r.source);
    const b = countryOf.get(r.target);
    if (a && b && a !== b && r.type === 'SIGNED') out.push({ ...r, source: a, target: b, confidence: Math.round(r.confidence * 90) / 100, ruleId: 'signed.on-behalf' });
  }
  return out;
}

function dedupe(mentions: ResolvedMention[]): ResolvedMention[] {
  const seen = new Set<string>();
  return mentions.filter((m) => !seen.has(m.entityId) && seen.add(m.entityId));
}

function normalizeForRole(title: string): string {
  return title.replace(/[أإآ]/g, 'ا').replace(/ة/g, 'ه').toLowerCase();
}

function counterpartCountries(person: string, interactions: Relation[], countryOf: Map<string, string>): Set<string> {
  const out = new Set<string>();
  for (const r of interactions) {
    if (r.source !== person && r.target !== person) continue;
    const c = countryOf.get(r.source === person ? r.target : r.source);
    if (c) out.add(c);
  }
  return out;
}

/** The countries a document is about: those it names, and those of the cities it names ("à Rabat"). */
function documentCountries(ctx: RelationContext): string[] {
  const countries = [...ctx.countriesByWeight];
  const lexicon = entityLexicon();
  for (const e of ctx.entities.values()) {
    const iso = e.type === 'Location' ? (e.country ?? lexicon.countryOf.get(e.id)) : undefined;
    if (iso && !countries.includes(`country:${iso}`)) countries.push(`country:${iso}`);
  }
  return countries;
}

function counterpartCountry(ctx: RelationContext, person: string, interactions: Relation[], countryOf: Map<string, string>) {
  const countries = documentCountries(ctx);
  for (const r of interactions) {
    if (r.source !== person && r.target !== person) continue;
    const other = r.source === person ? r.target : r.source;
    const otherCountry = countryOf.get(other);
    if (!otherCountry) continue;
    const rest = countries.filter((c) => c !== otherCountry);
    if (countries.length === 2 && rest.length === 1) return { country: rest[0]!, confidence: 0.7, rule: 'affiliated.counterpart' };
  }
  return undefined;
}

/** The country a national story is about: the only one named, or one named three times more than any other. */
function homeCountry(ctx: RelationContext, excluded: Set<string>) {
  const [first] = ctx.countriesByWeight;
  if (!first || excluded.has(first)) return undefined;
  const weights = ctx.countriesByWeight.map((id) => ctx.entities.get(id)?.mentions.length ?? 0);
  if (weights.length > 1 && weights[0]! < 3 * weights[1]!) return undefined;
  return { country: first, confidence: 0.6, rule: 'affiliated.home-country' };
}
