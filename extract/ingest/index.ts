// Ingestion: turn files and folders into RawDocuments (decoded text), one at a time.
// Unreadable, binary, undecodable or garbage inputs become SkippedInput, never a crash.
// The HTML reader (./html.js) is not re-exported: it is loaded on demand, for HTML inputs only.
export type { Decoded, Detection, ExtractedText, IngestItem, IngestNote } from './types.js';
export { SUPPORTED_EXTENSIONS, listInputFiles, type InputFiles, type ListOptions } from './list.js';
export { MAX_DOCUMENT_BYTES, readInputFile } from './read.js';
export { decodeBytes, decodeWith, detectEncoding, plausibility } from './decode.js';
export { textQuality } from './quality.js';
export { DocumentIds } from './identity.js';
export { markdownToText } from './markdown.js';
export { parseJsonlLine, readJsonl } from './jsonl.js';
