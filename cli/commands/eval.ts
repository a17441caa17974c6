// `tafahum eval`: score an output directory against gold annotations (P/R/F1 per type, graph duplicates).
import type { Command } from 'commander';
import { readExtractions, readGold, readSerializedGraph } from '../../eval/load.js';
import { score } from '../../eval/score.js';
import type { EvalReport, Prf } from '../../eval/types.js';
import { TafahumError } from '../../model/errors.js';

interface EvalFlags {
  gold?: string;
  ner?: string;
  lang?: string;
  dev?: boolean;
  tagger: boolean;
  verbose?: boolean;
  json?: boolean;
}

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('Score an output directory against gold annotations')
    .argument('[out-dir]', 'directory written by `tafahum build`')
    .option('-g, --gold <file>', 'gold annotations (JSON Lines)')
    .option('--ner <file>', 'instead: run the extraction on an IOB2 file (or annotations/ner/<lang>*.jsonl) and score its mentions (exact and relaxed, per type)')
    .option('--lang <lang>', 'with --ner: the language of the file (default: from its path, else en)')
    .option('--dev', 'with --ner: only the dev share (every 10th sentence, never trained on)')
    .option('--no-tagger', 'with --ner: rules and lexicons only, for comparison')
    .option('-v, --verbose', 'list every false positive and false negative')
    .option('--json', 'print the full report as JSON')
    .addHelpText('after', '\nFile formats and how matching and counting work: docs/output-format.md in the project.')
    .action(async (outDir: string | undefined, flags: EvalFlags) => {
      if (flags.ner) {
        const { evalNer } = await import('./eval-ner.js');
        process.stdout.write(evalNer(flags.ner, { lang: flags.lang, dev: !!flags.dev, json: !!flags.json, tagger: flags.tagger }));
        return;
      }
      if (!flags.gold || !outDir) throw new TafahumError('E_USAGE', 'give --gold <file> and an output directory (or --ner <file.bio>)');
      const [gold, system, graph] = await Promise.all([readGold(flags.gold), readExtractions(outDir), readSerializedGraph(outDir)]);
      const report = score(gold, system, graph);
      process.stdout.write(flags.json ? JSON.stringify(report, null, 2) + '\n' : formatReport(report, !!flags.verbose));
    });
}

const ERROR_LABEL = { 'false-positive': 'FP', 'false-negative': 'FN', repeat: 'REPEAT' } as const;
const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
const row = (label: string, p: Prf) => `  ${label.padEnd(16)} P ${pct(p.precision)}  R ${pct(p.recall)}  F1 ${pct(p.f1)}   (tp ${p.tp}, fp ${p.fp}, fn ${p.fn}${p.repeat ? `, repeats ${p.repeat}` : ''})`;

function formatReport(r: EvalReport, verbose: boolean): string {
  const lines: string[] = [];
  lines.push(`Documents: ${r.documents.matched}/${r.documents.gold} gold documents found in the output`);
  for (const d of r.documents.missing) lines.push(`  missing: ${d}`);
  lines.push('Entities');
  for (const [t, p] of Object.entries(r.entities.byType)) lines.push(row(t, p));
  lines.push('Relations (headline: SIGNED, MET, PARTNERED, AFFILIATED_WITH)');
  for (const [t, p] of Object.entries(r.relations.byType)) lines.push(row(t, p));
  if (Object.keys(r.otherRelations.byType).length) {
    lines.push('Other relations');
    for (const [t, p] of Object.entries(r.otherRelations.byType)) lines.push(row(t, p));
  }
  if (verbose) {
    lines.push('Errors');
    for (const e of r.errors) lines.push(`  ${ERROR_LABEL[e.kind]} ${e.doc}: ${e.what}`);
    for (const d of [...r.graph.duplicateDetails, ...r.graph.overMergeDetails]) lines.push(`  graph: ${d}`);
  }
  lines.push(`Graph: ${r.graph.goldEntities} gold entities, duplicates ${r.graph.duplicates}, over-merges ${r.graph.overMerges}`);
  lines.push(row('ENTITIES', r.entities));
  lines.push(row('RELATIONS', r.relations));
  return lines.join('\n') + '\n';
}
