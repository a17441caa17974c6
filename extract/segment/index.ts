// Sentence segmentation inside a paragraph, aware of abbreviations ("M.", "Mme", "S.M.") and of Arabic punctuation.
export { splitSentences } from './split.js';
export { abbreviations } from './abbreviations.js';
