// Everything extraction reads besides the document: lexicons and NER models, loaded once per process
// or worker and passed to extractDocument (no module-level state in the stages that take it).
import { readFileSync } from 'node:fs';
import { TafahumError } from '../model/errors.js';
import type { Language } from '../model/types.js';
import { LANGUAGES } from '../model/types.js';
import { entityLexicon, type EntityLexicon } from './lexicons/entities.js';
import { givenNames, languageLexicon, type GivenNames, type LanguageLexicon } from './lexicons/language.js';
import { hasNerModel, loadNerModel } from './ner/load.js';
import { NerTagger } from './ner/tagger.js';

export interface ExtractionResources {
  entities: EntityLexicon;
  language: (lang: Language) => LanguageLexicon;
  names: GivenNames;
  /** The learned tagger of each language that has a model (none when disabled). */
  taggers: Partial<Record<Language, NerTagger>>;
  /** Per language, which source wins an overlap of one type (extract/mentions/sources.json, measured). */
  preferred: Partial<Record<Language, 'tagger' | 'rules'>>;
  /** Per language, rules (ruleId prefixes) a tagger name overlapping them wins over unless it is a shorter piece (sources.json). */
  weakRules: Partial<Record<Language, string[]>>;
}

export interface ResourceOptions {
  /** Load the NER models (default true). */
  ner?: boolean;
  /** Another model folder (tests, experiments). */
  modelDir?: string;
}

/**
 * Reads the models (I/O) and gathers the lexicons: call once per process or worker and reuse the result.
 * The lexicons are the process's own (built on first use), shared with the stages that still read them
 * directly (resolution, relations), so a worker holds one copy.
 */
export function loadExtractionResources(options: ResourceOptions = {}): ExtractionResources {
  const entities = entityLexicon();
  const names = givenNames();
  const languages = new Map<Language, LanguageLexicon>(LANGUAGES.map((l) => [l, languageLexicon(l)]));
  const language = (lang: Language) => languages.get(lang)!;
  const taggers: ExtractionResources['taggers'] = {};
  if (options.ner !== false) {
    for (const lang of LANGUAGES) {
      if (!hasNerModel(lang, options.modelDir)) continue;
      // Loaded on first use: a build of English news never inflates the Arabic and French models.
      lazyProperty(taggers, lang, () => {
        const model = loadNerModel(lang, options.modelDir);
        return model && new NerTagger(model, { entities, language: language(lang), names });
      });
    }
  }
  return { entities, language, names, taggers, ...readPreferredSources() };
}

/** Defines `key` on `target` as a value computed on first read, then kept. */
function lazyProperty<T extends object, K extends keyof T>(target: T, key: K, compute: () => T[K]): void {
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get() {
      const value = compute();
      Object.defineProperty(target, key, { value, enumerable: true, configurable: false, writable: false });
      return value;
    },
  });
}

function readPreferredSources(): Pick<ExtractionResources, 'preferred' | 'weakRules'> {
  const path = new URL('./mentions/sources.json', import.meta.url);
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    const preferred: ExtractionResources['preferred'] = {};
    const weakRules: ExtractionResources['weakRules'] = {};
    const weak = (data.weakRules ?? {}) as Record<string, unknown>;
    for (const lang of LANGUAGES) {
      if (data[lang] === 'tagger' || data[lang] === 'rules') preferred[lang] = data[lang];
      const list = weak[lang];
      if (Array.isArray(list)) weakRules[lang] = list.filter((x): x is string => typeof x === 'string');
    }
    return { preferred, weakRules };
  } catch (error) {
    throw new TafahumError('E_INPUT', `cannot read ${path.pathname}: ${(error as Error).message}`);
  }
}

let processDefault: ExtractionResources | undefined;

/** The resources of this process, loaded on first use (for callers that do not manage their own). */
export function defaultExtractionResources(): ExtractionResources {
  processDefault ??= loadExtractionResources();
  return processDefault;
}
