// Cleaning: RawDocument → CleanDocument. Normalises the text, drops repeated paragraphs,
// marks boilerplate so nothing is extracted from it, and adds language, sentences and date.
export { cleanDocument } from './document.js';
export { normalizeText, comparisonKey, foldArabic, markerKey } from './normalize.js';
export { splitParagraphs } from './paragraphs.js';
export { removeDuplicates, NEAR_DUPLICATE } from './dedupe.js';
export { classifyParagraphs } from './boilerplate.js';
export { markerRules, matchMarker } from './rules.js';
export type { DedupeResult, MarkerKind, MarkerRule } from './types.js';
