// A small hand-made graph.json for the viewer tests: Morocco under three spellings, dated relations,
// a hostile entity name and a hostile document URL.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EdgeAttributes, NodeAttributes, SerializedGraph } from '../../graph/types.js';

export const HOSTILE_NAME = '<img src=x onerror=alert(1)>';
export const SIGNED_EDGE = 'SIGNED|country:MA|country:SA';
export const SIGNED_SENTENCE = 'Le Maroc et l’Arabie saoudite ont paraphé hier à Riyad un accord sur les énergies propres.';

function node(key: string, attributes: Partial<NodeAttributes> & Pick<NodeAttributes, 'type' | 'name'>) {
  return { key, attributes: { aliases: [], confidence: 0.9, docs: ['doc-fr'], mentions: 1, ...attributes } as NodeAttributes };
}

function edge(type: EdgeAttributes['type'], source: string, target: string, text: string, extra: Partial<EdgeAttributes> = {}) {
  const doc = extra.docs?.[0] ?? 'doc-fr';
  return {
    key: `${type}|${source}|${target}`,
    source,
    target,
    attributes: { type, docs: [doc], evidence: [{ doc, start: 0, end: text.length, text }], confidence: 0.8, weight: 1, ...extra } as EdgeAttributes,
  };
}

export function fixtureGraph(): SerializedGraph {
  return {
    attributes: {
      generator: 'tafahum viewer test fixture',
      documents: {
        'doc-fr': { title: 'Accord maroco-saoudien sur l’énergie', date: '2024-12-16', lang: 'fr', url: 'https://example.org/accord' },
        'doc-ar': { title: 'لقاء وزاري في الرباط', date: '2023-05-02', lang: 'ar', url: 'javascript:alert(3)' },
        'doc-en': { title: 'Partnership news', date: '2019-06-01', lang: 'en' },
      },
    },
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    nodes: [
      node('country:MA', { type: 'Country', name: 'Morocco', aliases: ['Maroc', 'المغرب', 'المملكة المغربية'], country: 'MA', docs: ['doc-fr', 'doc-ar', 'doc-en'] }),
      node('country:SA', { type: 'Country', name: 'Saudi Arabia', aliases: ['Arabie saoudite', 'السعودية'], country: 'SA' }),
      node('country:FR', { type: 'Country', name: 'France', aliases: ['فرنسا'], country: 'FR', docs: ['doc-en'] }),
      node('person:nadia-amrani', { type: 'Person', name: 'Nadia Amrani', aliases: ['نادية العمراني'], titles: ['ministre de l’Industrie'], docs: ['doc-ar'], mergeReasons: ['same name in Latin and Arabic script (transliteration)'] }),
      node('person:omar-zahid', { type: 'Person', name: 'عمر الزاهد', aliases: ['Omar Zahid'], docs: ['doc-ar'] }),
      node('org:unido', { type: 'Organization', name: 'UNIDO', aliases: ['ONUDI', 'منظمة الأمم المتحدة للتنمية الصناعية'] }),
      node('org:hostile', { type: 'Organization', name: HOSTILE_NAME, aliases: ['<script>alert(2)</script>'], confidence: 0.6 }),
      node('event:green-forum', { type: 'Event', name: 'Forum vert de Rabat', docs: ['doc-en'] }),
      node('loc:rabat', { type: 'Location', name: 'الرباط', aliases: ['Rabat'], country: 'MA' }),
      node('loc:lonely', { type: 'Location', name: 'Ifrane', aliases: [] }),
    ],
    edges: [
      edge('SIGNED', 'country:MA', 'country:SA', SIGNED_SENTENCE, { date: '2024-12-16', datePrecision: 'day', status: 'done', confidence: 0.95 }),
      edge('MET', 'person:nadia-amrani', 'person:omar-zahid', 'استقبلت نادية العمراني أمس عمر الزاهد في الرباط لبحث التعاون الصناعي.', { date: '2023-05', datePrecision: 'month', status: 'done', docs: ['doc-ar'] }),
      edge('PARTNERED', 'country:FR', 'country:MA', 'France and Morocco agreed to deepen their partnership on water.', { date: '2019', datePrecision: 'year', status: 'planned', docs: ['doc-en'] }),
      edge('AFFILIATED_WITH', 'person:nadia-amrani', 'country:MA', 'نادية العمراني، وزيرة الصناعة في المغرب، أكدت ذلك.', { title: 'ministre de l’Industrie', date: '2023-05-02', datePrecision: 'day', docs: ['doc-ar'] }),
      edge('MEMBER_OF', 'country:MA', 'org:unido', 'Le Maroc est membre de l’ONUDI depuis longtemps.', { confidence: 0.7 }),
      edge('PARTICIPATED_IN', 'country:MA', 'event:green-forum', 'Morocco took part in the Forum vert de Rabat.', { date: '2022-03-10', datePrecision: 'day', docs: ['doc-en'] }),
      edge('LOCATED_IN', 'event:green-forum', 'loc:rabat', 'The Forum vert de Rabat was held in Rabat.', { docs: ['doc-en'], confidence: 0.5 }),
      edge('PARTNERED', 'org:hostile', 'country:MA', `${HOSTILE_NAME} partnered with Morocco <script>alert(4)</script>.`, { date: '2021-01', datePrecision: 'month' }),
    ],
  };
}

/** Writes the fixture as <tmp>/graph.json and returns the directory. */
export async function writeFixtureOutDir(graph: SerializedGraph = fixtureGraph()): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tafahum-viewer-'));
  await writeFile(join(dir, 'graph.json'), JSON.stringify(graph));
  return dir;
}
