// After a replacement: removes the old version's tag ($old) from every relationship, in batches.
MATCH ()-[r]->()
WHERE $old IN r.datasets
CALL (r) {
  SET r.datasets = [x IN r.datasets WHERE x <> $old]
} IN TRANSACTIONS OF 10000 ROWS;
