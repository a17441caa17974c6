// After a replacement: deletes entities and documents that no dataset holds any more.
MATCH (n)
WHERE n.datasets = [] AND (n:Entity OR n:Document)
CALL (n) {
  DETACH DELETE n
} IN TRANSACTIONS OF 10000 ROWS;
