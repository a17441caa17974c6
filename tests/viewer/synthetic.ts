// A synthetic laid-out graph for the viewer's benchmark and end-to-end tests: clustered communities with
// bridges, dated relations, some Arabic names, and optionally a share of isolated nodes. Seeded: always the same.
import { ENTITY_TYPES, RELATION_TYPES } from '../../model/vocabulary.js';
import type { SerializedGraph } from '../../graph/types.js';
import { seededRandom } from '../../model/random.js';

/** Clustered graph with positions already set, like a laid-out news graph: communities plus bridges. */
export function syntheticGraph(nodeCount: number, edgeCount: number, isolatedShare = 0): SerializedGraph {
  const rand = seededRandom(42);
  const clusters = Math.max(1, Math.round(Math.sqrt(nodeCount) / 2));
  const centres = Array.from({ length: clusters }, () => ({ x: rand() * 2000 - 1000, y: rand() * 2000 - 1000 }));
  const nodes: SerializedGraph['nodes'] = [];
  const clusterOf: number[] = [];
  for (let i = 0; i < nodeCount; i++) {
    const cluster = Math.floor(rand() * clusters);
    clusterOf.push(cluster);
    const centre = centres[cluster]!;
    const angle = rand() * Math.PI * 2;
    const radius = Math.sqrt(rand()) * 60;
    nodes.push({
      key: `n${i}`,
      attributes: {
        type: ENTITY_TYPES[i % ENTITY_TYPES.length]!,
        name: i % 7 === 0 ? `كيان ${i}` : `Entity ${i}`,
        aliases: [`Alias ${i}`],
        confidence: 0.5 + rand() / 2,
        docs: [`doc-${i % 500}`],
        mentions: 1,
        x: centre.x + Math.cos(angle) * radius,
        y: centre.y + Math.sin(angle) * radius,
      },
    });
  }
  const edges: SerializedGraph['edges'] = [];
  const byCluster = new Map<number, number[]>();
  clusterOf.forEach((cluster, node) => byCluster.set(cluster, [...(byCluster.get(cluster) ?? []), node]));
  for (let i = 0; i < edgeCount; i++) {
    // The last `isolatedShare` of the nodes get no relation, like most entities of a news graph.
    const linked = Math.max(2, Math.round(nodeCount * (1 - isolatedShare)));
    const source = Math.floor(rand() * linked);
    // 90 % of edges stay inside the source's community.
    const members = byCluster.get(clusterOf[source]!)!;
    let target = rand() < 0.9 ? members[Math.floor(rand() * members.length)]! : Math.floor(rand() * linked);
    if (target >= linked) target = Math.floor(rand() * linked);
    if (target === source) target = (source + 1) % linked;
    const type = RELATION_TYPES[i % RELATION_TYPES.length]!;
    const year = 2015 + Math.floor(rand() * 10);
    edges.push({
      key: `e${i}`,
      source: `n${source}`,
      target: `n${target}`,
      attributes: {
        type,
        docs: [`doc-${i % 500}`],
        evidence: [{ doc: `doc-${i % 500}`, start: 0, end: 20, text: `Evidence sentence ${i}.` }],
        date: `${year}-0${1 + (i % 9)}`,
        datePrecision: 'month',
        confidence: 0.5 + rand() / 2,
        weight: 1,
      },
    });
  }
  return {
    attributes: { generator: 'tafahum synthetic graph', documents: Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`doc-${i}`, { title: `Synthetic article ${i}`, date: `2020-01-${String(1 + (i % 28)).padStart(2, '0')}`, lang: 'en' as const }])) },
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    nodes,
    edges,
  };
}

