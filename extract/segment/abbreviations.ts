// Abbreviations that do not end a sentence, per language, from extract/lexicons/<lang>/abbreviations.txt.
import type { LanguageOrUnknown } from '../../model/types.js';
import { LANGUAGES } from '../../model/types.js';
import { readList } from '../lexicons/files.js';

const cache = new Map<LanguageOrUnknown, Set<string>>();

/** The language's own list; for Arabic and undetermined text, every list (Latin abbreviations occur in them). */
export function abbreviations(lang: LanguageOrUnknown): Set<string> {
  let set = cache.get(lang);
  if (!set) {
    const langs = lang === 'fr' || lang === 'en' ? [lang] : LANGUAGES;
    set = new Set(langs.flatMap((l) => readList(`${l}/abbreviations.txt`)));
    cache.set(lang, set);
  }
  return set;
}
