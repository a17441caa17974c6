// `--param` parsing and typing, result rendering (table, JSON, CSV) and the instance's
// neo4j.conf: loopback only, HTTP off.
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { TafahumError } from '../../model/errors.js';
import { renderResult } from '../../cypher/format.js';
import { adHocParams, parseParamFlags, savedQueryParams } from '../../cypher/params.js';
import { renderInstanceConf } from '../../cypher/server/config.js';
import { toPlain } from '../../cypher/values.js';

const codeOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    return (error as TafahumError).code;
  }
  return 'no error';
};

describe('params', () => {
  it('splits on the first = and keeps the rest of the value', () => {
    expect(parseParamFlags(['country=MA', 'q=a=b', 'empty='])).toEqual({ country: 'MA', q: 'a=b', empty: '' });
    expect(codeOf(() => parseParamFlags(['=x']))).toBe('E_USAGE');
    expect(codeOf(() => parseParamFlags(['no-equals']))).toBe('E_USAGE');
  });

  it('types saved-query parameters by their header and applies defaults', () => {
    const declared = [
      { name: 'country', type: 'string' as const, description: 'ISO code' },
      { name: 'limit', type: 'int' as const, description: 'rows', default: '20' },
      { name: 'only', type: 'boolean' as const, description: 'flag', default: 'true' },
    ];
    const params = savedQueryParams(declared, { country: '42' });
    expect(params.country).toBe('42');
    expect(neo4j.isInt(params.limit)).toBe(true);
    expect(params.only).toBe(true);
    expect(codeOf(() => savedQueryParams(declared, {}))).toBe('E_USAGE');
    expect(codeOf(() => savedQueryParams(declared, { country: 'MA', nope: '1' }))).toBe('E_USAGE');
    expect(codeOf(() => savedQueryParams(declared, { country: 'MA', limit: 'ten' }))).toBe('E_USAGE');
  });

  it('infers ad-hoc parameter types', () => {
    const p = adHocParams({ n: '12', x: '1.5', b: 'false', s: "O'Brien" });
    expect(neo4j.isInt(p.n)).toBe(true);
    expect(p).toMatchObject({ x: 1.5, b: false, s: "O'Brien" });
  });
});

describe('renderResult', () => {
  const result = { columns: ['name', 'aliases'], rows: [{ name: 'Maroc, "le Royaume"', aliases: ['المغرب', 'a\nb'] }] };

  it('writes JSON rows as they are', () => {
    expect(JSON.parse(renderResult(result, 'json'))).toEqual(result.rows);
  });

  it('quotes CSV cells and writes lists as JSON', () => {
    expect(renderResult(result, 'csv')).toBe('name,aliases\n"Maroc, ""le Royaume""","[""المغرب"",""a\\nb""]"\n');
  });

  it('aligns a table and escapes newlines', () => {
    const table = renderResult(result, 'table').split('\n');
    expect(table[0]).toMatch(/^name\s+\| aliases$/);
    expect(table[2]).toContain('\\n');
    expect(table.at(-2)).toBe('(1 row)');
  });

  it('converts driver integers', () => {
    expect(toPlain([neo4j.int(7), { n: neo4j.int('9007199254740993') }])).toEqual([7, { n: '9007199254740993' }]);
  });
});

describe('renderInstanceConf', () => {
  it('listens on 127.0.0.1 only, with HTTP off and modest memory', () => {
    const conf = renderInstanceConf({ dir: '/tmp/x', boltPort: 7699 });
    expect(conf).toContain('server.bolt.listen_address=127.0.0.1:7699');
    expect(conf).toContain('server.default_listen_address=127.0.0.1');
    expect(conf).toContain('server.http.enabled=false');
    expect(conf).toContain('server.memory.heap.max_size=1g');
    expect(conf).toContain('server.directories.data=/tmp/x/data');
    expect(conf).not.toMatch(/0\.0\.0\.0/);
  });
});
