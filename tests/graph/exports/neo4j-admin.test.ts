// neo4j-admin files read back with csv-parse: header syntax, labels, typed arrays, the command.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NEO4J_ARRAY_DELIMITER, exportGraph, neo4jImportCommand } from '../../../graph/exports/index.js';
import type { KnowledgeGraph } from '../../../graph/io.js';
import { edgeKey } from '../../../graph/types.js';
import type { RelationType } from '../../../model/types.js';
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
      'id:ID(Entity),:LABEL,type,name,aliases:string[],confidence:float,docs:string[],mentions:int,titles:string[],country,kind,domain,mergeReasons:string[]',
    );
    const relText = await readFile(join(dir.path, 'relationships.csv'), 'utf8');
    expect(relText.split('\n')[0]).toMatch(/^:START_ID\(Entity\),:END_ID\(Entity\),:TYPE,docs:string\[\],/);

    const nodes = await readRows(join(dir.path, 'nodes.csv'));
    expect(nodes).toHaveLength(graph.order);
    for (const row of nodes) {
      const attrs = graph.getNodeAttributes(row['id:ID(Entity)']!);
      expect(split(row[':LABEL'])).toEqual([attrs.type, 'Entity']);
      expect(row.type).toBe(attrs.type);
      expect(row.name).toBe(attrs.name);
      expect(split(row['aliases:string[]'])).toEqual(attrs.aliases);
      expect(Number(row['confidence:float'])).toBe(attrs.confidence);
      expect(split(row['titles:string[]'])).toEqual(attrs.titles ?? []);
    }

    const rels = await readRows(join(dir.path, 'relationships.csv'));
    expect(rels).toHaveLength(graph.size);
    expect(new Set(rels.map((row) => `${row[':TYPE']}|${row[':START_ID(Entity)']}|${row[':END_ID(Entity)']}`)).size).toBe(graph.size);
    for (const row of rels) {
      const edge = edgeKey(row[':TYPE'] as RelationType, row[':START_ID(Entity)']!, row[':END_ID(Entity)']!);
      const attrs = graph.getEdgeAttributes(edge);
      expect(row[':START_ID(Entity)']).toBe(graph.source(edge));
      expect(row[':END_ID(Entity)']).toBe(graph.target(edge));
      expect(row[':TYPE']).toBe(attrs.type);
      expect(split(row['docs:string[]'])).toEqual(attrs.docs);
      expect(row.date).toBe(attrs.date ?? '');
      expect(row['dateInherited:boolean']).toBe(attrs.dateInherited === undefined ? '' : String(attrs.dateInherited));
      expect(Number(row['weight:int'])).toBe(attrs.weight);
      // As cypher/load stores it: `doc|start|end` U+001E sentence, one item per sentence.
      expect(split(row['evidence:string[]'])).toEqual(attrs.evidence.map((e) => `${e.doc}|${e.start}|${e.end}\u001e${e.text}`));
    }

    // Documents mentioned by the entities, with their metadata, and one MENTIONS per (document, entity).
    const documents = await readRows(join(dir.path, 'documents.csv'));
    expect(documents.map((row) => row['id:ID(Document)']).sort()).toEqual(['d1.txt', 'd2.txt', 'd3.txt', 'd4.txt']);
    expect(documents.find((row) => row['id:ID(Document)'] === 'd1.txt')).toMatchObject({ ':LABEL': 'Document', lang: 'ar' });
    const mentions = await readRows(join(dir.path, 'mentions.csv'));
    const expected = graph.reduceNodes((sum, _node, attrs) => sum + attrs.docs.length, 0);
    expect(mentions).toHaveLength(expected);
    expect(mentions[0]).toEqual({ ':START_ID(Document)': 'd1.txt', ':END_ID(Entity)': 'country:MA', ':TYPE': 'MENTIONS' });
    expect(result.files.map((file) => [file.kind, file.rows])).toEqual([
      ['nodes', graph.order],
      ['relationships', graph.size],
      ['documents', 4],
      ['mentions', expected],
    ]);

    // Evidence holds newlines, so the command asks for multi-line fields.
    expect(result.command).toContain('--multiline-fields=true');
    expect(result.command).toContain('--array-delimiter=U+001F');
    expect(result.command).toMatch(/^neo4j-admin database import full neo4j --nodes=\/\S+\/nodes.csv --nodes=\/\S+\/documents.csv --relationships=/);
  });

  it('drops the multi-line flag when no field spans lines, and shell-quotes odd paths', async () => {
    const out = join(dir.path, "it's here");
    const result = await exportGraph(graph, { relations: ['LOCATED_IN'] }, { format: 'neo4j-admin', out });
    expect(result.command).not.toContain('--multiline-fields');
    expect(result.command).toContain(`'--nodes=${out.replace("'", "'\\''")}/nodes.csv'`);
    const files = { nodes: ['a.csv'], relationships: ['b.csv'] };
    expect(neo4jImportCommand(files, { multiline: false, database: 'graph', neo4jHome: '/opt/neo4j' })).toMatch(
      /^\/opt\/neo4j\/bin\/neo4j-admin database import full graph --nodes=\//,
    );
  });
});
