// The viewer's entry point: loads the graph, creates the sigma renderer and wires state, UI and events.
// State changes flow one way: update(patch) → visibility → URL, controls, panel, sigma.refresh().
import Sigma from 'sigma';
import { downloadAsPNG } from '@sigma/export-image';
import { deriveFacts, fetchGraph } from './data/load.js';
import { computeVisibility } from './state/filter.js';
import { decodeViewState, encodeViewState, resetFilters } from './state/url.js';
import { detectCommunities } from './data/communities.js';
import { curationEnabled } from './curation/client.js';
import { makeReducers } from './appearance/reducers.js';
import { isLargeGraph, isSoftwareWebGL } from './appearance/gpu.js';
import { sigmaSettings } from './appearance/settings.js';
import { changedItems, type DrawnView } from './appearance/refresh.js';
import { drawFocusEdgeLabels } from './appearance/edge-labels.js';
import { buildSearchIndex, type SearchIndex } from './search/index.js';
import { buildFilters } from './ui/filters.js';
import { buildSearchBox } from './ui/search-box.js';
import { buildLayoutControl } from './ui/layout-control.js';
import { renderNodePanel } from './ui/node-panel.js';
import { renderEdgePanel } from './ui/edge-panel.js';
import { renderOverviewPanel } from './ui/overview-panel.js';
import { fitToNodes } from './ui/camera.js';
import { downloadText, edgesCsv, nodesCsv, subgraphGexf } from './export/subgraph.js';
import { installHooks, listVisibility } from './hooks.js';
import { allEvidence } from './data/evidence.js';
import type { EdgeEvidence, ViewState, ViewerGraph } from './types.js';

const FILTER_KEYS: Array<keyof ViewState> = [
  'nodeTypes', 'relationTypes', 'dateFrom', 'dateTo', 'includeUndated', 'country', 'depth', 'doc', 'minConfidence', 'hideIsolated',
  'minDegree', 'community', 'expanded', 'dismissed', 'pinned', 'pathFrom', 'pathTo',
];

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} is missing from index.html`);
  return element as T;
}

async function main(): Promise<void> {
  const started = performance.now();
  const status = byId('status');
  // Milliseconds since navigation at each loading step, for the benchmark.
  const timings: Record<string, number> = { start: started };
  const graph = await fetchGraph(undefined, () => (timings.graphParsed = performance.now()));
  timings.graphLoaded = performance.now();
  const facts = deriveFacts(graph);
  timings.factsDerived = performance.now();
  const canCurate = await curationEnabled();
  let state = decodeViewState(location.search, graph.order);
  if (state.community !== undefined) facts.communities = detectCommunities(graph);
  if (state.selectedNode && !graph.hasNode(state.selectedNode)) state.selectedNode = undefined;
  if (state.selectedEdge && !graph.hasEdge(state.selectedEdge)) state.selectedEdge = undefined;
  let visibility = computeVisibility(graph, facts, state);
  timings.filtered = performance.now();
  let hoveredNode: string | undefined;
  let hoveredEdge: string | undefined;

  // Past this size, full re-reductions on hover and edge picking cost more than they give.
  const large = isLargeGraph(graph.order, graph.size);
  const reducers = makeReducers({
    large,
    graph,
    facts,
    state: () => state,
    visibility: () => visibility,
    hoveredNode: () => hoveredNode,
    hoveredEdge: () => hoveredEdge,
  });
  const sigma = new Sigma(graph, byId('graph'), { ...reducers, ...sigmaSettings(graph.order, large, state.labelDensity) });
  // What sigma last drew from: a large graph redraws only what changed since (appearance/refresh.ts).
  const drawnView = (): DrawnView => ({ visibility, selectedNode: state.selectedNode, selectedEdge: state.selectedEdge, caption: state.caption });
  let drawn = drawnView();
  if (large) drawFocusEdgeLabels(sigma, () => focusEdges(graph, state));

  timings.sigmaCreated = performance.now();
  const panel = byId('panel');
  const counts = byId('counts');
  const actions = {
    selectNode: (node: string) => select(node, undefined),
    selectEdge: (edge: string) => select(undefined, edge),
    state: () => state,
    update: (patch: Partial<ViewState>) => update(patch),
    canCurate,
    // The server has applied the decision to the graph it serves: reload it, keeping the view's URL.
    curated: () => location.reload(),
  };

  const renderPanel = () => {
    if (state.selectedEdge && graph.hasEdge(state.selectedEdge)) renderEdgePanel(panel, graph, state.selectedEdge, actions);
    else if (state.selectedNode && graph.hasNode(state.selectedNode)) renderNodePanel(panel, graph, state.selectedNode, visibility, actions);
    else renderOverviewPanel(panel, graph, facts, visibility, actions);
    panel.dataset.kind = state.selectedEdge ? 'edge' : state.selectedNode ? 'node' : 'none';
  };

  const filters = buildFilters(byId('filters'), graph, facts, () => state, {
    update: (patch) => update(patch),
    reset: () => {
      update(resetFilters(graph.order));
      fitToNodes(sigma as unknown as Sigma, visibility.nodes);
    },
    detectCommunities: () => {
      facts.communities ??= detectCommunities(graph);
      return new Set(facts.communities.values()).size;
    },
  });

  function update(patch: Partial<ViewState>, redraw = true): void {
    const next = { ...state, ...patch };
    const filtersChanged = FILTER_KEYS.some((key) => JSON.stringify(next[key]) !== JSON.stringify(state[key]));
    state = next;
    if (filtersChanged) visibility = computeVisibility(graph, facts, state);
    if (patch.pinned) syncPinned(graph, state.pinned);
    const query = encodeViewState(state, graph.order);
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
    filters.sync(state, visibility);
    counts.textContent = `${visibility.nodes.size} / ${graph.order} nodes · ${visibility.edges.size} / ${graph.size} relations`;
    renderPanel();
    if (sigma.getSetting('labelDensity') !== state.labelDensity) sigma.setSetting('labelDensity', state.labelDensity);
    if (redraw) {
      const now = drawnView();
      // Past a quarter of the items, one full pass costs no more than item-by-item updates.
      const items = large ? changedItems(graph, drawn, now, (graph.order + graph.size) / 4) : undefined;
      // Nodes shown again this way get no label from sigma's label grid until the next full refresh. The
      // drawing waits for the next frame: a selection's camera glide has begun by then, so that frame leaves
      // the 100,000 edges out (hidden while moving) instead of drawing them once more before the glide.
      if (items) sigma.refresh({ partialGraph: items, skipIndexation: true, schedule: true });
      else sigma.refresh({ skipIndexation: !filtersChanged });
      drawn = now;
    }
    // A country network or a document is a small part of the graph: bring it into view.
    const reframe = patch.country !== undefined || patch.doc !== undefined || patch.depth !== undefined || patch.community !== undefined;
    if (redraw && reframe && (state.country || state.doc || state.community !== undefined)) fitToNodes(sigma as unknown as Sigma, visibility.nodes);
    if (redraw && (patch.pathFrom !== undefined || patch.pathTo !== undefined) && visibility.path?.nodes.length) fitToNodes(sigma as unknown as Sigma, visibility.path.nodes);
  }

  function select(node: string | undefined, edge: string | undefined): void {
    // A node hidden by the filters (isolated, filtered type…) is shown with its neighbours when chosen.
    const reveal = node && !visibility.nodes.has(node) && !state.dismissed.includes(node) ? { expanded: [...state.expanded, node] } : {};
    update({ selectedNode: node, selectedEdge: edge, ...reveal });
    // Bring the choice into view: the node, or the middle of the relation's two ends.
    const ends = node ? [node] : edge ? [graph.source(edge), graph.target(edge)] : [];
    const shown = ends.map((n) => sigma.getNodeDisplayData(n)).filter((d) => d !== undefined);
    if (shown.length === 0) return;
    const x = shown.reduce((sum, d) => sum + d.x, 0) / shown.length;
    const y = shown.reduce((sum, d) => sum + d.y, 0) / shown.length;
    const span = shown.length > 1 ? Math.max(...shown.map((d) => Math.abs(d.x - x)), ...shown.map((d) => Math.abs(d.y - y))) * 3 : 0;
    const ratio = Math.min(sigma.getCamera().ratio, graph.order > 200 ? 0.5 : 1, Math.max(span, 0.05));
    void sigma.getCamera().animate({ x, y, ratio: shown.length > 1 ? Math.max(ratio, span) : ratio }, { duration: 400 });
  }

  sigma.on('clickNode', ({ node }) => select(node, undefined));
  sigma.on('clickEdge', ({ edge }) => select(undefined, edge));
  sigma.on('clickStage', () => select(undefined, undefined));
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && document.activeElement?.id !== 'search') select(undefined, undefined);
  });
  const hover = (node: string | undefined, edge: string | undefined) => {
    hoveredNode = node;
    hoveredEdge = edge;
    byId('graph').classList.toggle('pointer', Boolean(node ?? edge));
    // Large graphs: nothing is dimmed, and sigma draws the hovered node on its own hover layer without
    // redrawing the graph (100,000 edges cost a software GPU a quarter of a second).
    if (!large) sigma.refresh({ skipIndexation: true });
  };
  sigma.on('enterNode', ({ node }) => hover(node, undefined));
  sigma.on('leaveNode', () => hover(undefined, undefined));
  sigma.on('enterEdge', ({ edge }) => hover(undefined, edge));
  sigma.on('leaveEdge', () => hover(undefined, undefined));

  timings.uiBuilt = performance.now();
  // The search index is built once the first frame is on screen (or at the first search, if sooner).
  let built: SearchIndex | undefined;
  const searchIndex = (): SearchIndex => {
    if (built) return built;
    const begin = performance.now();
    built = buildSearchIndex(graph, facts.degree);
    timings.searchIndexMs = performance.now() - begin;
    return built;
  };
  const index: SearchIndex = { search: (query, limit) => searchIndex().search(query, limit) };
  // When the page is idle: a fixed delay could fall before the first frame is on screen and hold it back.
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => searchIndex(), { timeout: 3_000 });
  else setTimeout(searchIndex, 200);
  buildSearchBox(byId('search'), byId('search-results'), graph, index, (node) => select(node, undefined));
  buildLayoutControl(byId('layout-toggle'), graph, byId('filters'));
  syncPinned(graph, state.pinned);

  byId('export-png').addEventListener('click', () => void downloadAsPNG(sigma as unknown as Sigma, { fileName: 'tafahum-view', backgroundColor: '#ffffff' }));
  byId('export-nodes').addEventListener('click', () => downloadText('tafahum-nodes.csv', 'text/csv', nodesCsv(graph, visibility)));
  // Relations are exported with their evidence sentences, which the view payload leaves on the server.
  const exportWithEvidence = (write: (evidence: Map<string, EdgeEvidence[]>) => void) => {
    allEvidence().then(write, (error: unknown) => {
      status.hidden = false;
      status.textContent = `The export failed: ${error instanceof Error ? error.message : String(error)}`;
    });
  };
  byId('export-edges').addEventListener('click', () => exportWithEvidence((evidence) => downloadText('tafahum-relations.csv', 'text/csv', edgesCsv(graph, visibility, evidence))));
  byId('export-gexf').addEventListener('click', () => exportWithEvidence((evidence) => downloadText('tafahum-graph.gexf', 'application/xml', subgraphGexf(graph, facts, visibility, evidence))));
  byId('zoom-reset').addEventListener('click', () => fitToNodes(sigma as unknown as Sigma, visibility.nodes, 300));

  update({}, false); // sigma has just drawn this state: no second pass over every item
  if (state.country || state.doc) fitToNodes(sigma as unknown as Sigma, visibility.nodes, 0);
  status.hidden = true;
  document.body.dataset.ready = 'true';
  installHooks({
    ready: true,
    loadMs: performance.now() - started,
    large,
    softwareWebGL: isSoftwareWebGL(),
    timings,
    state: () => state,
    visibility: () => listVisibility(visibility),
    selectedNode: () => state.selectedNode,
    selectedEdge: () => state.selectedEdge,
    clickNode: (node) => select(node, undefined),
    clickEdge: (edge) => select(undefined, edge),
    search: (query) => index.search(query).map((hit) => hit.node),
    path: () => visibility.path,
    sigma: sigma as unknown as Sigma,
  });
}

/** The relations whose labels a large graph draws: the selected one, or those of the selected node. */
const FOCUS_EDGE_LABELS = 100;
function focusEdges(graph: ViewerGraph, state: ViewState): string[] {
  if (state.selectedEdge && graph.hasEdge(state.selectedEdge)) return [state.selectedEdge];
  if (state.selectedNode && graph.hasNode(state.selectedNode)) return graph.edges(state.selectedNode).slice(0, FOCUS_EDGE_LABELS);
  return [];
}

/** Pinned nodes stay where they are while ForceAtlas2 runs (its worker reads the `fixed` attribute). */
function syncPinned(graph: ViewerGraph, pinned: string[]): void {
  const set = new Set(pinned);
  graph.forEachNode((node, attrs) => {
    const fixed = set.has(node);
    if (Boolean(attrs.fixed) !== fixed) graph.setNodeAttribute(node, 'fixed', fixed);
  });
}

main().catch((error: unknown) => {
  const status = document.getElementById('status');
  if (status) {
    status.hidden = false;
    status.textContent = `The graph could not be shown: ${error instanceof Error ? error.message : String(error)}`;
    status.classList.add('error');
  }
});
