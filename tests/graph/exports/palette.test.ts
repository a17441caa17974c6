// The exported GEXF colours are the viewer's: the CLI keeps a copy of the palette (it cannot
// import the browser sources), and this test fails as soon as the two differ.
import { describe, expect, it } from 'vitest';
import { EXPORT_EDGE_COLORS, EXPORT_FALLBACK_COLOR, EXPORT_NODE_COLORS } from '../../../graph/exports/palette.js';
import { EDGE_COLORS, FALLBACK, NODE_COLORS } from '../../../viewer/src/appearance/palette.js';

describe('export palette', () => {
  it('equals the viewer palette', () => {
    expect(EXPORT_NODE_COLORS).toEqual(NODE_COLORS);
    expect(EXPORT_EDGE_COLORS).toEqual(EDGE_COLORS);
    expect(EXPORT_FALLBACK_COLOR).toBe(FALLBACK);
  });
});
