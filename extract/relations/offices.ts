// Offices read inside a title (extract/lexicons/<lang>/offices.tsv): whether the holder speaks for a
// state (government, head of state, royal, diplomat), and the only states whose office it is, if any
// ("Secretary of State" → US, "Chef du gouvernement" → MA or TN, "emir" → KW or QA).
import type { Language } from '../../model/types.js';
import { readTsv } from '../lexicons/files.js';
import { tokenVariants, tokenize } from '../text/tokenize.js';

export interface Office {
  kind: 'government' | 'head-of-state' | 'royal' | 'diplomat';
  /** ISO alpha-2 of the states whose office this is; empty when any state has it. */
  countries: string[];
  form: string;
}

interface OfficeEntry extends Office {
  tokens: string[];
  prefix: boolean;
}

const KINDS = new Set(['government', 'head-of-state', 'royal', 'diplomat']);
const cache = new Map<Language, OfficeEntry[]>();

function entries(lang: Language): OfficeEntry[] {
  let list = cache.get(lang);
  if (list) return list;
  list = [];
  for (const [form, kind, countries] of readTsv(`${lang}/offices.tsv`)) {
    if (!form || !KINDS.has(kind ?? '')) continue;
    const prefix = form.endsWith('*');
    const tokens = tokenize(prefix ? form.slice(0, -1) : form).map((t) => t.norm);
    if (tokens.length === 0) continue;
    list.push({ form, kind: kind as Office['kind'], countries: (countries ?? '').split(/\s+/).filter(Boolean), tokens, prefix });
  }
  // Longest forms first: "secretary of state for" before "secretary of state".
  list.sort((a, b) => b.tokens.length - a.tokens.length);
  cache.set(lang, list);
  return list;
}

/** The office a title names: its longest listed form, wherever it sits in the title. */
export function officeOf(lang: Language, title: string): Office | undefined {
  // Arabic words may carry a proclitic ("لوزير"): each word is read with and without it.
  const words = tokenize(title).map((t) => tokenVariants(t).map((v) => v.norm));
  for (const e of entries(lang)) {
    const n = e.tokens.length;
    for (let i = 0; i + n <= words.length; i++) {
      let ok = true;
      for (let k = 0; k < n && ok; k++) {
        const want = e.tokens[k]!;
        const last = k === n - 1 && e.prefix;
        ok = words[i + k]!.some((w) => (last ? w.startsWith(want) : w === want));
      }
      if (ok) return { kind: e.kind, countries: e.countries, form: e.form };
    }
  }
  return undefined;
}

/**
 * States whose own royal office the text names ("خادم الحرمين الشريفين" → SA, "Commandeur des croyants" → MA):
 * the royal offices the lexicons give to exactly one state, looked up in every language's table.
 */
export function royalStatesIn(text: string): Set<string> {
  const found = new Set<string>();
  const words = tokenize(text).map((t) => tokenVariants(t).map((v) => v.norm));
  for (const lang of ['ar', 'fr', 'en'] as const) {
    for (const e of entries(lang)) {
      if (e.kind !== 'royal' || e.countries.length !== 1 || found.has(e.countries[0]!)) continue;
      const n = e.tokens.length;
      for (let i = 0; i + n <= words.length; i++) {
        if (e.tokens.every((want, k) => words[i + k]!.includes(want))) {
          found.add(e.countries[0]!);
          break;
        }
      }
    }
  }
  return found;
}
