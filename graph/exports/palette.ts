// Colours per entity and relation type in exported graphs: the viewer's palette (Okabe & Ito,
// colour-blind friendly), so a GEXF opens in Gephi looking as in the viewer. A test keeps this
// copy equal to viewer/src/appearance/palette.ts (the CLI cannot import the browser sources).
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
