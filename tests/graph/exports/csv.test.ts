// csv round trip: relationships.csv and nodes.csv read back with csv-parse give the graph's values.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dedupeAliases } from '../../../graph/aliases.js';
import { exportGraph } from '../../../graph/exports/index.js';
import { CSV_ARRAY_SEPARATOR, defuseFormula } from '../../../graph/exports/csv.js';
import type { KnowledgeGraph } from '../../../graph/io.js';
import { loadFixture, tempDir } from './fixture.js';

type Row = Record<string, string>;
let graph: KnowledgeGraph;
let dir: Awaited<ReturnType<typeof tempDir>>;

beforeAll(async () => {
  graph = await loadFixture();
  dir = await tempDir('csv');
});
afterAll(() => dir.remove());

async function readRows(path: string): Promise<Row[]> {
  return parse(await readFile(path), { columns: true, bom: true }) as Row[];
}

describe('csv export', () => {
  it('writes one row per relation with the graph values, quotes and newlines intact', async () => {
    const out = join(dir.path, 'plain');
    const result = await exportGraph(graph, {}, { format: 'csv', out });
    expect(result.files.map((file) => file.rows)).toEqual([graph.size, graph.order, 4]);
    const text = await readFile(join(out, 'relationships.csv'), 'utf8');
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(text.split('\r\n')[0]).toMatch(/^source_id,source_name,source_type,relation,target_id,/);
    const rows = await readRows(join(out, 'relationships.csv'));
    expect(rows).toHaveLength(graph.size);
    for (const row of rows) {
      const edge = row.relation_id!;
      const attrs = graph.getEdgeAttributes(edge);
      expect(row.source_id).toBe(graph.source(edge));
      expect(row.target_id).toBe(graph.target(edge));
      expect(row.source_name).toBe(graph.getNodeAttribute(graph.source(edge), 'name'));
      expect(row.target_type).toBe(graph.getNodeAttribute(graph.target(edge), 'type'));
      expect(row.relation).toBe(attrs.type);
      expect(row.date).toBe(attrs.date ?? '');
      expect(row.date_precision).toBe(attrs.datePrecision ?? '');
      expect(row.date_inherited).toBe(attrs.dateInherited === undefined ? '' : String(attrs.dateInherited));
      expect(row.status).toBe(attrs.status ?? '');
      expect(row.title).toBe(attrs.title ?? '');
      expect(Number(row.confidence)).toBe(attrs.confidence);
      expect(Number(row.doc_count)).toBe(attrs.docs.length);
      expect(row.doc_ids!.split(CSV_ARRAY_SEPARATOR)).toEqual(attrs.docs);
      expect(row.first_evidence).toBe(attrs.evidence[0]!.text);
    }
    const arabic = rows.find((row) => row.relation === 'SIGNED')!;
    expect(arabic.first_evidence).toContain('مذكرة "تفاهم"');
    const crlf = rows.find((row) => row.relation_id === 'MET|country:MA|country:SA')!;
    expect(crlf.first_evidence).toBe('Talks held,\r\nwith a tab\there and a line sep\u2028end.');
  });

  it('writes the nodes file with aliases, country and degree in the exported graph', async () => {
    const out = join(dir.path, 'nodes');
    await exportGraph(graph, {}, { format: 'csv', out });
    const rows = await readRows(join(out, 'nodes.csv'));
    expect(rows.map((row) => row.id)).toEqual(graph.nodes());
    for (const row of rows) {
      const attrs = graph.getNodeAttributes(row.id!);
      expect(row.type).toBe(attrs.type);
      expect(row.name).toBe(attrs.name);
      // "France" is the name itself, so not an alias.
      expect(row.aliases!.split(CSV_ARRAY_SEPARATOR)).toEqual(dedupeAliases(attrs.name, attrs.aliases));
      expect(row.country).toBe(attrs.country ?? '');
      expect(Number(row.degree)).toBe(graph.degree(row.id!));
    }
    expect(rows.find((row) => row.id === 'agreement:mou-1')!.name).toBe("Mémorandum d'entente\nsur l'énergie");
  });

  it('--excel adds a UTF-8 BOM and defuses formula-like cells', async () => {
    const out = join(dir.path, 'excel');
    await exportGraph(graph, {}, { format: 'csv', out, excel: true });
    const bytes = await readFile(join(out, 'nodes.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const nodes = await readRows(join(out, 'nodes.csv'));
    // Only a cell's first character makes it a formula: this joined alias cell starts in Arabic.
    expect(nodes.find((row) => row.id === 'person:karim-a')!.aliases).toBe('كريم العلوي|=HYPERLINK("http://x")');
    const rows = await readRows(join(out, 'relationships.csv'));
    expect(rows.find((row) => row.relation === 'AFFILIATED_WITH')!.first_evidence).toBe(`'=1+1 Karim Alaoui, ministre`);
    expect(defuseFormula('-2')).toBe(`'-2`);
    expect(defuseFormula('Rabat')).toBe('Rabat');
  });

  it('exports the filtered subgraph and recomputes degrees there', async () => {
    const out = join(dir.path, 'filtered');
    const result = await exportGraph(graph, { relations: ['SIGNED'] }, { format: 'csv', out });
    expect(result.relationships).toBe(1);
    const nodes = await readRows(join(out, 'nodes.csv'));
    expect(nodes.map((row) => [row.id, row.degree])).toEqual([
      ['country:MA', '1'],
      ['country:SA', '1'],
    ]);
  });

  it('refuses an --out that is a file, naming the option', async () => {
    const out = join(dir.path, 'plain', 'nodes.csv');
    await expect(exportGraph(graph, {}, { format: 'csv', out })).rejects.toMatchObject({ code: 'E_USAGE', message: expect.stringContaining('--out') });
    await expect(exportGraph(graph, {}, { format: 'gexf', out: join(dir.path, 'x.gexf'), excel: true })).rejects.toMatchObject({
      code: 'E_USAGE',
      message: expect.stringContaining('--excel'),
    });
  });
});
