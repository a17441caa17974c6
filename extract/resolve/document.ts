// Within one document: mentions → entities. Lexicon ids first; short forms ("Mme Mezzour",
// "السيد العلمي") and small typos join the full name; anaphors ("le Royaume", "المنظمة") join
// the one entity they can mean; acronyms defined in parentheses join their expansion.
import { distance } from 'fastest-levenshtein';
import type { CleanDocument, Entity, Mention } from '../../model/types.js';
import { entityLexicon } from '../lexicons/entities.js';
import { withoutLegalSuffix } from '../mentions/company.js';
import { nameKey, slug } from '../text/normalize.js';
import { isDateline } from '../relations/document-country.js';
import { royalStatesIn } from '../relations/offices.js';
import { eventEntityId } from './events.js';
import type { DocumentEntities, ResolvedMention } from './types.js';

interface Group {
  id: string;
  mentions: Mention[];
  reasons: Set<string>;
}

export function resolveDocument(doc: CleanDocument, mentions: Mention[]): DocumentEntities {
  const lexicon = entityLexicon();
  const groups = new Map<string, Group>();
  const resolved: ResolvedMention[] = [];
  const attach = (m: Mention, id: string, reason?: string) => {
    const g = groups.get(id) ?? { id, mentions: [], reasons: new Set<string>() };
    g.mentions.push(m);
    if (reason) g.reasons.add(reason);
    groups.set(id, g);
    resolved.push({ ...m, entityId: id });
  };

  const persons = mentions.filter((m) => m.type === 'Person');
  const personIds = resolvePersons(persons);
  const eventIds = resolveEvents(doc, mentions.filter((m) => m.type === 'Event'));
  const anaphors: Mention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.anaphor) {
      anaphors.push(m);
      continue;
    }
    if (m.lexiconId && m.type !== 'Person') {
      attach(m, m.type === 'Event' ? eventEntityId(doc, m, m.lexiconId) : m.lexiconId);
      continue;
    }
    if (m.type === 'Person') {
      const p = personIds.get(m)!;
      attach(m, p.id, p.reason);
      continue;
    }
    if (m.ruleId === 'org.acronym-definition') {
      const previous = resolved[resolved.length - 1];
      const adjacent = previous && previous.type === 'Organization' && /^\s*\(\s*$/.test(doc.text.slice(previous.end, m.start));
      if (adjacent) attach(m, previous.entityId, `acronym "${m.surface}" defined as "${previous.surface}"`);
      continue;
    }
    if (m.type === 'Event') attach(m, eventIds.get(m)!);
    else if (m.type === 'Organization') attach(m, `org:${slug(nameKey(withoutLegalSuffix(m)))}`);
    else attach(m, `${m.type === 'Location' ? 'loc' : 'entity'}:${slug(nameKey(m.surface))}`);
  }

  // Anaphors name the single entity of their kind in the document, or nothing.
  for (const m of anaphors) {
    const target = m.anaphor === 'kingdom' ? kingdomOf(doc, groups, lexicon) : anaphorTarget(m, groups);
    if (target) attach(m, target, `"${m.surface}" refers to the only ${m.anaphor} in the document`);
  }

  // Event editions ("event:igf-2024") take the name of their lexicon event ("event:igf").
  const lexiconKey = (id: string) => (id.startsWith('event:') && !lexicon.names.has(id) ? id.replace(/-\d{4}$/, '') : id);
  const entities = [...groups.values()].map((g) => toEntity(g, lexicon.names.get(lexiconKey(g.id)), lexicon.countryOf.get(lexiconKey(g.id))));
  resolved.sort((a, b) => a.start - b.start);
  return { entities, mentions: resolved };
}

/** "المنظمة", "la Ministère": the one lexicon organisation, or the one ministry, of the document. */
function anaphorTarget(m: Mention, groups: Map<string, Group>): string | undefined {
  const ids = [...groups.keys()];
  let candidates: string[] = [];
  if (m.anaphor === 'organization') candidates = ids.filter((id) => id.startsWith('org:') && groups.get(id)!.mentions.some((x) => x.lexiconId));
  else if (m.anaphor === 'ministry') candidates = ids.filter((id) => id.startsWith('org:') && groups.get(id)!.mentions.some((x) => x.ruleId.endsWith('.ministry')));
  return candidates.length === 1 ? candidates[0] : undefined;
}

/**
 * "المملكة" / "le Royaume" / "the Kingdom": the story's own kingdom. The country of its dateline city when that is a
 * kingdom ("الرياض - …"), else the one kingdom whose own royal office it names ("خادم الحرمين الشريفين" is Saudi
 * Arabia's king), else the one kingdom it names, else the one the lexicon bodies, cities and persons it names imply
 * ("وكالة الأنباء السعودية").
 */
function kingdomOf(doc: CleanDocument, groups: Map<string, Group>, lexicon: ReturnType<typeof entityLexicon>): string | undefined {
  for (const g of groups.values()) {
    const iso = lexicon.countryOf.get(g.id);
    if (g.id.startsWith('loc:') && iso && lexicon.kingdoms.has(iso) && g.mentions.some((m) => isDateline(doc.text, m.start, m.end))) return `country:${iso}`;
  }
  // The kingdom's own royal office ("خادم الحرمين الشريفين") says more than a kingdom's name or demonym, often a guest's.
  const offices = [...royalStatesIn(doc.text)].filter((iso) => lexicon.kingdoms.has(iso));
  if (offices.length === 1) return `country:${offices[0]}`;
  const named = [...groups.keys()].filter((id) => id.startsWith('country:') && lexicon.kingdoms.has(id.slice(8)));
  if (named.length === 1) return named[0];
  const states = royalStatesIn(doc.text);
  for (const id of groups.keys()) {
    const iso = lexicon.countryOf.get(id);
    if (iso) states.add(iso);
  }
  const kingdoms = [...states].filter((iso) => lexicon.kingdoms.has(iso));
  return kingdoms.length === 1 ? `country:${kingdoms[0]}` : undefined;
}

/** "19e édition du Forum X" and "Forum X sur Y" name one event: a name that starts another joins it. */
function resolveEvents(doc: CleanDocument, events: Mention[]): Map<Mention, string> {
  const core = (m: Mention) => nameKey(m.surface).replace(/^\S+ (?:edition|session|دوره|النسخه) (?:du |de la |de l |des |de )?/, '');
  const ids = new Map<Mention, string>();
  // Lexicon events first: an edition phrase that starts their name joins them.
  const seen: Array<{ key: string; id: string }> = events.filter((m) => m.lexiconId).map((m) => ({ key: nameKey(m.surface), id: eventEntityId(doc, m, m.lexiconId) }));
  const ordered = events.filter((m) => !m.lexiconId).sort((a, b) => core(b).length - core(a).length);
  for (const m of ordered) {
    const key = core(m);
    const same = seen.find((x) => x.key.startsWith(key));
    const id = same?.id ?? eventEntityId(doc, m);
    if (!same) seen.push({ key, id });
    ids.set(m, id);
  }
  return ids;
}

/** Groups person mentions: full names first, then short forms and near-identical spellings join them. */
function resolvePersons(persons: Mention[]): Map<Mention, { id: string; reason?: string }> {
  const out = new Map<Mention, { id: string; reason?: string }>();
  // Lexicon persons first (their id is known), then the longest names.
  const full = persons
    .filter((m) => tokensOf(m).length >= 2 || m.lexiconId)
    .sort((a, b) => Number(!!b.lexiconId) - Number(!!a.lexiconId) || tokensOf(b).length - tokensOf(a).length);
  const canon: Array<{ key: string; tokens: string[]; id: string }> = [];
  for (const m of full) {
    const key = nameKey(m.surface);
    const tokens = key.split(' ');
    const same = canon.find((c) => c.key === key || c.key.includes(key) && tokens.length >= 2 && c.tokens.slice(-tokens.length).join(' ') === key)
      ?? canon.find((c) => Math.abs(c.key.length - key.length) <= 2 && distance(c.key, key) <= (key.length >= 10 ? 2 : 1));
    if (same) out.set(m, { id: same.id, reason: same.key === key ? undefined : `"${m.surface}" is a variant of the full name` });
    else {
      const id = m.lexiconId ?? `person:${slug(key)}`;
      canon.push({ key, tokens, id });
      out.set(m, { id });
    }
  }
  for (const m of persons) {
    if (out.has(m)) continue;
    const key = bareTokens(nameKey(m.surface)).join(' ');
    const matches = canon.filter((c) => {
      const tokens = bareTokens(c.key);
      return tokens[tokens.length - 1] === key || tokens[0] === key || (tokens.includes(key) && key.length >= 4);
    });
    if (matches.length === 1) out.set(m, { id: matches[0]!.id, reason: `short form "${m.surface}"` });
    else out.set(m, { id: `person:${slug(key)}` });
  }
  return out;
}

function tokensOf(m: Mention): string[] {
  return nameKey(m.surface).split(' ').filter(Boolean);
}

/** Name tokens compared without their article ("العلمي" = "علمي", "El Alami" = "Alami"). */
function bareTokens(key: string): string[] {
  return key.split(' ').filter(Boolean).map((t) => t.replace(/^(?:ال|al|el)(?=\S{3,})/, ''));
}

function toEntity(g: Group, lexiconName: string | undefined, lexiconCountry: string | undefined): Entity {
  const first = g.mentions[0]!;
  const surfaces = [...new Set(g.mentions.map((m) => m.surface))];
  const named = g.mentions.filter((m) => !m.anaphor && m.ruleId !== 'org.acronym-definition');
  const longest = [...named].sort((a, b) => b.surface.length - a.surface.length);
  const latin = longest.find((m) => !/[\u0600-\u06FF]/.test(m.surface));
  const baseName = lexiconName ?? (latin ?? longest[0] ?? first).surface;
  const name = g.id.startsWith('event:') ? eventDisplayName(baseName, g.id) : baseName;
  const titles = [...new Set(g.mentions.map((m) => m.title).filter((t): t is string => !!t))];
  const entity: Entity = {
    id: g.id,
    type: first.type,
    name,
    aliases: surfaces.filter((s) => s !== name),
    confidence: g.mentions.reduce((max, m) => Math.max(max, m.confidence), 0), // no spread: 300k mentions overflow the stack
    mentions: g.mentions.map((m) => ({ start: m.start, end: m.end, surface: m.surface, ruleId: m.ruleId })),
  };
  if (titles.length) entity.titles = titles;
  if (g.id.startsWith('country:')) entity.country = g.id.slice(8);
  else if (lexiconCountry) entity.country = lexiconCountry;
  if (g.reasons.size) entity.mergeReasons = [...g.reasons];
  return entity;
}

function eventDisplayName(name: string, id: string): string {
  const year = /-(\d{4})$/.exec(id)?.[1];
  return year && !name.includes(year) ? `${name} ${year}` : name;
}

