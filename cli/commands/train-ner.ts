// `tafahum train-ner`: retrain the NER taggers from ../shared/ner and annotations/ner (deterministic).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { TafahumError } from '../../model/errors.js';
import { LANGUAGES, type Language } from '../../model/types.js';
import { formatNerScores } from '../../eval/ner.js';
import { MODEL_DIR, modelPath } from '../../extract/ner/load.js';
import { encodeModel } from '../../extract/ner/model-file.js';
import { epochsFor, trainNer } from '../../extract/ner/train/train.js';
import { entityLexicon } from '../../extract/lexicons/entities.js';
import { givenNames, languageLexicon } from '../../extract/lexicons/language.js';

interface TrainFlags {
  lang: string;
  epochs?: string;
  devEveryEpoch?: boolean;
  capsEvery: string;
  bits: string;
  seed: string;
  out: string;
  shared?: string;
  lexicons: boolean;
  sample?: string;
}

const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function registerTrainNer(program: Command): void {
  program
    .command('train-ner')
    .description('Train the NER taggers from ../shared/ner and annotations/ner; prints dev P/R/F1 per type')
    .option('--lang <list>', 'languages to train, comma-separated', 'en,fr,ar')
    .option('--epochs <n>', 'passes over the training data (default: per language, from corpora.json)')
    .option('--dev-every-epoch', 'print dev F1 of the averaged weights after every pass (to choose --epochs)')
    .option('--caps-every <n>', 'every n-th training sentence is also seen in capitals (0: none)', '10')
    .option('--bits <n>', 'log2 of hashed feature buckets', '20')
    .option('--seed <n>', 'shuffling seed', '13')
    .option('--out <dir>', 'where to write <lang>.tner.gz and <lang>.json', MODEL_DIR)
    .option('--shared <dir>', 'the shared folder (default ../shared beside the project, or TAFAHUM_SHARED)')
    .option('--no-lexicons', 'train without lexicon hint features')
    .option('--sample <n>', 'train on every n-th sentence only (quick experiments)')
    .action((flags: TrainFlags) => {
      const langs = flags.lang.split(',').map((l) => l.trim());
      for (const l of langs) if (!(LANGUAGES as readonly string[]).includes(l)) throw new TafahumError('E_USAGE', `--lang: unknown language "${l}" (use ${LANGUAGES.join(', ')})`);
      const int = (v: string, name: string, min: number, max: number) => {
        const n = Number(v);
        if (!Number.isInteger(n) || n < min || n > max) throw new TafahumError('E_USAGE', `${name} must be an integer from ${min} to ${max}, got "${v}"`);
        return n;
      };
      const sharedRoot = resolve(flags.shared ?? process.env.TAFAHUM_SHARED ?? join(PROJECT_ROOT, '..', 'shared'));
      mkdirSync(flags.out, { recursive: true });
      for (const lang of langs as Language[]) {
        process.stdout.write(`${lang}: training\n`);
        const result = trainNer({
          lang,
          projectRoot: PROJECT_ROOT,
          sharedRoot,
          lexicons: flags.lexicons ? { entities: entityLexicon(), language: languageLexicon(lang), names: givenNames() } : undefined,
          bits: int(flags.bits, '--bits', 12, 22),
          epochs: flags.epochs ? int(flags.epochs, '--epochs', 1, 50) : epochsFor(lang),
          devEveryEpoch: !!flags.devEveryEpoch,
          capsEvery: int(flags.capsEvery, '--caps-every', 0, 1000),
          seed: int(flags.seed, '--seed', 0, 2 ** 31),
          sample: flags.sample ? int(flags.sample, '--sample', 1, 1000) : undefined,
          log: (line) => process.stdout.write(line + '\n'),
        });
        process.stdout.write(formatNerScores(result.dev, `${lang} dev`) + '\n');
        if (typeof result.model.meta.devInCapitals === 'number') process.stdout.write(`  dev written in capitals: exact F1 ${(result.model.meta.devInCapitals * 100).toFixed(1)}\n`);
        for (const [source, s] of Object.entries(result.devBySource)) process.stdout.write(`  ${source}: exact F1 ${(s.exact.ALL.f1 * 100).toFixed(1)}\n`);
        const path = modelPath(lang, flags.out);
        const bytes = encodeModel(result.model);
        writeFileSync(path, bytes);
        writeFileSync(join(flags.out, `${lang}.json`), JSON.stringify(result.model.meta, null, 2) + '\n');
        process.stdout.write(`  wrote ${path} (${(bytes.length / 1e6).toFixed(1)} MB)\n`);
      }
    });
}
