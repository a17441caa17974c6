// `tafahum query`: run a Cypher statement or a saved query (cypher/queries/) in a read-only
// session; `--list` shows the saved queries with their parameters.
import type { Command } from 'commander';
import { TafahumError } from '../../model/errors.js';
import { resolveConnection, withDriver } from '../../cypher/connection.js';
import { renderResult } from '../../cypher/format.js';
import { adHocParams, parseParamFlags, savedQueryParams } from '../../cypher/params.js';
import { runReadQuery } from '../../cypher/runner.js';
import { findSavedQuery, listSavedQueries } from '../../cypher/saved.js';
import type { OutputFormat, SavedQuery } from '../../cypher/types.js';

const FORMATS: readonly OutputFormat[] = ['table', 'json', 'csv'];

interface QueryFlags {
  param: string[];
  format: string;
  saved?: string;
  list?: boolean;
  json?: boolean;
}

function describeSaved(query: SavedQuery): string {
  const params = query.params.map(
    (p) => `    --param ${p.name}=<${p.type}>${p.default !== undefined ? ` (default "${p.default}")` : ''}  ${p.description}`,
  );
  return [`${query.name}`, `    ${query.purpose}`, ...params].join('\n');
}

export function registerQuery(program: Command): void {
  program
    .command('query')
    .description('Run a Cypher query (read-only) or a saved query against Neo4j')
    .argument('[cypher]', 'the Cypher statement to run (omit with --saved or --list)')
    .option('--param <name=value>', 'query parameter, repeatable; reach it as $name', (v: string, all: string[]) => [...all, v], [])
    .option('--format <format>', `output: ${FORMATS.join(', ')}`, 'table')
    .option('--saved <name>', 'run a saved query from cypher/queries/')
    .option('--list', 'list the saved queries with their parameters')
    .option('--json', 'same as --format json')
    .addHelpText(
      'after',
      '\nQueries run in a READ transaction: the server refuses writes.\nExample: tafahum query --saved country-agreements --param country=MA --format json',
    )
    .action(async (cypher: string | undefined, flags: QueryFlags) => {
      const format = (flags.json ? 'json' : flags.format) as OutputFormat;
      if (!FORMATS.includes(format)) throw new TafahumError('E_USAGE', `--format must be one of ${FORMATS.join(', ')}, got "${flags.format}"`);
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
      const conn = await resolveConnection();
      const result = await withDriver(conn, (driver) => runReadQuery(driver, text, params, conn.database));
      process.stdout.write(renderResult(result, format));
    });
}
