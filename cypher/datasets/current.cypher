// The tag under which a dataset's current version is loaded ($name), if it was ever loaded.
MATCH (d:Dataset {name: $name})
RETURN d.tag AS tag, d.version AS version;
