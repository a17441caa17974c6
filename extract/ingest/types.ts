// Types of the ingestion stage: what reading a file yields, and how its bytes were decoded.
import type { RawDocument, SkippedInput } from '../../model/types.js';

export type IngestItem = { kind: 'document'; doc: RawDocument } | { kind: 'skipped'; skipped: SkippedInput };

/** Bytes turned into text, or the reason they could not be. */
export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

/** Text and metadata pulled out of a structured format (HTML, Markdown front matter). */
export interface ExtractedText {
  text: string;
  title?: string;
  date?: string;
  url?: string;
  lang?: string;
}
