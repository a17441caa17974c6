// `tafahum eval --ner <file.bio>`: the whole extraction on an IOB2 file, mentions scored per type.
import { basename, dirname, join, resolve } from 'node:path';
import { formatNerScores } from '../../eval/ner.js';
import { bioDocuments, scoreProductMentions } from '../../eval/ner-documents.js';
import { extractDocument } from '../../extract/pipeline.js';
import { isDev } from '../../extract/ner/train/train.js';
import { readAnnotationFile } from '../../extract/ner/train/annotations.js';
import { readBio } from '../../extract/ner/train/bio.js';
import { loadExtractionResources } from '../../extract/resources.js';
import { TafahumError } from '../../model/errors.js';
import { LANGUAGES } from '../../model/types.js';

export function evalNer(path: string, options: { lang?: string; dev: boolean; json: boolean; tagger: boolean }): string {
  const guessed = LANGUAGES.find((l) => new RegExp(`(^|[/._-])${l}([/._-]|$)`).test(path));
  const lang = options.lang ?? guessed ?? 'en';
  if (!(LANGUAGES as readonly string[]).includes(lang)) throw new TafahumError('E_USAGE', `--lang: unknown language "${lang}"`);
  // Lines without a letter or digit (a lone quote or period) are dropped by cleaning: leave them out here too.
  const sentences = readLabelled(path)
    .filter((_, i) => !options.dev || isDev(i))
    .filter((s) => s.words.some((w) => /[\p{L}\p{N}]/u.test(w)));
  const resources = loadExtractionResources({ ner: options.tagger });
  const report = scoreProductMentions(bioDocuments(sentences, basename(path), lang), (raw) => extractDocument(raw, resources, { minConfidence: 0.5 }));
  if (options.json) return JSON.stringify(report, null, 2) + '\n';
  const lines = [formatNerScores(report.scores, `${basename(path)}${options.dev ? ' (dev share)' : ''}${options.tagger ? '' : ' without the tagger'}: ${sentences.length} sentences,`)];
  for (const [source, s] of Object.entries(report.bySource)) {
    lines.push(`  by source ${source.padEnd(8)} ${String(s.mentions).padStart(6)} mentions, precision exact ${(s.exact / s.mentions * 100).toFixed(1)}, relaxed ${(s.relaxed / s.mentions * 100).toFixed(1)}`);
  }
  if (report.skipped) lines.push(`  ${report.skipped} documents skipped: cleaning changed their text`);
  return lines.join('\n') + '\n';
}

/**
 * An IOB2 file, or one of the team's annotation files (annotations/ner/<lang>*.jsonl; stand-off text is read
 * from the shared folder beside the project, or TAFAHUM_SHARED), whose dev share is the one training holds out.
 */
function readLabelled(path: string): ReturnType<typeof readBio> {
  if (!path.endsWith('.jsonl')) return readBio(path);
  const shared = resolve(process.env.TAFAHUM_SHARED ?? join(dirname(resolve(path)), '..', '..', '..', 'shared'));
  return readAnnotationFile(path, shared);
}
