// `tafahum explain`: why a node exists — its aliases, the documents and sentences that mention it,
// its relations, and the reasons its surface forms were merged.
import type { Command } from 'commander';
import { TafahumError } from '../../model/errors.js';
import { readExtractions, readSerializedGraph } from '../../eval/load.js';
import { nameKey } from '../../extract/text/normalize.js';

interface ExplainFlags {
  json?: boolean;
  limit: string;
}

export function registerExplain(program: Command): void {
  program
    .command('explain')
    .description('Show an entity: aliases, mentions in their sentences, relations and merge reasons')
    .argument('<out-dir>', 'directory written by `tafahum build`')
    .argument('<entity>', 'an entity id (country:MA) or a name or alias in any script (Maroc, المغرب)')
    .option('--limit <n>', 'mentions to show', '10')
    .option('--json', 'print as JSON')
    .action(async (outDir: string, query: string, flags: ExplainFlags) => {
      const graph = await readSerializedGraph(outDir);
      const key = nameKey(query);
      const node =
        graph.nodes.find((n) => n.key === query) ??
        graph.nodes.find((n) => nameKey(n.attributes.name) === key) ??
        graph.nodes.find((n) => n.attributes.aliases.some((a) => nameKey(a) === key));
      if (!node) throw new TafahumError('E_NOT_FOUND', `no entity named "${query}" in ${outDir}`, 'Try an id such as country:MA, or another spelling.');
      const extractions = await readExtractions(outDir);
      const limit = Number(flags.limit) || 10;
      const mentions: Array<{ doc: string; surface: string; sentence: string; rule: string }> = [];
      for (const docId of node.attributes.docs) {
        const x = extractions.get(docId);
        const entity = x?.entities.find((e) => e.id === node.key);
        if (!x || !entity) continue;
        for (const m of entity.mentions) mentions.push({ doc: docId, surface: m.surface, sentence: sentenceAround(x.doc.text, m.start, m.end), rule: m.ruleId });
      }
      const relations = graph.edges
        .filter((e) => e.source === node.key || e.target === node.key)
        .map((e) => ({ type: e.attributes.type, other: e.source === node.key ? e.target : e.source, direction: e.source === node.key ? 'out' : 'in', docs: e.attributes.docs.length }));
      const result = { id: node.key, ...node.attributes, mentionsShown: mentions.slice(0, limit), relations };
      if (flags.json) {
        process.stdout.write(JSON.stringify(result, null, 2) + '\n');
        return;
      }
      const a = node.attributes;
      const out = [
        `${a.name}  [${a.type}]  ${node.key}  confidence ${a.confidence.toFixed(2)}`,
        `Aliases: ${a.aliases.join(' · ') || '(none)'}`,
        ...(a.titles?.length ? [`Titles: ${a.titles.join(' · ')}`] : []),
        `Documents (${a.docs.length}): ${a.docs.slice(0, 10).join(', ')}${a.docs.length > 10 ? ', …' : ''}`,
        `Why merged: ${a.mergeReasons?.length ? '' : 'one surface form or one lexicon entry'}`,
        ...(a.mergeReasons ?? []).map((r) => `  - ${r}`),
        `Mentions (${mentions.length}${mentions.length > limit ? `, first ${limit}` : ''}):`,
        ...mentions.slice(0, limit).map((m) => `  ${m.doc}  "${m.surface}"  (${m.rule})\n      ${m.sentence}`),
        `Relations (${relations.length}):`,
        ...relations.map((r) => `  ${r.direction === 'out' ? '→' : '←'} ${r.type} ${r.other}  (${r.docs} doc${r.docs === 1 ? '' : 's'})`),
      ];
      process.stdout.write(out.join('\n') + '\n');
    });
}

function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf('\n', start) + 1, start - 160);
  const nextBreak = text.indexOf('\n', end);
  const to = Math.min(nextBreak < 0 ? text.length : nextBreak, end + 160);
  return text.slice(from, to).trim();
}
