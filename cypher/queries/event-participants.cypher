// Events with their date, place and participants.
// @param event string = "" part of an event's name, or its id; empty for all events
MATCH (e:Event)
WHERE $event = '' OR e.id = $event OR toLower(e.name) CONTAINS toLower($event)
OPTIONAL MATCH (p:Entity)-[r:PARTICIPATED_IN]->(e)
OPTIONAL MATCH (e)-[:LOCATED_IN]->(l:Entity)
WITH e, min(r.date) AS date, collect(DISTINCT l.name) AS places, collect(DISTINCT p.name) AS participants
RETURN e.name AS event, date, places, participants, size(participants) AS count
ORDER BY count DESC, event;
