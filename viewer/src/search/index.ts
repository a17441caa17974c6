// Search over every name of every node (search-index.ts), accent- and script-insensitive, one typo allowed.
export { buildSearchIndex, withinOneEdit, type SearchHit, type SearchIndex } from './search-index.js';
