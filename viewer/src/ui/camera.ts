// Camera moves: frame the nodes the filters let through, so a country's network or a document's
// entities fill the screen instead of a corner of it.
import type Sigma from 'sigma';

export function fitToNodes(sigma: Sigma, nodes: Iterable<string>, duration = 400): void {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const node of nodes) {
    // Display data is in the "framed graph" space the camera uses: the whole graph spans [0, 1].
    const data = sigma.getNodeDisplayData(node);
    if (!data) continue;
    minX = Math.min(minX, data.x);
    maxX = Math.max(maxX, data.x);
    minY = Math.min(minY, data.y);
    maxY = Math.max(maxY, data.y);
  }
  if (!Number.isFinite(minX)) return;
  // A margin for labels; never zoom closer than a third of the graph for a single node.
  const ratio = Math.min(1, Math.max(0.33, Math.max(maxX - minX, maxY - minY) * 1.3));
  void sigma.getCamera().animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration });
}
