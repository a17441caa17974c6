// Language of a paragraph (fr, ar, en or und), from its script and its most frequent function words.
import type { LanguageOrUnknown } from '../../model/types.js';

const FR = new Set(['le', 'la', 'les', 'des', 'du', 'de', 'et', 'un', 'une', 'est', 'dans', 'pour', 'sur', 'avec', 'au', 'aux', 'qui', 'que', 'ont', 'a', 'par']);
const EN = new Set(['the', 'of', 'and', 'to', 'in', 'a', 'is', 'for', 'on', 'with', 'by', 'was', 'that', 'has', 'have', 'said', 'at', 'from']);

export function detectLanguage(text: string): LanguageOrUnknown {
  let arabic = 0;
  let latin = 0;
  for (const ch of text) {
    if (/[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/.test(ch)) arabic++;
    else if (/[A-Za-z\u00C0-\u024F]/.test(ch)) latin++;
  }
  if (arabic + latin < 3) return 'und';
  if (arabic > latin) return 'ar';
  let fr = 0;
  let en = 0;
  for (const word of text.toLowerCase().split(/[^a-z\u00e0-\u00ff']+/)) {
    if (FR.has(word)) fr++;
    if (EN.has(word)) en++;
  }
  if (fr === en) return /[éèêàçù]/i.test(text) ? 'fr' : fr + en === 0 ? 'und' : 'en';
  return fr > en ? 'fr' : 'en';
}
