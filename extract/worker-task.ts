// One document as the build needs it, the same in a worker thread and in the main thread: the size
// budget applied, the pure pipeline run, the result serialised where it was computed.
import type { Entity, EntityType, RawDocument } from '../model/types.js';
import { extractDocument, type ExtractOptions } from './pipeline.js';
import { blockingTransliterations } from './resolve/global.js';
import { memoisedTransliterations } from './translit/decode.js';
import { defaultCaptionResources } from './translit/load.js';

/** What the build keeps of an entity before cross-document resolution. */
export interface EntityRef {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
}

/** A document's result: its extraction as one JSON line, or the reason it has none. */
export interface ExtractedRecord {
  /**
   * JSON of the DocumentExtraction as UTF-8 bytes, absent when the document was skipped. Bytes, not a
   * string: a worker transfers them without a copy and the build writes them as they are (a 2 MB document
   * gives 16 MB of JSON, whose copy between threads and re-encoding cost half a second).
   */
  line?: Uint8Array;
  entities: EntityRef[];
  /** Why the document was cut or skipped, for the build summary. */
  note?: string;
  /** Arabic family names of its persons with their Latin readings, computed here for the single-threaded merge. */
  transliterations?: Array<[string, string[]]>;
}

/** Per-document size budget: longer texts are cut (at a line break when one is near) so one dump cannot stall a build. */
export const MAX_DOCUMENT_CHARS = 2_000_000;

/** The document within the size budget, and a note when it had to be cut. */
export function applySizeBudget(raw: RawDocument, maxChars = MAX_DOCUMENT_CHARS): { doc: RawDocument; note?: string } {
  if (raw.text.length <= maxChars) return { doc: raw };
  const lineBreak = raw.text.lastIndexOf('\n', maxChars);
  const end = lineBreak > maxChars * 0.9 ? lineBreak : maxChars;
  return {
    doc: { ...raw, text: raw.text.slice(0, end) },
    note: `cut to its first ${mb(end)} of ${mb(raw.text.length)} characters (per-document size budget)`,
  };
}

export function extractRecord(raw: RawDocument, options: ExtractOptions): ExtractedRecord {
  const { doc, note } = applySizeBudget(raw);
  try {
    const extraction = extractDocument(doc, options);
    const arabicFamilies = blockingTransliterations(extraction.entities.filter((e) => e.type === 'Person').flatMap((e) => [e.name, ...e.aliases]));
    const transliterations = arabicFamilies.length ? memoisedTransliterations(defaultCaptionResources().model, arabicFamilies) : undefined;
    return { line: utf8.encode(JSON.stringify(extraction)), entities: extraction.entities.map(refOf), ...(note ? { note } : {}), ...(transliterations ? { transliterations } : {}) };
  } catch (error) {
    // One hostile document must not end the build: it is reported, the others go on.
    const cause = error instanceof Error ? error.message : String(error);
    return { entities: [], note: `extraction failed: ${cause}` };
  }
}

const utf8 = new TextEncoder();

/** What the build keeps of an entity before cross-document resolution. */
export const refOf = (e: Entity): EntityRef => ({ id: e.id, type: e.type, name: e.name, aliases: e.aliases });

const mb = (chars: number) => `${(chars / 1e6).toFixed(1)} M`;
