// What several rules read from one sentence view, found once: the view keeps it for the others.
import type { GazetteerMatch } from '../lexicons/gazetteer.js';
import type { LanguageLexicon } from '../lexicons/language.js';
import type { SentenceView } from './types.js';

/** The connectors of the sentence (`lex` is the lexicon of the view's language). */
export function connectorMatches(view: SentenceView, lex: LanguageLexicon, text: string): Array<GazetteerMatch<{ kind: string }>> {
  return (view.connectors ??= lex.connectors.match(text, view.tokens));
}
