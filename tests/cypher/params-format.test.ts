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
  it('splits on the first = and reads an optional type after the name', () => {
    expect({ ...parseParamFlags(['country=MA', 'q=a=b', 'empty=', 'n:int=12']) }).toEqual({
      country: { raw: 'MA' },
      q: { raw: 'a=b' },
      empty: { raw: '' },
      n: { raw: '12', type: 'int' },
    });
    expect(codeOf(() => parseParamFlags(['=x']))).toBe('E_USAGE');
    expect(codeOf(() => parseParamFlags(['no-equals']))).toBe('E_USAGE');
    expect(codeOf(() => parseParamFlags(['n:integer=1']))).toBe('E_USAGE');
  });

  it('types saved-query parameters by their header and applies defaults', () => {
    const declared = [
      { name: 'country', type: 'string' as const, description: 'ISO code' },
      { name: 'limit', type: 'int' as const, description: 'rows', default: '20' },
      { name: 'only', type: 'boolean' as const, description: 'flag', default: 'true' },
    ];
    const params = savedQueryParams(declared, parseParamFlags(['country=42']));
    expect(params.country).toBe('42');
    expect(neo4j.isInt(params.limit)).toBe(true);
    expect(params.only).toBe(true);
    expect(codeOf(() => savedQueryParams(declared, {}))).toBe('E_USAGE');
    expect(codeOf(() => savedQueryParams(declared, parseParamFlags(['country=MA', 'nope=1'])))).toBe('E_USAGE');
    expect(codeOf(() => savedQueryParams(declared, parseParamFlags(['country=MA', 'limit=ten'])))).toBe('E_USAGE');
    expect(codeOf(() => savedQueryParams(declared, parseParamFlags(['country:int=1'])))).toBe('E_USAGE');
  });

  it('keeps ad-hoc values as text unless a type is asked for, and never wraps numbers', () => {
    const p = adHocParams(parseParamFlags(['zip=0012', 'big=12345678901234567890', 'n:int=12', 'x:float=1.5', 'b:boolean=false', "s=O'Brien"]));
    expect(p).toMatchObject({ zip: '0012', big: '12345678901234567890', x: 1.5, b: false, s: "O'Brien" });
    expect(neo4j.isInt(p.n) && String(p.n)).toBe('12');
    expect(String(adHocParams(parseParamFlags(['n:int=-9223372036854775808'])).n)).toBe('-9223372036854775808');
    expect(codeOf(() => adHocParams(parseParamFlags(['n:int=12345678901234567890'])))).toBe('E_USAGE');
    expect(codeOf(() => adHocParams(parseParamFlags(['x:float=abc'])))).toBe('E_USAGE');
  });
});

describe('renderResult', () => {
  const result = { columns: ['name', 'aliases'], rows: [{ name: 'Maroc, "le Royaume"', aliases: ['المغرب', 'a\nb'] }] };

  it('writes JSON rows as they are', async () => {
    expect(JSON.parse(await renderResult(result, 'json'))).toEqual(result.rows);
    expect(JSON.parse(await renderResult({ columns: ['a'], rows: [] }, 'json'))).toEqual([]);
  });

  it('quotes CSV cells, bare CR and LF included, and writes lists as JSON', async () => {
    expect(await renderResult(result, 'csv')).toBe('name,aliases\r\n"Maroc, ""le Royaume""","[""المغرب"",""a\\nb""]"\r\n');
    expect(await renderResult({ columns: ['t'], rows: [{ t: 'a\nb' }, { t: 'c\rd' }] }, 'csv')).toBe('t\r\n"a\nb"\r\n"c\rd"\r\n');
  });

  it('aligns a table and escapes newlines and terminal control characters', async () => {
    const table = (await renderResult(result, 'table')).split('\n');
    expect(table[0]).toMatch(/^name\s+\| aliases$/);
    expect(table[2]).toContain('\\n');
    expect(table.at(-2)).toBe('(1 row)');
    const hostile = await renderResult({ columns: ['t'], rows: [{ t: 'red\u001b[31m\u202eevil' }] }, 'table');
    expect(hostile).toContain('red\\u001b[31m\\u202eevil');
    expect(hostile).not.toMatch(/[\u001b\u202e]/);
  });

  it('prints 200,000 rows in every format', async () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => ({ id: `country:${i}`, n: i }));
    for (const format of ['table', 'json', 'csv'] as const) {
      const text = await renderResult({ columns: ['id', 'n'], rows }, format);
      expect(text.split('\n').length).toBeGreaterThan(200_000);
    }
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
    expect(conf).not.toMatch(/listen_address=0\.0\.0\.0/);
    // Cypher may not reach any address, nor files.
    expect(conf).toContain('internal.dbms.cypher_ip_blocklist=0.0.0.0/0,::/0');
    expect(conf).toContain('dbms.security.allow_csv_import_from_file_urls=false');
    const browser = renderInstanceConf({ dir: '/tmp/x', boltPort: 7699, httpPort: 7499 });
    expect(browser).toContain('server.http.enabled=true');
    expect(browser).toContain('server.http.listen_address=127.0.0.1:7499');
  });

  it('sizes heap and page cache as asked (neo4j start --heap/--pagecache, the benchmark)', () => {
    const conf = renderInstanceConf({ dir: '/tmp/x', boltPort: 7699, memory: { heap: '2g', pagecache: '3g' } });
    expect(conf).toContain('server.memory.heap.initial_size=2g');
    expect(conf).toContain('server.memory.heap.max_size=2g');
    expect(conf).toContain('server.memory.pagecache.size=3g');
  });
});
