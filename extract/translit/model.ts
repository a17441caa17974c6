// The model file (extract/translit/model.tsv) as text ⇄ TranslitModel. Pure: reading the file is
// load.ts's job. Rows: `E ctx chunk p` emissions, `LA|AR key count` n-gram counts, `K arabic latin`
// known spellings, `threshold value`; '_' stands for the empty chunk; '#' lines are the header.
import { TafahumError } from '../../model/errors.js';
import type { CharLmCounts, TranslitModel } from './types.js';

const EMPTY = '_';

export function parseModel(text: string, source: string): TranslitModel {
  const emissions = new Map<string, Map<string, number>>();
  const latin: CharLmCounts = { counts: new Map(), alphabet: 0, total: 0, memo: new Map() };
  const arabic: CharLmCounts = { counts: new Map(), alphabet: 0, total: 0, memo: new Map() };
  const knownLatin = new Map<string, string>();
  let matchThreshold: number | undefined;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line || line.startsWith('#')) continue;
    const cells = line.split('\t');
    const bad = () => new TafahumError('E_FORMAT', `${source}:${i + 1}: malformed transliteration model row "${line.slice(0, 60)}"`);
    if (cells[0] === 'E' && cells.length === 4) {
      const p = Number(cells[3]);
      if (!(p > 0)) throw bad();
      const row = emissions.get(cells[1]!) ?? new Map<string, number>();
      row.set(cells[2] === EMPTY ? '' : cells[2]!, p);
      emissions.set(cells[1]!, row);
    } else if ((cells[0] === 'LA' || cells[0] === 'AR') && cells.length === 3) {
      const n = Number(cells[2]);
      if (!(n > 0)) throw bad();
      (cells[0] === 'LA' ? latin : arabic).counts.set(cells[1]!, n);
    } else if (cells[0] === 'K' && cells.length === 3) knownLatin.set(cells[1]!, cells[2]!);
    else if (cells[0] === 'threshold' && cells.length === 2) matchThreshold = Number(cells[1]);
    else throw bad();
  }
  if (matchThreshold === undefined || Number.isNaN(matchThreshold) || emissions.size === 0) throw new TafahumError('E_FORMAT', `${source}: not a transliteration model (no emissions or threshold)`);
  for (const lm of [latin, arabic]) {
    for (const [k, n] of lm.counts) {
      if (k[0] === '1') {
        lm.alphabet++;
        lm.total += n;
      }
    }
  }
  return { emissions, topChunks: topChunksOf(emissions), latinLm: latin, arabicLm: arabic, knownLatin, matchThreshold };
}

export function serializeModel(model: TranslitModel, header: string[]): string {
  const out = header.map((h) => `# ${h}`);
  out.push(`threshold\t${model.matchThreshold.toFixed(4)}`);
  for (const ctx of [...model.emissions.keys()].sort()) {
    const row = model.emissions.get(ctx)!;
    for (const [chunk, p] of [...row].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) out.push(`E\t${ctx}\t${chunk || EMPTY}\t${Number(p.toPrecision(4))}`);
  }
  for (const [tag, lm] of [['LA', model.latinLm], ['AR', model.arabicLm]] as const) {
    for (const k of [...lm.counts.keys()].sort()) out.push(`${tag}\t${k}\t${lm.counts.get(k)}`);
  }
  for (const k of [...model.knownLatin.keys()].sort()) out.push(`K\t${k}\t${model.knownLatin.get(k)}`);
  return out.join('\n') + '\n';
}

export function topChunksOf(emissions: Map<string, Map<string, number>>): Map<string, Array<[string, number]>> {
  const top = new Map<string, Array<[string, number]>>();
  for (const [ctx, row] of emissions) top.set(ctx, [...row].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
  return top;
}
