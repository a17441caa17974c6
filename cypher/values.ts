// Converts driver values into plain JSON: integers to numbers (or strings when too big),
// nodes, relationships and paths to objects, temporals and points to their ISO text.
import neo4j from 'neo4j-driver';

export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) {
    const int = value as import('neo4j-driver').Integer;
    return int.inSafeRange() ? int.toNumber() : int.toString();
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value !== 'object') return value;
  if (neo4j.isNode(value as never)) {
    const node = value as import('neo4j-driver').Node;
    return { _labels: node.labels, ...plainProps(node.properties) };
  }
  if (neo4j.isRelationship(value as never)) {
    const rel = value as import('neo4j-driver').Relationship;
    return { _type: rel.type, ...plainProps(rel.properties) };
  }
  if (neo4j.isPath(value as never)) {
    const path = value as import('neo4j-driver').Path;
    return {
      start: toPlain(path.start),
      end: toPlain(path.end),
      segments: path.segments.map((s) => ({ start: toPlain(s.start), relationship: toPlain(s.relationship), end: toPlain(s.end) })),
    };
  }
  if (isTemporalOrPoint(value)) return String(value);
  return plainProps(value as Record<string, unknown>);
}

function plainProps(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).map(([k, v]) => [k, toPlain(v)]));
}

function isTemporalOrPoint(value: object): boolean {
  const v = value as never;
  return (
    neo4j.isDate(v) ||
    neo4j.isDateTime(v) ||
    neo4j.isLocalDateTime(v) ||
    neo4j.isLocalTime(v) ||
    neo4j.isTime(v) ||
    neo4j.isDuration(v) ||
    neo4j.isPoint(v)
  );
}
