// After a replacement: removes the old version's tag ($old) from every node, in batches.
MATCH (n)
WHERE $old IN n.datasets
CALL (n) {
  SET n.datasets = [x IN n.datasets WHERE x <> $old]
} IN TRANSACTIONS OF 10000 ROWS;
