// Short forms of a person named in full in the same document: "Abe met President Ronald Reagan" after
// "Shintaro Abe". A capitalised word equal to the family name of exactly one person of the document,
// standing alone (not part of a longer name or of another mention), becomes a mention of that person.
import type { CleanDocument, Entity } from '../../model/types.js';
import type { SentenceView } from '../mentions/types.js';
import type { ResolvedMention } from '../resolve/types.js';
import { isCapitalized } from '../mentions/names.js';
import { languageLexicon } from '../lexicons/language.js';

/** Family-name tokens of each person, lower-cased; a token shared by two persons names neither. */
function familyNames(entities: Entity[]): Map<string, string> {
  const owners = new Map<string, Set<string>>();
  for (const e of entities) {
    if (e.type !== 'Person') continue;
    for (const form of [e.name, ...e.aliases]) {
      const words = form.split(/\s+/).filter(Boolean);
      if (words.length < 2 || /[\u0600-\u06FF]/.test(form)) continue;
      const family = words[words.length - 1]!.replace(/^(?:al|el)-/i, '');
      if (family.length < 3 || !/^\p{Lu}/u.test(family)) continue;
      for (const key of new Set([words[words.length - 1]!.toLowerCase(), family.toLowerCase()])) {
        const set = owners.get(key) ?? new Set<string>();
        set.add(e.id);
        owners.set(key, set);
      }
    }
  }
  const out = new Map<string, string>();
  for (const [key, ids] of owners) if (ids.size === 1) out.set(key, [...ids][0]!);
  return out;
}

/** Mentions of the document plus the short forms found, in text order. Latin script only. */
export function withShortForms(doc: CleanDocument, views: SentenceView[], entities: Entity[], mentions: ResolvedMention[]): ResolvedMention[] {
  const families = familyNames(entities);
  if (families.size === 0) return mentions;
  const added: ResolvedMention[] = [];
  let cursor = 0;
  for (const view of views) {
    if (view.lang === 'ar') continue;
    const tokens = view.tokens;
    const titles = languageLexicon(view.lang).titles;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      // Mentions are in text order: skip those that end before this token.
      while (cursor < mentions.length && mentions[cursor]!.end <= t.start) cursor++;
      const covering = mentions[cursor];
      if (covering && covering.start <= t.start && t.end <= covering.end) continue;
      if (!isCapitalized(t) || t.text === t.text.toUpperCase()) continue;
      const id = families.get(t.norm.toLowerCase()) ?? families.get(t.text.toLowerCase());
      if (!id) continue;
      // Part of a longer capitalised name ("Abe Fortas", "General Abe") is somebody else, or not a name.
      const prev = tokens[i - 1];
      const next = tokens[i + 1];
      const joined = (a: { end: number }, b: { start: number }) => /^[ \-]?$/.test(doc.text.slice(a.end, b.start));
      if (prev && isCapitalized(prev) && joined(prev, t) && i - 1 > 0 && titles.match(doc.text, [prev]).length === 0) continue;
      if (next && isCapitalized(next) && joined(t, next)) continue;
      added.push({ start: t.start, end: t.end, surface: t.text, type: 'Person', lang: view.lang, ruleId: 'person.short-form', confidence: 0.8, entityId: id });
    }
  }
  if (added.length === 0) return mentions;
  return [...mentions, ...added].sort((a, b) => a.start - b.start);
}
