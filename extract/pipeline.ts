// One document through every pure stage: RawDocument → CleanDocument → Mention[] → Entity[] + Relation[].
// Wiring only: each stage lives in its own folder. No I/O, no clock: same input, same output.
import type { DocumentExtraction, RawDocument } from '../model/types.js';
import { cleanDocument } from './clean/index.js';
import { findMentions, mentionContext, sentenceViews } from './mentions/index.js';
import { findRelations } from './relations/index.js';
import { resolveDocument } from './resolve/document.js';
import { defaultExtractionResources, type ExtractionResources } from './resources.js';

export interface ExtractOptions {
  /** Entities and relations below this confidence are dropped. */
  minConfidence: number;
}

export const DEFAULT_EXTRACT_OPTIONS: ExtractOptions = { minConfidence: 0.5 };

/**
 * `resources` are the lexicons and models, loaded once per process or worker (loadExtractionResources);
 * omitted, the process default is loaded on first use. The older form extractDocument(raw, options)
 * still works.
 */
export function extractDocument(raw: RawDocument, resources?: ExtractionResources | ExtractOptions, options?: ExtractOptions): DocumentExtraction {
  if (resources && !('entities' in resources)) return extractDocument(raw, undefined, resources);
  const res = resources ?? defaultExtractionResources();
  const opts = options ?? DEFAULT_EXTRACT_OPTIONS;
  const doc = cleanDocument(raw);
  const ctx = mentionContext(doc, res);
  const views = sentenceViews(ctx);
  const mentions = findMentions(ctx, views);
  const resolved = resolveDocument(doc, mentions);
  const { relations, agreements, titles } = findRelations({ doc, views, entities: resolved.entities, mentions: resolved.mentions, minConfidence: opts.minConfidence });
  // A person's titles are the office phrases the relation stage read (never a clause around them).
  const withTitles = resolved.entities.map((e) => (titles.has(e.id) ? { ...e, titles: titles.get(e.id)!.length ? titles.get(e.id) : undefined } : e));
  const entities = [...withTitles, ...agreements].filter((e) => e.confidence >= opts.minConfidence);
  const kept = new Set(entities.map((e) => e.id));
  return {
    doc: {
      id: doc.id,
      lang: doc.lang,
      date: doc.date?.value,
      datePrecision: doc.date?.precision,
      title: doc.title,
      url: doc.url,
      source: doc.source,
      text: doc.text,
    },
    entities,
    relations: relations.filter((r) => r.confidence >= opts.minConfidence && kept.has(r.source) && kept.has(r.target)),
  };
}
