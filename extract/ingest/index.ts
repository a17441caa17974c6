// Ingestion: turn files and folders into RawDocuments (decoded text), one at a time.
// Unreadable, binary or undecodable inputs become SkippedInput, never a crash.
export type { Decoded, ExtractedText, IngestItem } from './types.js';
export { SUPPORTED_EXTENSIONS, listInputFiles } from './list.js';
export { MAX_DOCUMENT_BYTES, readInputFile } from './read.js';
export { decodeBytes, plausibility } from './decode.js';
export { htmlToText, domToText } from './html.js';
export { markdownToText } from './markdown.js';
export { parseJsonlLine, readJsonl } from './jsonl.js';
