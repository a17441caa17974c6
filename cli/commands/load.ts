// `tafahum load <out-dir>`: load a build's graph.json into Neo4j (schema first, batched, idempotent).
import { basename, dirname } from 'node:path';
import type { Command } from 'commander';
import { graphPath, readGraphFile } from '../../graph/io.js';
import { TafahumError } from '../../model/errors.js';
import { resolveConnection, withDriver } from '../../cypher/connection.js';
import { checkDatasetName, commitDataset, datasetTarget } from '../../cypher/datasets.js';
import { DEFAULT_BATCH_SIZE, loadPlan } from '../../cypher/loader.js';
import { planLoad } from '../../cypher/rows.js';
import type { LoadSummary } from '../../cypher/types.js';
import { delayedProgress } from '../ui/progress.js';

interface LoadFlags {
  batchSize: string;
  dataset?: string;
  replace?: boolean;
  json?: boolean;
}

function parseBatchSize(text: string): number {
  const size = Number(text);
  if (!Number.isInteger(size) || size < 1 || size > 200_000) {
    throw new TafahumError('E_USAGE', `--batch-size must be an integer between 1 and 200000, got "${text}"`);
  }
  return size;
}

function describe(summary: LoadSummary & { dataset: string; replaced?: string }): string {
  const byType = Object.entries(summary.relationsByType)
    .filter(([, n]) => n > 0)
    .map(([type, n]) => `${type} ${n}`)
    .join(', ');
  const c = summary.counters;
  return [
    `Loaded ${summary.source} as dataset "${summary.dataset}"${summary.replaced ? ` (replacing ${summary.replaced})` : ''} in ${summary.seconds} s (batch size ${summary.batchSize})`,
    `  documents ${summary.documents}, entities ${summary.entities}, mentions ${summary.mentions}`,
    // A rate over a few dozen rows only measures start-up; show it for real loads.
    `  relations ${summary.relations}${byType ? ` (${byType})` : ''}${summary.relations >= 1000 ? `, ${summary.relationsPerSecond} relations/s` : ''}`,
    `  written: ${c.nodesCreated} new nodes, ${c.relationshipsCreated} new relationships, ${c.propertiesSet} properties set`,
  ].join('\n');
}

export function registerLoad(program: Command): void {
  program
    .command('load')
    .description('Load an output directory (its graph.json) into Neo4j; loading again changes nothing')
    .argument('<out-dir>', 'output directory of `tafahum build` (or a graph.json path)')
    .option('--batch-size <n>', 'rows per write transaction', String(DEFAULT_BATCH_SIZE))
    .option('--dataset <name>', 'tag everything loaded with this dataset name (default: the output directory\'s name)')
    .option('--replace', 'replace the dataset: the new version becomes current at once, then the old one is removed; other datasets stay')
    .option('--json', 'print the summary as JSON')
    .addHelpText(
      'after',
      '\nConnects to NEO4J_URI (with NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE) when set,\notherwise to the server started by `tafahum neo4j start`.',
    )
    .action(async (outDir: string, flags: LoadFlags) => {
      const batchSize = parseBatchSize(flags.batchSize);
      const name = checkDatasetName(flags.dataset ?? basename(dirname(graphPath(outDir))));
      const graph = await readGraphFile(outDir);
      const plan = planLoad(graph);
      const conn = await resolveConnection();
      const progress = delayedProgress('loading');
      const summary = await withDriver(conn, async (driver) => {
        const target = await datasetTarget(driver, name, flags.replace === true, conn.database);
        const loaded = await loadPlan(driver, plan, outDir, {
          batchSize,
          database: conn.database,
          dataset: target.tag,
          onProgress: (done, total, phase) => progress.update(done, total, phase),
        });
        await commitDataset(driver, target, outDir, conn.database);
        return { ...loaded, dataset: name, tag: target.tag, ...(target.replaces ? { replaced: target.replaces } : {}) };
      }).finally(() => progress.stop());
      process.stdout.write(flags.json ? `${JSON.stringify(summary, null, 2)}\n` : `${describe(summary)}\n`);
    });
}
