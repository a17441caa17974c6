// Is a Latin token a spelling of an Arabic name token? A log-likelihood ratio per character: how much
// better the channel explains the Latin spelling than the Latin character model alone does. The
// Arabic article (ال) may be kept ("Elalamy"), detached ("El Alami") or dropped ("Alami") in Latin.
import { channelLogProb } from './channel.js';
import { tokenLogProb } from './lm.js';
import type { TranslitModel } from './types.js';

const ARABIC_ARTICLE = /^ال(?=\S{3,})/;
const LATIN_ARTICLE = /^(?:al|el|ul)(?=\S{3,})/;

/** Log-likelihood ratio per Latin character of `latin` being a spelling of `arabic` (both normalised, one token). */
export function spellingScore(model: TranslitModel, arabic: string, latin: string): number {
  const lp = channelLogProb(model, arabic, latin);
  if (!Number.isFinite(lp)) return -Infinity;
  return (lp - tokenLogProb(model.latinLm, latin)) / (latin.length + 1);
}

/** Best score over the ways the article can be written; -Infinity when nothing aligns. */
export function nameTokenScore(model: TranslitModel, arabic: string, latin: string): number {
  const bareArabic = arabic.replace(ARABIC_ARTICLE, '');
  const bareLatin = latin.replace(LATIN_ARTICLE, '');
  // Both with the article, both without, or the Latin spelling dropped it ("Alami" for "العلمي").
  const variants: Array<[string, string]> = [[arabic, latin], [bareArabic, bareLatin], [bareArabic, latin]];
  let best = -Infinity;
  for (const [a, l] of variants) if (a && l) best = Math.max(best, spellingScore(model, a, l));
  return best;
}

/** Whether the two tokens spell the same name by the model's calibrated threshold. */
export function sameNameToken(model: TranslitModel, arabic: string, latin: string): boolean {
  if (model.knownLatin.get(arabic) === latin) return true;
  return nameTokenScore(model, arabic, latin) >= model.matchThreshold;
}
