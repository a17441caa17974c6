// The export formats: csv, jsonl, gexf, graphml and neo4j-admin, one file each.
export * from './types.js';
export { exportGraph, isExportFormat, parseExportFormat } from './run.js';
export { exportCsv, CSV_ARRAY_SEPARATOR, NODE_COLUMNS as CSV_NODE_COLUMNS, RELATIONSHIP_COLUMNS as CSV_RELATIONSHIP_COLUMNS, DOCUMENT_COLUMNS as CSV_DOCUMENT_COLUMNS } from './csv.js';
export { csvField, csvRecord } from './csv-text.js';
export { exportJsonl } from './jsonl.js';
export { exportGexf } from './gexf.js';
export { gexfPieces, dateSpell, GEXF_NAMESPACE } from './gexf-document.js';
export { exportGraphml, graphmlPieces } from './graphml.js';
export { XML_ARRAY_SEPARATOR, NODE_COLUMNS as XML_NODE_COLUMNS, EDGE_COLUMNS as XML_EDGE_COLUMNS } from './attribute-model.js';
export {
  exportNeo4jAdmin,
  neo4jImportArgs,
  neo4jImportCommand,
  NEO4J_ARRAY_DELIMITER,
  NEO4J_COMMON_LABEL,
  NEO4J_NODE_COLUMNS,
  NEO4J_RELATIONSHIP_COLUMNS,
  NEO4J_DOCUMENT_COLUMNS,
  NEO4J_MENTION_COLUMNS,
} from './neo4j-admin.js';
export type { Neo4jImportFiles } from './neo4j-admin.js';
