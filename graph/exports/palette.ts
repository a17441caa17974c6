// Colours per entity and relation type (Okabe & Ito, colour-blind friendly), one palette for exported graphs
// and the viewer (viewer/src/appearance/palette.ts reads it), so a GEXF opens in Gephi looking as in the viewer.
export const EXPORT_NODE_COLORS: Readonly<Record<string, string>> = {
  Country: '#0072B2',
  Person: '#D55E00',
  Organization: '#009E73',
  Event: '#CC79A7',
  Location: '#E69F00',
  Agreement: '#56B4E9',
};

export const EXPORT_EDGE_COLORS: Readonly<Record<string, string>> = {
  SIGNED: '#7B3FA0',
  MET: '#C0392B',
  PARTNERED: '#1F9E89',
  AFFILIATED_WITH: '#8A8F98',
  MEMBER_OF: '#6B8E23',
  PARTICIPATED_IN: '#B8860B',
  LOCATED_IN: '#7F87B8',
};

export const EXPORT_FALLBACK_COLOR = '#999999';
