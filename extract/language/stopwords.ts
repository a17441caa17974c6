// Stopword sets per language, read once from extract/lexicons/<lang>/stopwords.txt.
import type { Language } from '../../model/types.js';
import { LANGUAGES } from '../../model/types.js';
import { readList } from '../lexicons/files.js';

let cached: Map<Language, Set<string>> | undefined;

export function stopwords(): Map<Language, Set<string>> {
  cached ??= new Map(LANGUAGES.map((lang) => [lang, new Set(readList(`${lang}/stopwords.txt`).map((w) => w.toLowerCase()))]));
  return cached;
}
