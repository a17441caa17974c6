// Makes $tag the current version of dataset $name: the single, small write that swaps a
// replaced dataset in (queries scoped to the dataset read the tag from here).
MERGE (d:Dataset {name: $name})
SET d.tag = $tag, d.version = $version, d.source = $source;
