// Format readers as tables of input → text: Markdown inline and block syntax, HTML without an article.
import { describe, expect, it } from 'vitest';
import { markdownToText } from '../../../extract/ingest/index.js';
import { htmlToText } from '../../../extract/ingest/html.js';

describe('markdownToText', () => {
  const cases: Array<[string, string]> = [
    ['**Rabat** et *Dakar*', 'Rabat et Dakar'],
    ['[le communiqué](https://x.org/c) du ministère', 'le communiqué du ministère'],
    ['![logo](a.png)Texte', 'Texte'],
    ['## Titre de section ##', 'Titre de section'],
    ['ضمن فعاليات #منتدى_الطاقة_المتجددة', 'ضمن فعاليات #منتدى_الطاقة_المتجددة'],
    ['the snake_case_word stays', 'the snake_case_word stays'],
    ['a _light_ touch', 'a light touch'],
    ['1. premier\n2. second', 'premier\nsecond'],
    ['| Pays | Ville |\n|---|---|\n| Maroc | Rabat |', 'Pays ; Ville\nMaroc ; Rabat'],
    ['ligne coupée\nen deux\n\nautre paragraphe', 'ligne coupée en deux\nautre paragraphe'],
    ['Titre\n=====\n\nTexte', 'Titre\nTexte'],
    ['a\\*b', 'a*b'],
  ];
  it.each(cases)('%j', (input, expected) => expect(markdownToText(input).text).toBe(expected));
  it('stays fast on pathological markup', () => {
    const t0 = performance.now();
    markdownToText(`${'**['.repeat(20_000)}\n${'_a '.repeat(20_000)}\n${'![x]('.repeat(10_000)}`);
    expect(performance.now() - t0).toBeLessThan(3_000);
  });
});

describe('htmlToText', () => {
  it('falls back to the page body (without navigation) when there is no article', () => {
    const out = htmlToText('<html><body><nav>Menu</nav><div>Bref communiqué.</div><div>Deuxième ligne</div><footer>pied</footer></body></html>');
    expect(out.text).toBe('Bref communiqué.\nDeuxième ligne');
  });
  it('survives hostile pages: deep nesting, no body', () => {
    const t0 = performance.now();
    for (const n of [400, 5_000]) {
      const deep = `<html><body>${'<div>'.repeat(n)}<p>Texte profond.</p>${'</div>'.repeat(n)}</body></html>`;
      expect(htmlToText(deep).text).toContain('Texte profond.');
    }
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(htmlToText('<<<>>>').text).toBe('<<<>>>');
    expect(htmlToText('juste du texte <b>gras</b>').text).toBe('juste du texte gras');
  });
  it('reads the date from <time datetime> and ignores an unparsable one', () => {
    expect(htmlToText('<html><body><time datetime="2020-02-03T08:00">3 févr.</time><p>Texte</p></body></html>').date).toBe('2020-02-03');
    expect(htmlToText('<html><head><meta name="date" content="hier"></head><body><p>x</p></body></html>').date).toBeUndefined();
  });
});
