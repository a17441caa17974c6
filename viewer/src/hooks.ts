// window.__tafahum: a small read-mostly handle for end-to-end tests and the benchmark, since canvas
// clicks are hard to aim. It calls the same handlers as the UI does.
import type Sigma from 'sigma';
import type { ViewState, Visibility } from './types.js';

export interface TafahumTestHooks {
  ready: boolean;
  loadMs: number;
  /** True when the graph is drawn in the cheap mode (points, thin lines; see appearance/gpu.ts). */
  large: boolean;
  softwareWebGL: boolean;
  /** performance.now() at each loading step (start, graphParsed, graphLoaded, sigmaCreated, uiBuilt), and searchIndexMs once the search index is built. */
  timings: Record<string, number>;
  state(): ViewState;
  visibility(): { nodes: string[]; edges: string[] };
  selectedNode(): string | undefined;
  selectedEdge(): string | undefined;
  clickNode(node: string): void;
  clickEdge(edge: string): void;
  search(query: string): string[];
  /** The shortest path shown, if any. */
  path(): { nodes: string[]; edges: string[] } | undefined;
  sigma: Sigma;
}

declare global {
  interface Window {
    __tafahum?: TafahumTestHooks;
  }
}

export function installHooks(hooks: TafahumTestHooks): void {
  window.__tafahum = hooks;
}

export function listVisibility(visibility: Visibility): { nodes: string[]; edges: string[] } {
  return { nodes: [...visibility.nodes], edges: [...visibility.edges] };
}
