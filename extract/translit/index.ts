// Learned Arabic↔Latin name transliteration: matching name tokens across scripts and Latin captions.
export type { TranslitModel } from './types.js';
export { defaultCaptionResources, defaultTranslitModel, loadParticles, loadTranslitModel } from './load.js';
export { transliterate } from './decode.js';
export { nameTokenScore, sameNameToken, spellingScore } from './match.js';
export { latinCaption, latinToken, type CaptionResources } from './caption.js';
