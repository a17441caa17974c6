// Sigma settings of the viewer as data: labels, camera limits, and the cheap programs of the fast mode.
import type { Settings } from 'sigma/settings';
import { EdgeLineProgram } from 'sigma/rendering';
import { MovingPointProgram } from './programs.js';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../types.js';

type ViewerSettings = Partial<Settings<NodeAttributes, EdgeAttributes, GraphAttributes>>;

export function sigmaSettings(order: number, large: boolean, labelDensity: number): ViewerSettings {
  return {
    // Large graphs: sigma's edge labels scan every edge each frame; appearance/edge-labels.ts draws the few in focus.
    renderEdgeLabels: !large,
    // Large graphs: no edge picking (a second drawing of every edge) and no edges while moving.
    enableEdgeEvents: !large,
    hideEdgesOnMove: large,
    zIndex: order < 5_000,
    labelDensity,
    labelGridCellSize: 90,
    labelRenderedSizeThreshold: large ? 0 : 5,
    labelFont: '"Noto Sans", "DejaVu Sans", "Segoe UI", Tahoma, sans-serif',
    labelSize: 13,
    labelWeight: '500',
    edgeLabelFont: '"Noto Sans", "DejaVu Sans", sans-serif',
    edgeLabelSize: 11,
    minCameraRatio: 0.01,
    maxCameraRatio: 20,
    stagePadding: 40,
    // Cheap programs for the fast mode: one vertex per node (points, not picked while moving), two per edge (1 px lines).
    nodeProgramClasses: { point: MovingPointProgram },
    edgeProgramClasses: { thin: EdgeLineProgram },
  };
}
