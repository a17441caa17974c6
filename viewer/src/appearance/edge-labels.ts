// Relation labels of a large graph. Sigma's own edge labels look at every edge on every frame to find the few
// that carry a label (100,000 edges: the largest cost of a frame while panning); a large graph turns them off
// and draws here, after each render, only the labels of the relations in focus, on sigma's edge-label canvas.
import type Sigma from 'sigma';
import { drawStraightEdgeLabel } from 'sigma/rendering';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../types.js';

type ViewerSigma = Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** Draws the labels of `edges()` (those sigma shows and the reducer labelled) after every render of `sigma`. */
export function drawFocusEdgeLabels(sigma: ViewerSigma, edges: () => string[]): void {
  const context = sigma.getCanvases().edgeLabels?.getContext('2d');
  if (!context) return;
  const graph = sigma.getGraph();
  sigma.on('afterRender', () => {
    const list = edges();
    if (list.length === 0) return;
    const settings = sigma.getSettings();
    for (const edge of list) {
      const data = sigma.getEdgeDisplayData(edge);
      if (!data || data.hidden || !data.label) continue;
      const ends = [graph.source(edge), graph.target(edge)].map((node) => {
        const display = sigma.getNodeDisplayData(node);
        return display && !display.hidden ? { ...display, ...sigma.framedGraphToViewport(display), size: sigma.scaleSize(display.size) } : undefined;
      });
      if (!ends[0] || !ends[1]) continue;
      drawStraightEdgeLabel(context, { ...data, size: sigma.scaleSize(data.size) }, ends[0], ends[1], settings);
    }
  });
}
