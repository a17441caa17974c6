// After a replacement: deletes what no dataset holds any more (an empty `datasets` list, never a
// missing one: data loaded before datasets existed stays). Relationships first, then nodes.
MATCH ()-[r]->()
WHERE r.datasets = []
CALL (r) {
  DELETE r
} IN TRANSACTIONS OF 10000 ROWS;
