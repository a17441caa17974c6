// The relation stage (find.ts): resolved mentions of a document → typed, dated relations with evidence.
export { findRelations, type RelationInput, type RelationOutput } from './find.js';
