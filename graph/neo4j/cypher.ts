/**
 * Every Cypher statement the Neo4j adapter sends, as named constants: one place to review,
 * and the list `tests/graph/cypher-syntax.test.ts` parses. Values always travel as
 * parameters; only code constants are interpolated: the shared fragments below (ACT_FIELDS,
 * the sort orders) and MAX_TRAVERSAL_DEPTH, because Neo4j does not accept a parameter as a
 * variable-length bound.
 *
 * Graph model (README "Production backends" draws it):
 * - (:Document)-[:OWNS]->(n) for every node a document brought, so replacing or removing a
 *   document deletes exactly its subgraph; (:Document)-[:NAMES {seq,…}]->(:Act) holds each
 *   document's view of a shared act, merged onto the Act node by MERGE_ACT_FIELDS.
 * - (:Provision)-[:CHILD_OF]->(:Provision) is the structure tree.
 * - (:Amendment)-[:AMENDS]->(:Provision), (:Amendment)-[:MADE_BY]->(:Act).
 * - (:Provision)-[:MAKES]->(:Citation)-[:CITES]->(:Provision), (:Citation)-[:CITES_ACT]->(:Act).
 * - (:Provision)-[:REFERS {citationId}]->(:Provision) from the citing provision and each of its
 *   ancestors: one hop of the port's subtree semantics, so shortestPath can walk it.
 * - (:Provision)-[:MENTIONS]->(:Mention)-[:MENTIONS_ACT]->(:Act), (:DocumentRelation)-[:RELATES_TO]->(:Act).
 * - Ingest diagnostics are no nodes: the Document node keeps them as one JSON list, `diagnostics`.
 * Each node keeps the model object as `json` (Neo4j properties hold neither nulls nor nested
 * maps, and reads must return exactly what was written) beside the scalar properties that
 * queries match and sort on. Acts are the exception: their fields are merged in the graph.
 */
import { MAX_TRAVERSAL_DEPTH } from '../port.ts';

export const NODE_LABELS = [
  'Document',
  'Provision',
  'Act',
  'Amendment',
  'Citation',
  'Mention',
  'DocumentRelation',
  'EditorialNote',
] as const;

export const RELATIONSHIP_TYPES = [
  'OWNS',
  'NAMES',
  'CHILD_OF',
  'AMENDS',
  'MADE_BY',
  'MAKES',
  'CITES',
  'CITES_ACT',
  'REFERS',
  'MENTIONS',
  'MENTIONS_ACT',
  'RELATES_TO',
] as const;

// — schema, run once at start (each statement in its own transaction, as Neo4j requires) —

export const SCHEMA: readonly string[] = [
  ...NODE_LABELS.map(
    (label) => `CREATE CONSTRAINT ${snake(label)}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
  ),
  // API lookups: a provision by document and number, an act by number and date, amendments by dates.
  'CREATE INDEX provision_document_num IF NOT EXISTS FOR (n:Provision) ON (n.documentId, n.num)',
  'CREATE INDEX provision_document_pos IF NOT EXISTS FOR (n:Provision) ON (n.documentId, n.pos)',
  'CREATE INDEX act_number_date IF NOT EXISTS FOR (n:Act) ON (n.number, n.date)',
  'CREATE INDEX amendment_effective_from IF NOT EXISTS FOR (n:Amendment) ON (n.effectiveFrom)',
  'CREATE INDEX amendment_act_date IF NOT EXISTS FOR (n:Amendment) ON (n.actDate)',
  'CREATE INDEX amendment_act IF NOT EXISTS FOR (n:Amendment) ON (n.actId)',
  'CREATE INDEX amendment_document IF NOT EXISTS FOR (n:Amendment) ON (n.documentId)',
  'CREATE INDEX citation_target IF NOT EXISTS FOR (n:Citation) ON (n.targetId)',
  'CREATE INDEX citation_target_act IF NOT EXISTS FOR (n:Citation) ON (n.targetActId)',
  'CREATE INDEX mention_act IF NOT EXISTS FOR (n:Mention) ON (n.actId)',
  'CREATE INDEX relation_document IF NOT EXISTS FOR (n:DocumentRelation) ON (n.documentId)',
  'CREATE INDEX editorial_note_document IF NOT EXISTS FOR (n:EditorialNote) ON (n.documentId)',
];

/** Blocks until the indexes above are online, so the first queries do not scan. */
export const AWAIT_INDEXES = 'CALL db.awaitIndexes(300)';

// — writes: one document per transaction —

export const DOCUMENT_STATE = `
OPTIONAL MATCH (d:Document {id: $documentId})
OPTIONAL MATCH (d)-[:NAMES]->(a:Act)
RETURN d.contentHash AS contentHash, d.diagnostics IS NOT NULL AS hasDiagnostics, collect(DISTINCT a.id) AS actIds`;

/** Removes a document and everything it owns (edges from other documents' nodes included). */
export const DELETE_DOCUMENT = `
MATCH (d:Document {id: $documentId})
OPTIONAL MATCH (d)-[:OWNS]->(n)
WITH d, collect(n) AS owned
FOREACH (n IN owned | DETACH DELETE n)
DETACH DELETE d
RETURN count(*) AS deleted`;

export const MERGE_DOCUMENT = `
MERGE (d:Document {id: $row.id})
SET d += $row`;

export const MERGE_PROVISIONS = `
MATCH (d:Document {id: $documentId})
UNWIND $rows AS row
MERGE (p:Provision {id: row.id})
SET p += row
MERGE (d)-[:OWNS]->(p)`;

export const LINK_PROVISION_PARENTS = `
UNWIND $rows AS row
MATCH (child:Provision {id: row.id})
MATCH (parent:Provision {id: row.parentId})
MERGE (child)-[:CHILD_OF]->(parent)`;

/** One NAMES edge per entry of the document's `acts` list, `seq` keeping list order for the merge. */
export const MERGE_ACT_NAMES = `
MATCH (d:Document {id: $documentId})
UNWIND $rows AS row
MERGE (a:Act {id: row.id})
MERGE (d)-[n:NAMES {seq: row.seq}]->(a)
SET n += row`;

export const MERGE_AMENDMENTS = `
MATCH (d:Document {id: $documentId})
UNWIND $rows AS row
MERGE (m:Amendment {id: row.id})
SET m += row
MERGE (d)-[:OWNS]->(m)
WITH m
MATCH (t:Provision {id: m.targetId})
MERGE (m)-[:AMENDS]->(t)`;

export const MERGE_CITATIONS = `
MATCH (d:Document {id: $documentId})
UNWIND $rows AS row
MERGE (c:Citation {id: row.id})
SET c += row
MERGE (d)-[:OWNS]->(c)
WITH c
OPTIONAL MATCH (a:Act {id: c.targetActId})
FOREACH (act IN CASE WHEN a IS NULL THEN [] ELSE [a] END | MERGE (c)-[:CITES_ACT]->(act))
WITH c
MATCH (s:Provision {id: c.sourceId})
MERGE (s)-[:MAKES]->(c)`;

export const MERGE_MENTIONS = `
MATCH (d:Document {id: $documentId})
UNWIND $rows AS row
MERGE (m:Mention {id: row.id})
SET m += row
MERGE (d)-[:OWNS]->(m)
WITH m
OPTIONAL MATCH (a:Act {id: m.actId})
FOREACH (act IN CASE WHEN a IS NULL THEN [] ELSE [a] END | MERGE (m)-[:MENTIONS_ACT]->(act))
WITH m
MATCH (s:Provision {id: m.sourceId})
MERGE (s)-[:MENTIONS]->(m)`;

export const MERGE_RELATIONS = `
MATCH (d:Document {id: $documentId})
UNWIND $rows AS row
MERGE (r:DocumentRelation {id: row.id})
SET r += row
MERGE (d)-[:OWNS]->(r)
WITH r
MATCH (a:Act {id: r.actId})
MERGE (r)-[:RELATES_TO]->(a)`;

export const MERGE_EDITORIAL_NOTES = `
MATCH (d:Document {id: $documentId})
UNWIND $rows AS row
MERGE (n:EditorialNote {id: row.id})
SET n += row
MERGE (d)-[:OWNS]->(n)`;

/** Citations made in this document whose target is stored: CITES, and REFERS from the source and its ancestors. */
export const LINK_CITATIONS_FROM_DOCUMENT = `
MATCH (:Document {id: $documentId})-[:OWNS]->(c:Citation)<-[:MAKES]-(s:Provision)
MATCH (t:Provision {id: c.targetId})
MERGE (c)-[:CITES]->(t)
WITH c, s, t
MATCH (s)-[:CHILD_OF*0..]->(x:Provision)
MERGE (x)-[:REFERS {citationId: c.id}]->(t)`;

/** Citations stored earlier by other documents that point into this one (re-linked after a replacement). */
export const LINK_CITATIONS_INTO_DOCUMENT = `
MATCH (:Document {id: $documentId})-[:OWNS]->(t:Provision)
MATCH (c:Citation {targetId: t.id})<-[:MAKES]-(s:Provision)
WHERE c.documentId <> $documentId
MERGE (c)-[:CITES]->(t)
WITH c, s, t
MATCH (s)-[:CHILD_OF*0..]->(x:Provision)
MERGE (x)-[:REFERS {citationId: c.id}]->(t)`;

/** An act lives while some document names it. */
export const DELETE_ORPHAN_ACTS = `
UNWIND $actIds AS actId
MATCH (a:Act {id: actId})
WHERE NOT EXISTS { (:Document)-[:NAMES]->(a) }
DETACH DELETE a`;

/**
 * The port's merge rule: contributions in document-id order (then list order); the first
 * non-null value wins, and the first kind other than 'other'.
 */
export const MERGE_ACT_FIELDS = `
UNWIND $actIds AS actId
MATCH (d:Document)-[n:NAMES]->(a:Act {id: actId})
WITH a, d, n ORDER BY d.id, n.seq
WITH a, collect(n) AS names
SET a.kind = coalesce(head([x IN names WHERE x.kind <> 'other' | x.kind]), 'other'),
    a.number = head([x IN names WHERE x.number IS NOT NULL | x.number]),
    a.date = head([x IN names WHERE x.date IS NOT NULL | x.date]),
    a.title = head([x IN names WHERE x.title IS NOT NULL | x.title]),
    a.documentId = head([x IN names WHERE x.documentId IS NOT NULL | x.documentId])`;

/** Amendments sort and filter on their act's merged date, copied here whenever the act changes. */
export const REFRESH_AMENDMENT_ACTS = `
UNWIND $actIds AS actId
OPTIONAL MATCH (a:Act {id: actId})
MATCH (m:Amendment {actId: actId})
SET m.actDate = a.date
FOREACH (act IN CASE WHEN a IS NULL THEN [] ELSE [a] END | MERGE (m)-[:MADE_BY]->(act))`;

// — reads by id: each returns (key, json) rows; the adapter puts them back in key order —

export const LIST_DOCUMENTS = 'MATCH (d:Document) RETURN d.json AS json ORDER BY d.id';
export const GET_DOCUMENTS = 'UNWIND $keys AS key MATCH (n:Document {id: key}) RETURN key, n.json AS json';
export const GET_PROVISIONS = 'UNWIND $keys AS key MATCH (n:Provision {id: key}) RETURN key, n.json AS json';
export const GET_AMENDMENTS = 'UNWIND $keys AS key MATCH (n:Amendment {id: key}) RETURN key, n.json AS json';
export const GET_CITATIONS = 'UNWIND $keys AS key MATCH (n:Citation {id: key}) RETURN key, n.json AS json';

const ACT_FIELDS = 'a {.id, .kind, .number, .date, .title, .documentId}';
export const LIST_ACTS = `MATCH (a:Act) RETURN ${ACT_FIELDS} AS act ORDER BY a.id`;
export const GET_ACTS = `UNWIND $keys AS key MATCH (a:Act {id: key}) RETURN key, ${ACT_FIELDS} AS act`;
export const FIND_ACTS_BY_NUMBER = `
UNWIND $keys AS key
MATCH (a:Act {number: key})
WITH key, a ORDER BY a.id
RETURN key, collect(${ACT_FIELDS}) AS items`;

// — reads of lists: each returns (key, items) rows, items already in the port's order —

export const PROVISIONS_OF_DOCUMENTS = `
UNWIND $keys AS key
MATCH (p:Provision {documentId: key})
WHERE $type IS NULL OR p.type = $type
WITH key, p ORDER BY p.pos
RETURN key, collect(p.json) AS items`;

export const ROOTS_OF_DOCUMENTS = `
UNWIND $keys AS key
MATCH (p:Provision {documentId: key})
WHERE p.parentId IS NULL
WITH key, p ORDER BY p.ordinal, p.pos
RETURN key, collect(p.json) AS items`;

export const CHILDREN_OF = `
UNWIND $keys AS key
MATCH (:Provision {id: key})<-[:CHILD_OF]-(c:Provision)
WITH key, c ORDER BY c.ordinal, c.pos
RETURN key, collect(c.json) AS items`;

export const ANCESTORS_OF = `
UNWIND $keys AS key
MATCH path = (:Provision {id: key})-[:CHILD_OF*1..]->(a:Provision)
WITH key, a ORDER BY length(path) DESC
RETURN key, collect(a.json) AS items`;

/**
 * Oldest first: act date, effective date, document order (document id, the note's offset), id; a missing
 * date sorts after every date. An amendment written before `offset` existed sorts as offset 0.
 */
const AMENDMENT_ORDER = "coalesce(m.actDate, '\\uFFFF'), coalesce(m.effectiveFrom, '\\uFFFF'), m.documentId, coalesce(m.offset, 0), m.id";

export const AMENDMENTS_OF_PROVISIONS = `
UNWIND $keys AS key
MATCH (:Provision {id: key})<-[:CHILD_OF*0..]-(:Provision)<-[:AMENDS]-(m:Amendment)
WITH key, m ORDER BY ${AMENDMENT_ORDER}
RETURN key, collect(m.json) AS items`;

export const AMENDMENTS_OF_ACTS = `
UNWIND $keys AS key
MATCH (m:Amendment {actId: key})
WITH key, m ORDER BY ${AMENDMENT_ORDER}
RETURN key, collect(m.json) AS items`;

/** The sort key of a page cursor (dates as stored, null when unknown); no row means the cursor names no amendment. */
export const AMENDMENT_CURSOR = `
MATCH (m:Amendment {id: $id})
RETURN m.actDate AS actDate, m.effectiveFrom AS effectiveFrom, m.documentId AS documentId, coalesce(m.offset, 0) AS offset`;

/**
 * One keyset page of filtered amendments, oldest first or newest first (dates descending, unknown dates
 * still last, ties in document order either way). A null filter parameter means "any"; a value without a
 * date never lies in a bounded range (comparisons with null are not true).
 */
function findAmendments(newest: boolean): string {
  // An unknown date sorts after every date: as the largest string going up, as the smallest going down.
  const missing = newest ? "''" : "'\\uFFFF'";
  const [later, direction] = newest ? ['<', 'DESC'] : ['>', 'ASC'];
  return `
MATCH (m:Amendment)
WHERE ($documentId IS NULL OR m.documentId = $documentId)
  AND ($actId IS NULL OR m.actId = $actId)
  AND ($action IS NULL OR m.action = $action)
  AND ($targetId IS NULL OR EXISTS { (m)-[:AMENDS]->(:Provision)-[:CHILD_OF*0..]->(:Provision {id: $targetId}) })
  AND ($effectiveFromFrom IS NULL OR m.effectiveFrom >= $effectiveFromFrom)
  AND ($effectiveFromTo IS NULL OR m.effectiveFrom <= $effectiveFromTo)
  AND ($actDateFrom IS NULL OR m.actDate >= $actDateFrom)
  AND ($actDateTo IS NULL OR m.actDate <= $actDateTo)
WITH m ORDER BY coalesce(m.actDate, ${missing}) ${direction}, coalesce(m.effectiveFrom, ${missing}) ${direction}, m.documentId, coalesce(m.offset, 0), m.id
WITH collect({k1: coalesce(m.actDate, ${missing}), k2: coalesce(m.effectiveFrom, ${missing}), k3: m.documentId, k4: coalesce(m.offset, 0), id: m.id, json: m.json}) AS matching,
  coalesce($afterActDate, ${missing}) AS afterActDate, coalesce($afterEffectiveFrom, ${missing}) AS afterEffectiveFrom
WITH matching, [x IN matching WHERE $after IS NULL
    OR x.k1 ${later} afterActDate
    OR (x.k1 = afterActDate AND (x.k2 ${later} afterEffectiveFrom
    OR (x.k2 = afterEffectiveFrom AND (x.k3 > $afterDocumentId
    OR (x.k3 = $afterDocumentId AND (x.k4 > $afterOffset
    OR (x.k4 = $afterOffset AND x.id > $after)))))))] AS rest
RETURN size(matching) AS totalCount, [x IN rest[0..$first] | x.json] AS items, size(rest) > $first AS hasNextPage`;
}

export const FIND_AMENDMENTS = findAmendments(false);
export const FIND_AMENDMENTS_NEWEST_FIRST = findAmendments(true);

/** Provisions by amendment events in their subtree, most first, ties in document order. */
export const MOST_AMENDED = `
MATCH (p:Provision)
WHERE ($documentId IS NULL OR p.documentId = $documentId) AND ($type IS NULL OR p.type = $type)
WITH p, size([(p)<-[:CHILD_OF*0..]-(:Provision)<-[:AMENDS]-(m:Amendment) | m]) AS events
WHERE events > 0
RETURN p.json AS json, events
ORDER BY events DESC, p.documentId, p.pos
LIMIT $first`;

/** Text order: document, the source's place in it, the citation's number. */
const CITATION_ORDER = 'c.documentId, c.sourcePos, c.seq, c.id';
/** The same text order for mentions. */
const MENTION_ORDER = 'm.documentId, m.sourcePos, m.seq, m.id';

export const CITATIONS_FROM = `
UNWIND $keys AS key
MATCH (:Provision {id: key})<-[:CHILD_OF*0..]-(:Provision)-[:MAKES]->(c:Citation)
WITH key, c ORDER BY ${CITATION_ORDER}
RETURN key, collect(c.json) AS items`;

export const CITATIONS_TO = `
UNWIND $keys AS key
MATCH (:Provision {id: key})<-[:CHILD_OF*0..]-(:Provision)<-[:CITES]-(c:Citation)
WITH key, c ORDER BY ${CITATION_ORDER}
RETURN key, collect(c.json) AS items`;

export const CITATIONS_OF_ACTS = `
UNWIND $keys AS key
MATCH (c:Citation {targetActId: key})
WITH key, c ORDER BY ${CITATION_ORDER}
RETURN key, collect(c.json) AS items`;

/** Everything a document made, found through its OWNS edges (the Document id constraint is the index). */
export const CITATIONS_OF_DOCUMENTS = `
UNWIND $keys AS key
MATCH (:Document {id: key})-[:OWNS]->(c:Citation)
WITH key, c ORDER BY ${CITATION_ORDER}
RETURN key, collect(c.json) AS items`;

export const MENTIONS_OF_ACTS = `
UNWIND $keys AS key
MATCH (m:Mention {actId: key})
WITH key, m ORDER BY ${MENTION_ORDER}
RETURN key, collect(m.json) AS items`;

export const MENTIONS_OF_DOCUMENTS = `
UNWIND $keys AS key
MATCH (:Document {id: key})-[:OWNS]->(m:Mention)
WITH key, m ORDER BY ${MENTION_ORDER}
RETURN key, collect(m.json) AS items`;

export const RELATIONS_OF_DOCUMENTS = `
UNWIND $keys AS key
MATCH (r:DocumentRelation {documentId: key})
WITH key, r ORDER BY r.seq
RETURN key, collect(r.json) AS items`;

export const EDITORIAL_NOTES_OF_DOCUMENTS = `
UNWIND $keys AS key
MATCH (n:EditorialNote {documentId: key})
WITH key, n ORDER BY n.seq
RETURN key, collect(n.json) AS items`;

/** The diagnostics list, stored as one JSON string on the Document node (ingest order kept). */
export const DIAGNOSTICS_OF_DOCUMENTS = `
UNWIND $keys AS key
MATCH (d:Document {id: key})
RETURN key, d.diagnostics AS json`;

// — traversal: the two hops return (key, items) rows like the lists above —

/** One breadth-first hop outwards: per node, the citations made in its subtree that hit a stored provision. */
export const CITATION_STEPS_OUT = `
UNWIND $keys AS key
MATCH (:Provision {id: key})<-[:CHILD_OF*0..]-(:Provision)-[:MAKES]->(c:Citation)-[:CITES]->(t:Provision)
WITH key, c, t ORDER BY ${CITATION_ORDER}
RETURN key, collect({neighbourId: t.id, citation: c.json}) AS items`;

/** One breadth-first hop inwards: per node, the citations pointing into its subtree, from their source. */
export const CITATION_STEPS_IN = `
UNWIND $keys AS key
MATCH (:Provision {id: key})<-[:CHILD_OF*0..]-(:Provision)<-[:CITES]-(c:Citation)<-[:MAKES]-(s:Provision)
WITH key, c, s ORDER BY ${CITATION_ORDER}
RETURN key, collect({neighbourId: s.id, citation: c.json}) AS items`;

/** True when `from` is `to` or lies below it. */
export const IN_SUBTREE = `
MATCH (:Provision {id: $fromId})-[:CHILD_OF*0..]->(:Provision {id: $toId})
RETURN count(*) > 0 AS inside`;

/**
 * Fewest REFERS hops from `from` into `to`'s subtree (callers handle from-inside-to first:
 * shortestPath refuses equal ends). Ties go to the smallest list of node ids, so the
 * answer does not depend on the planner.
 */
export const CITATION_PATH = `
MATCH (origin:Provision {id: $fromId})
MATCH (:Provision {id: $toId})<-[:CHILD_OF*0..]-(goal:Provision)
WHERE goal <> origin
MATCH path = shortestPath((origin)-[:REFERS*1..${MAX_TRAVERSAL_DEPTH}]->(goal))
WITH path WHERE length(path) <= $maxDepth
WITH path ORDER BY length(path), [n IN nodes(path) | n.id]
LIMIT 1
RETURN [n IN nodes(path) | n.json] AS nodes`;

export const COUNTS = `
RETURN COUNT { (:Document) } AS documents, COUNT { (:Provision) } AS provisions,
  COUNT { (:Amendment) } AS amendments, COUNT { (:Citation) } AS citations, COUNT { (:Act) } AS acts,
  COUNT { (:Mention) } AS mentions, COUNT { (:DocumentRelation) } AS relations,
  COUNT { (:EditorialNote) } AS editorialNotes`;

/** Empties the database. Only the contract run sends it, to start each suite on a scratch database. */
export const CLEAR_DATABASE = 'MATCH (n) DETACH DELETE n';

function snake(label: string): string {
  return label.replace(/[a-z][A-Z]/g, (m) => `${m[0]}_${m[1]}`).toLowerCase();
}
