// Size limits of ingestion: what one document may weigh, and how much of a file decides its encoding.

/** Larger single documents are almost surely not news articles (dumps, archives); a JSONL record has the same cap. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

/** Bytes read to choose a streamed file's encoding. */
export const SAMPLE_BYTES = 64 * 1024;
