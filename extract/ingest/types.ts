// Types of the ingestion stage: what reading a file yields, and how its bytes were decoded.
import type { RawDocument, SkippedInput } from '../../model/types.js';

/** A decision taken on a document that was kept (bytes replaced, a field ignored), shown in the build summary. */
export interface IngestNote {
  source: string;
  note: string;
}

export type IngestItem = { kind: 'document'; doc: RawDocument; notes?: IngestNote[] } | { kind: 'skipped'; skipped: SkippedInput };

/** Bytes turned into text, or the reason they could not be. */
export type Decoded = { ok: true; text: string; encoding: string; notes: string[] } | { ok: false; reason: string };

/** The encoding chosen for a file, and the length of its byte order mark. */
export type Detection = { ok: true; encoding: string; bom: number } | { ok: false; reason: string };

/** Text and metadata pulled out of a structured format (HTML, Markdown front matter). */
export interface ExtractedText {
  text: string;
  title?: string;
  date?: string;
  url?: string;
  lang?: string;
}
