// neo4j-admin files read back with csv-parse: header syntax, labels, typed arrays, the command.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NEO4J_ARRAY_DELIMITER, exportGraph, neo4jImportCommand } from '../../../graph/exports/index.js';
import type { KnowledgeGraph } from '../../../graph/io.js';
import { loadFixture, tempDir } from './fixture.js';

type Row = Record<string, string>;
let graph: KnowledgeGraph;
let dir: Awaited<ReturnType<typeof tempDir>>;

beforeAll(async () => {
  graph = await loadFixture();
  dir = await tempDir('neo4j-admin');
});
afterAll(() => dir.remove());

const split = (cell: string | undefined): string[] => (cell ? cell.split(NEO4J_ARRAY_DELIMITER) : []);

async function readRows(path: string): Promise<Row[]> {
  return parse(await readFile(path), { columns: true }) as Row[];
}

describe('neo4j-admin export', () => {
  it('writes node and relationship files in the import header syntax', async () => {
    const result = await exportGraph(graph, {}, { format: 'neo4j-admin', out: dir.path });
    const nodesText = await readFile(join(dir.path, 'nodes.csv'), 'utf8');
    expect(nodesText.split('\n')[0]).toBe(
      'id:ID,:LABEL,name,aliases:string[],confidence:float,docs:string[],mentions:int,titles:string[],country,kind,domain,mergeReasons:string[]',
    );
    const relText = await readFile(join(dir.path, 'relationships.csv'), 'utf8');
    expect(relText.split('\n')[0]).toMatch(/^:START_ID,:END_ID,:TYPE,key,docs:string\[\],/);

    const nodes = await readRows(join(dir.path, 'nodes.csv'));
    expect(nodes).toHaveLength(graph.order);
    for (const row of nodes) {
      const attrs = graph.getNodeAttributes(row['id:ID']!);
      expect(split(row[':LABEL'])).toEqual([attrs.type, 'Entity']);
      expect(row.name).toBe(attrs.name);
      expect(split(row['aliases:string[]'])).toEqual(attrs.aliases);
      expect(Number(row['confidence:float'])).toBe(attrs.confidence);
      expect(split(row['titles:string[]'])).toEqual(attrs.titles ?? []);
    }

    const rels = await readRows(join(dir.path, 'relationships.csv'));
    expect(rels).toHaveLength(graph.size);
    for (const row of rels) {
      const edge = row.key!;
      const attrs = graph.getEdgeAttributes(edge);
      expect(row[':START_ID']).toBe(graph.source(edge));
      expect(row[':END_ID']).toBe(graph.target(edge));
      expect(row[':TYPE']).toBe(attrs.type);
      expect(split(row['docs:string[]'])).toEqual(attrs.docs);
      expect(row.date).toBe(attrs.date ?? '');
      expect(row['dateInherited:boolean']).toBe(attrs.dateInherited === undefined ? '' : String(attrs.dateInherited));
      expect(Number(row['weight:int'])).toBe(attrs.weight);
      expect(split(row['evidenceText:string[]'])).toEqual(attrs.evidence.map((e) => e.text));
      expect(split(row['evidenceStart:int[]']).map(Number)).toEqual(attrs.evidence.map((e) => e.start));
    }

    // Evidence holds newlines, so the command asks for multi-line fields.
    expect(result.command).toContain('--multiline-fields=true');
    expect(result.command).toContain('--array-delimiter=U+001F');
    expect(result.command).toMatch(/^neo4j-admin database import full neo4j --nodes=\//);
  });

  it('drops the multi-line flag when no field spans lines, and shell-quotes odd paths', async () => {
    const out = join(dir.path, "it's here");
    const result = await exportGraph(graph, { relations: ['LOCATED_IN'] }, { format: 'neo4j-admin', out });
    expect(result.command).not.toContain('--multiline-fields');
    expect(result.command).toContain(`'--nodes=${out.replace("'", "'\\''")}/nodes.csv'`);
    expect(neo4jImportCommand('a.csv', 'b.csv', { multiline: false, database: 'graph', neo4jHome: '/opt/neo4j' })).toMatch(
      /^\/opt\/neo4j\/bin\/neo4j-admin database import full graph --nodes=\//,
    );
  });
});
