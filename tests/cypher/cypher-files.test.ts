// Checks of the .cypher text without a database: every statement is parameterised, nothing
// is templated, schema is idempotent, and the per-type relation files are one template.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RELATION_TYPES } from '../../model/types.js';
import { LOAD_DIR, QUERIES_DIR, SCHEMA_FILE, relationFile, splitStatements } from '../../cypher/files.js';
import { RELATION_COLUMNS } from '../../cypher/rows.js';

async function cypherFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await cypherFiles(path)));
    else if (entry.name.endsWith('.cypher')) out.push(path);
  }
  return out.sort();
}

const code = (text: string): string => splitStatements(text).join(';\n');

/** Markers of text built by string substitution (JS templates, mustache, printf, concatenated quotes). */
const INTERPOLATION = [/\$\{/, /\{\{/, /%s/, /<%/, /'\s*\+\s*\w+\s*\+\s*'/];

describe('cypher files', () => {
  it('has no interpolation markers anywhere', async () => {
    const files = [SCHEMA_FILE, ...(await cypherFiles(LOAD_DIR)), ...(await cypherFiles(QUERIES_DIR))];
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const text = code(await readFile(file, 'utf8'));
      for (const marker of INTERPOLATION) expect(marker.test(text), `${file} matches ${marker}`).toBe(false);
    }
  });

  it('loads in batches from a single $rows parameter', async () => {
    const files = await cypherFiles(LOAD_DIR);
    expect(files.length).toBe(3 + 2 * RELATION_TYPES.length);
    for (const file of files) {
      const statements = splitStatements(await readFile(file, 'utf8'));
      expect(statements, file).toHaveLength(1);
      expect(statements[0], file).toMatch(/^UNWIND \$rows AS row\b/);
      // Only $rows (and the dataset tag) come from outside; every value is read from `row`.
      expect(new Set(statements[0]!.match(/\$\w+/g)), file).toEqual(new Set(['$rows', '$dataset']));
      // Only the first-load files of relation types CREATE; everything else MERGEs.
      if (file.includes('new-relations')) expect(statements[0], file).not.toMatch(/\bMERGE\b/);
      else expect(statements[0], file).toMatch(/\bMERGE\b/);
      if (!file.includes('new-relations')) expect(statements[0], file).not.toMatch(/\bCREATE\s*\(/);
    }
  });

  it('writes the same properties on a new edge whether it is CREATEd (first load) or MERGEd', async () => {
    const props = (text: string, after: RegExp): string => {
      const start = text.search(after);
      const open = text.indexOf('{', start);
      return text.slice(open, text.indexOf('}', open) + 1);
    };
    for (const type of RELATION_TYPES) {
      const merge = code(await readFile(relationFile(type), 'utf8'));
      const create = code(await readFile(relationFile(type, 'create'), 'utf8'));
      expect(create, type).toContain(`CREATE (a)-[r:${type}]->(b)`);
      expect(props(create, /\nSET r = /), type).toBe(props(merge, /ON CREATE SET r \+= /));
      expect(props(create, /\nSET r = /).length, type).toBeGreaterThan(100);
    }
  });

  it('reads relation rows in the column order the loader sends them', async () => {
    for (const mode of ['merge', 'create'] as const) {
      const text = await readFile(relationFile('SIGNED', mode), 'utf8');
      const header = /\$rows: one list per edge, \[([^\]]+)\]/.exec(text.replace(/\n\/\/ /g, ' '));
      expect(header?.[1]!.split(/,\s*/), mode).toEqual([...RELATION_COLUMNS]);
      const statement = code(text);
      // Every column is read, by position, and nothing is read by name.
      for (const [i] of RELATION_COLUMNS.entries()) expect(statement, `${mode} row[${i}]`).toContain(`row[${i}]`);
      expect(statement).not.toMatch(/row\[(1[2-9]|[2-9]\d)\]|\brow\.\w/);
      // Each property of a new edge takes the column of its name.
      for (const [i, column] of RELATION_COLUMNS.entries()) {
        if (i > 1) expect(statement, `${mode} ${column}`).toMatch(new RegExp(`${column}: (toInteger\\()?(CASE WHEN size\\(row\\[${i}\\]\\) > 0 THEN )?row\\[${i}\\]`));
      }
    }
  });

  it('keeps one relation file per type, all copies of the same template', async () => {
    for (const mode of ['merge', 'create'] as const) {
      const template = await readFile(relationFile('SIGNED', mode), 'utf8');
      for (const type of RELATION_TYPES) {
        const text = await readFile(relationFile(type, mode), 'utf8');
        expect(text.replaceAll(type, 'SIGNED'), `${mode} ${type}`).toBe(template);
        expect(text).toContain(mode === 'merge' ? `MERGE (a)-[r:${type}]->(b)` : `CREATE (a)-[r:${type}]->(b)`);
      }
    }
    expect(() => relationFile('DROP' as never)).toThrow(/unknown relation type/);
  });

  it('makes every schema statement idempotent', async () => {
    const statements = splitStatements(await readFile(SCHEMA_FILE, 'utf8'));
    expect(statements.length).toBeGreaterThanOrEqual(8);
    for (const statement of statements) expect(statement).toMatch(/^(CREATE (CONSTRAINT|INDEX) \w+ IF NOT EXISTS |DROP INDEX \w+ IF EXISTS$)/);
    for (const label of ['Entity', 'Country', 'Person', 'Organization', 'Event', 'Location', 'Agreement', 'Document']) {
      expect(statements.join('\n')).toMatch(new RegExp(`FOR \\(\\w:${label}\\) REQUIRE \\w\\.id IS UNIQUE`));
    }
  });
});

describe('splitStatements', () => {
  it('drops comment lines and splits on a semicolon that ends a line', () => {
    expect(splitStatements('// head\nMATCH (n)\nRETURN n;\n// between\nRETURN 1;\n')).toEqual(['MATCH (n)\nRETURN n', 'RETURN 1']);
    expect(splitStatements("RETURN 'a;b' AS x")).toEqual(["RETURN 'a;b' AS x"]);
  });
});
