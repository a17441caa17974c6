// Node names in every script: what the lexicons and the office holders file know for an entity id (countries,
// organisations, persons, cities in English, French and Arabic) plus the forms seen in the text, a Latin caption (known Latin form,
// else the learned transliteration for persons) and an Arabic form — for search and captions in the viewer.
import type { EntityType } from '../model/types.js';
import { entityLexicon } from '../extract/lexicons/entities.js';
import { latinCaption } from '../extract/translit/caption.js';
import { defaultCaptionResources } from '../extract/translit/load.js';
import { defaultOfficeHolders } from '../extract/resolve/office-holders.js';

export interface NodeNameSource {
  /** Every lexicon form of an entity id, in every script (empty when the id is not in a lexicon). */
  knownForms(id: string): string[];
  /** The lexicon's canonical (English) name of an id. */
  canonical(id: string): string | undefined;
  /** Latin caption of an Arabic-script name. */
  caption(name: string): string;
}

export interface NodeNames {
  names: string[];
  latinName?: string;
  arabicName?: string;
}

const ARABIC = /[\u0600-\u06FF]/;
const LATIN = /\p{Script=Latin}/u;

export function defaultNodeNameSource(): NodeNameSource {
  const captions = new Map<string, string>();
  return {
    knownForms: (id) => [...new Set([...(entityLexicon().forms.get(id) ?? []), ...(defaultOfficeHolders().namesOf.get(id) ?? [])])],
    canonical: (id) => entityLexicon().names.get(id),
    caption: (name) => {
      let caption = captions.get(name);
      if (caption === undefined) captions.set(name, (caption = latinCaption(defaultCaptionResources(), name)));
      return caption;
    },
  };
}

/** Names of a node from its display name, its aliases and the lexicons; the caption is computed only when needed. */
export function nodeNames(source: NodeNameSource, id: string, type: EntityType, name: string, aliases: string[]): NodeNames {
  const known = source.knownForms(id);
  const names = [...new Set([name, ...aliases, ...known].filter(Boolean))];
  const canonical = source.canonical(id);
  const latinForms = [canonical, name, ...known, ...aliases].filter((f): f is string => !!f && LATIN.test(f) && !ARABIC.test(f));
  // The lexicon's first Arabic form is its usual name ("المغرب", not "المملكة المغربية"); else the longest seen.
  const seenArabic = [name, ...aliases].filter((f) => ARABIC.test(f)).sort((a, b) => b.length - a.length || a.localeCompare(b));
  const out: NodeNames = { names };
  const latin = latinForms[0] ?? (type === 'Person' && ARABIC.test(name) ? source.caption(name) : undefined);
  if (latin) out.latinName = latin;
  const arabic = known.find((f) => ARABIC.test(f)) ?? seenArabic[0];
  if (arabic) out.arabicName = arabic;
  return out;
}
