// What the database holds: nodes per label and relationships per type (of one dataset with --dataset).
MATCH (n)
WHERE $dataset IS NULL OR $dataset IN n.datasets
UNWIND labels(n) AS label
RETURN 'node' AS kind, label AS name, count(*) AS count
UNION ALL
MATCH ()-[r]->()
WHERE $dataset IS NULL OR $dataset IN r.datasets
RETURN 'relationship' AS kind, type(r) AS name, count(*) AS count;
