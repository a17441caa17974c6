// `tafahum query`: run a Cypher statement or a saved query (cypher/queries/) read-only and boxed
// in — checked text and plan, a transaction timeout, a row cap — streaming rows to stdout;
// `--list` shows the saved queries with their parameters.
import type { Command } from 'commander';
import { TafahumError } from '../../model/errors.js';
import { resolveConnection, withDriver } from '../../cypher/connection.js';
import { createRowWriter } from '../../cypher/format.js';
import { checkDatasetName, currentDataset } from '../../cypher/datasets.js';
import { READ_PROCEDURES } from '../../cypher/guard.js';
import { adHocParams, parseParamFlags, savedQueryParams } from '../../cypher/params.js';
import { DEFAULT_QUERY_TIMEOUT_S, DEFAULT_ROW_LIMIT, runBoxedQuery } from '../../cypher/runner.js';
import { findSavedQuery, listSavedQueries } from '../../cypher/saved.js';
import type { OutputFormat, SavedQuery } from '../../cypher/types.js';

const FORMATS: readonly OutputFormat[] = ['table', 'json', 'csv'];

interface QueryFlags {
  param: string[];
  format: string;
  saved?: string;
  list?: boolean;
  json?: boolean;
  timeout: string;
  limit: string;
  dataset?: string;
}

function describeSaved(query: SavedQuery): string {
  const params = query.params.map(
    (p) => `    --param ${p.name}=<${p.type}>${p.default !== undefined ? ` (default "${p.default}")` : ''}  ${p.description}`,
  );
  return [`${query.name}`, `    ${query.purpose}`, ...params].join('\n');
}

function positive(text: string, option: string, max: number): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0 || value > max) throw new TafahumError('E_USAGE', `${option} must be a number above 0 and at most ${max}, got "${text}"`);
  return value;
}

export function registerQuery(program: Command): void {
  program
    .command('query')
    .description('Run a Cypher query (read-only) or a saved query against Neo4j')
    .argument('[cypher]', 'the Cypher statement to run (omit with --saved or --list)')
    .option('--param <name=value>', 'query parameter, repeatable; reach it as $name. Text unless typed: --param n:int=12 (int, float, boolean, string)', (v: string, all: string[]) => [...all, v], [])
    .option('--format <format>', `output: ${FORMATS.join(', ')}`, 'table')
    .option('--saved <name>', 'run a saved query from cypher/queries/')
    .option('--list', 'list the saved queries with their parameters')
    .option('--timeout <seconds>', 'stop the query after this long (server-side transaction timeout)', String(DEFAULT_QUERY_TIMEOUT_S))
    .option('--limit <rows>', 'print at most this many rows; you are told when more exist', String(DEFAULT_ROW_LIMIT))
    .option('--dataset <name>', 'scope to one loaded dataset: its current tag is passed as $dataset (saved queries filter on it; in your own: WHERE $dataset IN n.datasets)')
    .option('--json', 'same as --format json')
    .addHelpText(
      'after',
      [
        '',
        'Queries are checked before they run (their text and their EXPLAIN plan) and refused when they',
        `load CSV, call a procedure other than ${[...READ_PROCEDURES].join(', ')},`,
        'or administer transactions; they run in a READ transaction, so the server refuses writes.',
        'Example: tafahum query --saved country-agreements --param country=MA --format json',
      ].join('\n'),
    )
    .action(async (cypher: string | undefined, flags: QueryFlags) => {
      const format = (flags.json ? 'json' : flags.format) as OutputFormat;
      if (!FORMATS.includes(format)) throw new TafahumError('E_USAGE', `--format must be one of ${FORMATS.join(', ')}, got "${flags.format}"`);
      const timeoutMs = Math.round(positive(flags.timeout, '--timeout', 86_400) * 1000);
      const limit = Math.floor(positive(flags.limit, '--limit', 100_000_000));
      if (flags.list) {
        const all = await listSavedQueries();
        const text = format === 'json' ? `${JSON.stringify(all.map(({ text: _t, ...q }) => q), null, 2)}\n` : `${all.map(describeSaved).join('\n\n')}\n`;
        process.stdout.write(text);
        return;
      }
      if (flags.saved && cypher) throw new TafahumError('E_USAGE', 'give either a Cypher statement or --saved <name>, not both');
      const given = parseParamFlags(flags.param);
      let text: string;
      let params: Record<string, unknown>;
      if (flags.saved) {
        const saved = await findSavedQuery(flags.saved);
        text = saved.text;
        params = savedQueryParams(saved.params, given);
      } else if (cypher && cypher.trim()) {
        text = cypher;
        params = adHocParams(given);
      } else {
        throw new TafahumError('E_USAGE', 'give a Cypher statement, --saved <name> or --list');
      }
      const dataset = flags.dataset === undefined ? undefined : checkDatasetName(flags.dataset);
      const conn = await resolveConnection();
      const writer = createRowWriter(format, process.stdout);
      const run = await withDriver(conn, async (driver) => {
        if (dataset !== undefined) {
          const current = await currentDataset(driver, dataset, conn.database);
          if (!current) throw new TafahumError('E_NOT_FOUND', `no dataset named "${dataset}" is loaded`, 'Load one with `tafahum load <out-dir> --dataset <name>`.');
          params.dataset = current.tag;
        } else if (!('dataset' in params)) {
          params.dataset = null;
        }
        return runBoxedQuery(driver, text, params, { timeoutMs, limit, database: conn.database }, writer);
      });
      if (run.truncated) {
        process.stderr.write(`tafahum: stopped at ${run.rows} rows (--limit ${limit}); the query has more. Raise --limit or narrow the query.\n`);
      }
    });
}
