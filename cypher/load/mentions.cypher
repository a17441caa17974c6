// Links documents to the entities they mention: (:Document)-[:MENTIONS]->(:Entity).
// $rows: [{doc, entity}] (MentionRow). Entities are loaded first; a document without
// metadata still gets a node so the link is kept.
UNWIND $rows AS row
MATCH (e:Entity {id: row.entity})
MERGE (d:Document {id: row.doc})
ON CREATE SET d.datasets = [x IN [$dataset] WHERE x IS NOT NULL]
MERGE (d)-[:MENTIONS]->(e);
