// The relationship types the database has ever held (token store; a type whose edges were all
// deleted may still be listed). The loader CREATEs the edges of a type only when it is absent
// here, so a listed type always takes the MERGE path: never a duplicate edge.
CALL db.relationshipTypes() YIELD relationshipType
RETURN collect(relationshipType) AS types;
