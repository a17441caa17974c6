// Saved queries without a database: at least ten, each with a purpose, parameters declared in
// the header exactly as used in the statement, read-only text, sensible defaults.
import { describe, expect, it } from 'vitest';
import { TafahumError } from '../../model/errors.js';
import { listSavedQueries, parseSavedQuery } from '../../cypher/saved.js';
import { convertParam } from '../../cypher/params.js';

describe('saved queries', () => {
  it('offers at least ten documented, parameterised, read-only queries', async () => {
    const queries = await listSavedQueries();
    expect(queries.length).toBeGreaterThanOrEqual(10);
    for (const q of queries) {
      expect(q.purpose.length, q.name).toBeGreaterThan(20);
      // $dataset is given by the CLI itself (query --dataset), never declared.
      const used = new Set([...q.text.matchAll(/\$(\w+)/g)].map((m) => m[1]).filter((name) => name !== 'dataset'));
      expect(new Set(q.params.map((p) => p.name)), q.name).toEqual(used);
      for (const p of q.params) {
        expect(p.description.length, `${q.name} $${p.name}`).toBeGreaterThan(3);
        if (p.default !== undefined) expect(() => convertParam(p.name, p.default!, p.type), `${q.name} $${p.name}`).not.toThrow();
      }
      expect(q.text, q.name).not.toMatch(/\b(CREATE|MERGE|DELETE|DETACH|SET|REMOVE|DROP|LOAD CSV)\b/);
    }
  });

  it('has the analyst queries the issue lists', async () => {
    const names = (await listSavedQueries()).map((q) => q.name);
    for (const name of [
      'country-agreements', 'country-partners', 'ministers-who-met', 'country-representatives', 'shortest-path',
      'country-organizations', 'event-participants', 'edge-evidence', 'relations-since', 'co-mentioned',
    ]) {
      expect(names).toContain(name);
    }
  });

  it('reads the header: purpose, typed parameters, quoted and bare defaults', () => {
    const q = parseSavedQuery(
      'x',
      'x.cypher',
      '// Finds things.\n// Over two lines.\n// @param name string the name\n// @param limit int = 5 how many\n// @param type string = "" a type\nMATCH (n) WHERE n.name = $name AND ($type = \'\' OR n.type = $type) RETURN n LIMIT $limit;\n',
    );
    expect(q.purpose).toBe('Finds things. Over two lines.');
    expect(q.params).toEqual([
      { name: 'name', type: 'string', description: 'the name' },
      { name: 'limit', type: 'int', description: 'how many', default: '5' },
      { name: 'type', type: 'string', description: 'a type', default: '' },
    ]);
    expect(q.text.startsWith('MATCH (n)')).toBe(true);
  });

  it('rejects a malformed @ line with E_FORMAT', () => {
    try {
      parseSavedQuery('x', 'x.cypher', '// @parm name string oops\nRETURN 1;');
      expect.unreachable();
    } catch (error) {
      expect((error as TafahumError).code).toBe('E_FORMAT');
    }
  });
});
