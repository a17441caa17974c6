// Language detection per paragraph (fr, ar, en or und), with smoothing for short undetermined lines.
export { detectLanguage, scriptCounts, smoothLanguages } from './detect.js';
export { stopwords } from './stopwords.js';
export type { ScriptCounts } from './types.js';
