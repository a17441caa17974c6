// Fuzzing clean + extract: arbitrary and hostile text, tiny and large. Nothing crashes, offsets stay inside the
// text, evidence never crosses a line or paragraph, and CPU time per KB stays bounded on pathological shapes.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { DocumentExtraction } from '../../model/types.js';
import { extractDocument } from '../../extract/pipeline.js';
import { generateNews } from './generate.js';
import { FuzzCounts, cpuSeconds, fuzzParams } from './support.js';

const counts = new FuzzCounts('extract');
afterAll(() => counts.print());

function checkInvariants(out: DocumentExtraction): void {
  const { text } = out.doc;
  const ids = new Set(out.entities.map((e) => e.id));
  for (const e of out.entities) for (const m of e.mentions) expect(m.start >= 0 && m.start <= m.end && m.end <= text.length).toBe(true);
  for (const r of out.relations) {
    expect(ids.has(r.source) && ids.has(r.target)).toBe(true);
    expect(text.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.text);
    expect(r.evidence.text).not.toContain('\n'); // a sentence, and so evidence, never crosses a paragraph
  }
  counts.add('entities', out.entities.length);
  counts.add('relations', out.relations.length);
}

const WORDS = ['Le Maroc', 'la France', 'a signé', 'un accord', 'avec', 'Nadia Benali', 'ministre', 'وقع', 'المغرب', 'اتفاقية', 'met', 'Egypt', 'and', '.', ',', '،', '\n', '\n\n', '«', '»', 'M.', 'U.S.', '2024', '12 mars 2023', '\u202E', '\u200F', '\u0000', '\x1b[31m', '\uFFFD', '🇲🇦', 'é\u0301'];

describe('extractDocument on arbitrary text', () => {
  it('never throws and keeps its invariants: any Unicode, tiny inputs', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ maxLength: 3 })), (text) => {
        counts.add('random texts');
        checkInvariants(extractDocument({ id: 'fuzz', source: 'fuzz', text }));
      }),
      fuzzParams(100),
    );
  });

  it('never throws on word salad made of names, triggers, dates and control characters', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 400 }), fc.constantFrom(' ', '', '  '), (words, sep) => {
        counts.add('word salads');
        checkInvariants(extractDocument({ id: 'salad', source: 'salad', text: words.join(sep) }));
      }),
      fuzzParams(120),
    );
  });
});

describe('bounded work per KB on pathological shapes', () => {
  /** Generous: linear work here is 2–10 ms/KB; the quadratic spots fixed in issue 15 reached 50 ms/KB at 100 KB. */
  const MAX_MS_PER_KB = 30;
  const shapes: Record<string, (kb: number) => string> = {
    'one sentence of persons meeting': (kb) => Array.from({ length: kb * 40 }, (_, i) => ['Nadia Benali', 'Karim Haddou', 'Omar Diallo'][i % 3]).join(' a rencontré ') + '.',
    'one sentence of countries signing': (kb) => 'Ont signé un accord ' + Array.from({ length: kb * 60 }, (_, i) => ['le Maroc', 'la France', 'le Japon', "l'Égypte"][i % 4]).join(' et ') + '.',
    'Arabic coordination': (kb) => 'وقع ' + Array.from({ length: kb * 100 }, (_, i) => ['المغرب', 'فرنسا', 'مصر'][i % 3]).join(' و') + ' اتفاقية.',
    'one line, no punctuation': (kb) => generateNews(kb * 1024, 3, 'fr').replace(/[.\n]/g, ' '),
    'a line per word': (kb) => generateNews(kb * 1024, 4, 'en').replace(/ /g, '\n'),
    'one paragraph repeated': (kb) => `${generateNews(600, 5, 'fr').trim()}\n\n`.repeat(Math.ceil((kb * 1024) / 600)),
    'no spaces at all': (kb) => 'Maroc'.repeat(kb * 200),
  };
  for (const [name, make] of Object.entries(shapes)) {
    it(name, () => {
      extractDocument({ id: 'warm', source: 'warm', text: 'Le Maroc et la France ont signé un accord.' });
      const text = make(64);
      let out: DocumentExtraction | undefined;
      const seconds = cpuSeconds(() => (out = extractDocument({ id: name, source: name, text })));
      const msPerKb = (seconds * 1000) / (text.length / 1024);
      counts.add('pathological KB', Math.round(text.length / 1024));
      console.log(`[fuzz] ${name}: ${(text.length / 1024).toFixed(0)} KB in ${seconds.toFixed(2)} s CPU (${msPerKb.toFixed(1)} ms/KB)`);
      checkInvariants(out!);
      expect(msPerKb).toBeLessThan(MAX_MS_PER_KB);
    });
  }
});
