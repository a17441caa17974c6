// The fast mode's node program: sigma's points, without the second drawing into the picking buffer (which
// tells which node is under the mouse) while the view moves. Sigma empties that buffer on every frame and
// refills it on the frame after a move, so nodes are picked as before once the view stops; while it moves
// nothing is hovered anyway. With software WebGL this is a quarter of a frame's cost at 20,000 nodes.
import type Sigma from 'sigma';
import { NodePointProgram } from 'sigma/rendering';
import type { RenderParams } from 'sigma/types';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../types.js';

/** The test sigma's own render uses to hide edges while moving. */
function isMoving(renderer: Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>): boolean {
  const mouse = renderer.getMouseCaptor();
  return renderer.getCamera().isAnimated() || mouse.isMoving || mouse.draggedEvents > 0 || mouse.currentWheelDirection !== 0;
}

export class MovingPointProgram extends NodePointProgram<NodeAttributes, EdgeAttributes, GraphAttributes> {
  override render(params: RenderParams): void {
    if (!isMoving(this.renderer)) {
      super.render(params);
      return;
    }
    if (this.hasNothingToRender()) return;
    this.normalProgram.gl.viewport(0, 0, params.width * params.pixelRatio, params.height * params.pixelRatio);
    this.bindProgram(this.normalProgram);
    this.renderProgram(params, this.normalProgram);
    this.unbindProgram(this.normalProgram);
  }
}
