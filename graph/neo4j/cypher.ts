/**
 * Every Cypher statement the Neo4j adapter sends, as named constants (or records of them, one
 * per variant): one place to review, and the list `tests/graph/neo4j/cypher-syntax.test.ts` parses and
 * `tests/graph/neo4j/server.test.ts` plans on a real server. Values always travel as
 * parameters; only code constants are interpolated: the shared fragments below (ACT_FIELDS,
 * the sort orders, the starting MATCH of a variant).
 *
 * Graph model (README "Production backends" draws it):
 * - (:Document)-[:OWNS]->(n) for every node a document brought, so replacing or removing a
 *   document deletes exactly its subgraph; (:Document)-[:NAMES {seq,…}]->(:Act) holds each
 *   document's view of a shared act, merged onto the Act node by MERGE_ACT_FIELDS.
 * - (:Provision)-[:CHILD_OF]->(:Provision) is the structure tree.
 * - (:Amendment)-[:AMENDS]->(:Provision), (:Amendment)-[:MADE_BY]->(:Act).
 * - (:Provision)-[:MAKES]->(:Citation)-[:CITES]->(:Provision), (:Citation)-[:CITES_ACT]->(:Act).
 * - (:Provision)-[:MENTIONS]->(:Mention)-[:MENTIONS_ACT]->(:Act), (:DocumentRelation)-[:RELATES_TO]->(:Act).
 * - (:Provision)-[:DEFINES]->(:Term) for each term a provision's text defines.
 * - (:Expression) and (:Wording) hang off their document by OWNS only: a wording names its provision by `provisionId`
 *   (indexed), not by an edge, since it may outlive the provision (one repealed and dropped from the newest version).
 * - Ingest diagnostics are no nodes: the Document node keeps them as one JSON list, `diagnostics`.
 * Each node keeps the model object as `json` (Neo4j properties hold neither nulls nor nested
 * maps, and reads must return exactly what was written) beside the scalar properties that
 * queries match and sort on. Acts are the exception: their fields are merged in the graph.
 */
export const NODE_LABELS = [
  'Document',
  'Provision',
  'Act',
  'Amendment',
  'Citation',
  'Mention',
  'DocumentRelation',
  'EditorialNote',
  'Term',
  'Expression',
  'Wording',
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
  'MENTIONS',
  'MENTIONS_ACT',
  'RELATES_TO',
  'DEFINES',
] as const;

// — schema, run at every start (each statement in its own transaction, as Neo4j requires) —

export const SCHEMA: readonly string[] = [
  ...NODE_LABELS.map((label) => `CREATE CONSTRAINT ${snake(label)}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`),
  // Indexes earlier versions created that no query could use (a composite index serves no lookup
  // on its first property alone: the planner scanned the label instead). A provision list goes
  // through the document's OWNS edges; an act is found by its number.
  'DROP INDEX provision_document_num IF EXISTS',
  'DROP INDEX provision_document_pos IF EXISTS',
  'DROP INDEX act_number_date IF EXISTS',
  // The lookups by property, each checked with EXPLAIN on a real server (tests/graph/neo4j-server.test.ts).
  'CREATE INDEX act_number IF NOT EXISTS FOR (n:Act) ON (n.number)',
  'CREATE INDEX amendment_effective_from IF NOT EXISTS FOR (n:Amendment) ON (n.effectiveFrom)',
  'CREATE INDEX amendment_act_date IF NOT EXISTS FOR (n:Amendment) ON (n.actDate)',
  'CREATE INDEX amendment_act IF NOT EXISTS FOR (n:Amendment) ON (n.actId)',
  'CREATE INDEX amendment_document IF NOT EXISTS FOR (n:Amendment) ON (n.documentId)',
  'CREATE INDEX citation_target IF NOT EXISTS FOR (n:Citation) ON (n.targetId)',
  'CREATE INDEX citation_target_act IF NOT EXISTS FOR (n:Citation) ON (n.targetActId)',
  'CREATE INDEX mention_act IF NOT EXISTS FOR (n:Mention) ON (n.actId)',
  'CREATE INDEX relation_document IF NOT EXISTS FOR (n:DocumentRelation) ON (n.documentId)',
  'CREATE INDEX editorial_note_document IF NOT EXISTS FOR (n:EditorialNote) ON (n.documentId)',
  'CREATE INDEX term_document IF NOT EXISTS FOR (n:Term) ON (n.documentId)',
  'CREATE INDEX wording_provision IF NOT EXISTS FOR (n:Wording) ON (n.provisionId)',
  // A document's wordings are read together (an earlier version of it): from the Document's OWNS edges the planner would
  // expand every node the document owns.
  'CREATE INDEX wording_document IF NOT EXISTS FOR (n:Wording) ON (n.documentId)',
  // A document has a handful of expressions: from the Document's OWNS edges the planner scanned the label instead.
  'CREATE INDEX expression_document IF NOT EXISTS FOR (n:Expression) ON (n.documentId)',
];

/** Blocks until the indexes above are online, so the first queries do not scan. */
export const AWAIT_INDEXES = 'CALL db.awaitIndexes(300)';

// — writes: one document per transaction —

/**
 * The first statement of a write or removal: locks the document's node, creating it bare if it is
 * new, so concurrent writes of one document run one after the other and each reads the state the
 * previous one committed (without it, two writers both read "not stored" and merged their versions).
 */
export const LOCK_DOCUMENT = `
MERGE (d:Document {id: $documentId})
SET d.locked = true
REMOVE d.locked`;

export const DOCUMENT_STATE = `
OPTIONAL MATCH (d:Document {id: $documentId})
OPTIONAL MATCH (d)-[:NAMES]->(a:Act)
RETURN d.contentHash AS contentHash, d.diagnostics IS NOT NULL AS hasDiagnostics, collect(DISTINCT a.id) AS actIds`;

/**
 * Everything a document brought (edges from other documents' nodes included) and its act names,
 * but not its node, whose lock the transaction holds: what a replacement deletes first.
 */
export const DELETE_DOCUMENT_CONTENT = `
MATCH (d:Document {id: $documentId})
OPTIONAL MATCH (d)-[:OWNS]->(n)
WITH d, collect(n) AS owned
FOREACH (n IN owned | DETACH DELETE n)
WITH d
OPTIONAL MATCH (d)-[names:NAMES]->(:Act)
DELETE names`;

/** The document's node, after its content: the last step of a removal. */
export const DELETE_DOCUMENT_NODE = `
MATCH (d:Document {id: $documentId})
DETACH DELETE d`;

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

export const MERGE_TERMS = `
MATCH (d:Document {id: $documentId})
UNWIND $rows AS row
MERGE (t:Term {id: row.id})
SET t += row
MERGE (d)-[:OWNS]->(t)
WITH t
MATCH (p:Provision {id: t.definitionId})
MERGE (p)-[:DEFINES]->(t)`;
export const MERGE_EXPRESSIONS = `
MATCH (d:Document {id: $documentId})
UNWIND $rows AS row
MERGE (e:Expression {id: row.id})
SET e += row
MERGE (d)-[:OWNS]->(e)`;

export const MERGE_WORDINGS = `
MATCH (d:Document {id: $documentId})
UNWIND $rows AS row
MERGE (w:Wording {id: row.id})
SET w += row
MERGE (d)-[:OWNS]->(w)`;

/** Citations made in this document (from a stored provision) whose target is stored. */
export const LINK_CITATIONS_FROM_DOCUMENT = `
MATCH (:Document {id: $documentId})-[:OWNS]->(c:Citation)<-[:MAKES]-(:Provision)
MATCH (t:Provision {id: c.targetId})
MERGE (c)-[:CITES]->(t)`;

/** Citations stored earlier by other documents that point into this one (re-linked after a replacement). */
export const LINK_CITATIONS_INTO_DOCUMENT = `
MATCH (:Document {id: $documentId})-[:OWNS]->(t:Provision)
MATCH (c:Citation {targetId: t.id})<-[:MAKES]-(:Provision)
WHERE c.documentId <> $documentId
MERGE (c)-[:CITES]->(t)`;

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
/** A document's own reading of each act it lists: its NAMES edges, in list order. */
export const ACTS_OF_DOCUMENTS = `
UNWIND $keys AS key
MATCH (:Document {id: key})-[n:NAMES]->(:Act)
WITH key, n ORDER BY n.seq
RETURN key, collect(n {.id, .kind, .number, .date, .title, .documentId}) AS items`;

export const FIND_ACTS_BY_NUMBER = `
UNWIND $keys AS key
MATCH (a:Act {number: key})
WITH key, a ORDER BY a.id
RETURN key, collect(${ACT_FIELDS}) AS items`;

// — reads of lists: each returns (key, items) rows, items already in the port's order —

/** A document's provisions through its OWNS edges (the Document id constraint is the index). */
export const PROVISIONS_OF_DOCUMENTS = `
UNWIND $keys AS key
MATCH (:Document {id: key})-[:OWNS]->(p:Provision)
WHERE $type IS NULL OR p.type = $type
WITH key, p ORDER BY p.pos
RETURN key, collect(p.json) AS items`;

export const ROOTS_OF_DOCUMENTS = `
UNWIND $keys AS key
MATCH (:Document {id: key})-[:OWNS]->(p:Provision)
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

/** The date an effectiveFrom range compares: the note's, or with `$undatedByActDate` the act's when the note has none. */
const EFFECTIVE_DATE = 'coalesce(m.effectiveFrom, CASE WHEN $undatedByActDate THEN m.actDate END)';

/**
 * Where a filtered amendment search starts, by the first filter given in this order: an index
 * seek (or the target's subtree) rather than a scan of every amendment. The other filters are
 * checked after it; only a search without any filter reads all amendments.
 */
const AMENDMENT_STARTS = {
  actId: 'MATCH (m:Amendment {actId: $actId})',
  targetId: 'MATCH (:Provision {id: $targetId})<-[:CHILD_OF*0..]-(:Provision)<-[:AMENDS]-(m:Amendment)',
  documentId: 'MATCH (m:Amendment {documentId: $documentId})',
  effectiveFromFrom: 'MATCH (m:Amendment) WHERE m.effectiveFrom >= $effectiveFromFrom',
  effectiveFromTo: 'MATCH (m:Amendment) WHERE m.effectiveFrom <= $effectiveFromTo',
  actDateFrom: 'MATCH (m:Amendment) WHERE m.actDate >= $actDateFrom',
  actDateTo: 'MATCH (m:Amendment) WHERE m.actDate <= $actDateTo',
  all: 'MATCH (m:Amendment)',
} as const;

export type AmendmentStart = keyof typeof AMENDMENT_STARTS;

/**
 * The filter every amendment search checks after its start. A null parameter means "any"; a value
 * without a date never lies in a bounded range (comparisons with null are not true), except that
 * an amendment without an effective date matches any effectiveFrom range with `$undatedIncluded`, and
 * is compared by its act's date with `$undatedByActDate`.
 */
const AMENDMENT_WHERE = `WHERE ($documentId IS NULL OR m.documentId = $documentId)
  AND ($actId IS NULL OR m.actId = $actId)
  AND ($action IS NULL OR m.action = $action)
  AND ($targetId IS NULL OR EXISTS { (m)-[:AMENDS]->(:Provision)-[:CHILD_OF*0..]->(:Provision {id: $targetId}) })
  AND (($effectiveFromFrom IS NULL AND $effectiveFromTo IS NULL) OR (m.effectiveFrom IS NULL AND $undatedIncluded)
    OR (($effectiveFromFrom IS NULL OR ${EFFECTIVE_DATE} >= $effectiveFromFrom)
    AND ($effectiveFromTo IS NULL OR ${EFFECTIVE_DATE} <= $effectiveFromTo)))
  AND ($actDateFrom IS NULL OR m.actDate >= $actDateFrom)
  AND ($actDateTo IS NULL OR m.actDate <= $actDateTo)`;

/** Every filter condition after the start, for listing and counting alike (one row per amendment, then the filter). */
const AMENDMENT_CONDITIONS = `WITH DISTINCT m
${AMENDMENT_WHERE}`;

/**
 * One keyset page of filtered amendments from `start` (AMENDMENT_WHERE), oldest first or newest first
 * (dates descending, unknown dates still last, ties in document order either way).
 * `collect` stands alone in its WITH: a grouping key beside it (even a constant) yields no row at all
 * when nothing matches, instead of one row with an empty list.
 */
function findAmendments(start: string, newest: boolean): string {
  // An unknown date sorts after every date: as the largest string going up, as the smallest going down.
  const missing = newest ? "''" : "'\\uFFFF'";
  const [later, direction] = newest ? ['<', 'DESC'] : ['>', 'ASC'];
  return `
${start}
${AMENDMENT_CONDITIONS}
WITH m ORDER BY coalesce(m.actDate, ${missing}) ${direction}, coalesce(m.effectiveFrom, ${missing}) ${direction}, m.documentId, coalesce(m.offset, 0), m.id
WITH collect({k1: coalesce(m.actDate, ${missing}), k2: coalesce(m.effectiveFrom, ${missing}), k3: m.documentId, k4: coalesce(m.offset, 0), id: m.id, json: m.json}) AS matching
WITH matching, coalesce($afterActDate, ${missing}) AS afterActDate, coalesce($afterEffectiveFrom, ${missing}) AS afterEffectiveFrom
WITH matching, [x IN matching WHERE $after IS NULL
    OR x.k1 ${later} afterActDate
    OR (x.k1 = afterActDate AND (x.k2 ${later} afterEffectiveFrom
    OR (x.k2 = afterEffectiveFrom AND (x.k3 > $afterDocumentId
    OR (x.k3 = $afterDocumentId AND (x.k4 > $afterOffset
    OR (x.k4 = $afterOffset AND x.id > $after)))))))] AS rest
RETURN size(matching) AS totalCount, [x IN rest[0..$first] | x.json] AS items, size(rest) > $first AS hasNextPage`;
}

export const FIND_AMENDMENTS = mapValues(AMENDMENT_STARTS, (start) => findAmendments(start, false));
export const FIND_AMENDMENTS_NEWEST_FIRST = mapValues(AMENDMENT_STARTS, (start) => findAmendments(start, true));

/** The amendments FIND_AMENDMENTS would list, counted per act and year of the effective date (null without one). */
export const TALLY_AMENDMENTS = mapValues(
  AMENDMENT_STARTS,
  (start) => `
${start}
${AMENDMENT_CONDITIONS}
RETURN m.actId AS actId, substring(m.effectiveFrom, 0, 4) AS year, count(*) AS count`,
);

/**
 * Provisions by amendment events in their subtree, most first, ties in document order: from the
 * amendments matching the filter (started as a search is) up each target's chain of ancestors.
 */
export const MOST_AMENDED = mapValues(
  AMENDMENT_STARTS,
  (start) => `
${start}
${AMENDMENT_CONDITIONS}
MATCH (m)-[:AMENDS]->(:Provision)-[:CHILD_OF*0..]->(p:Provision)
WHERE $type IS NULL OR p.type = $type
WITH p, count(m) AS events
RETURN p.json AS json, events
ORDER BY events DESC, p.documentId, p.pos
LIMIT $first`,
);

/**
 * Provisions by citations pointing into their subtree, most first, ties in document order: from the
 * resolved citations (into one document, by the prefix of its provision ids on the target index, or all)
 * up each target's ancestors.
 */
export const MOST_CITED = mapValues(
  {
    documentId: 'MATCH (c:Citation) WHERE c.targetId STARTS WITH $provisionPrefix',
    all: 'MATCH (c:Citation) WHERE c.targetId IS NOT NULL',
  },
  (start) => `
${start}
MATCH (c)-[:CITES]->(:Provision)-[:CHILD_OF*0..]->(p:Provision)
WHERE ($documentId IS NULL OR p.documentId = $documentId) AND ($type IS NULL OR p.type = $type)
WITH p, count(c) AS citations
RETURN p.json AS json, citations
ORDER BY citations DESC, p.documentId, p.pos
LIMIT $first`,
);

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

export const TERMS_OF_DOCUMENTS = `
UNWIND $keys AS key
MATCH (t:Term {documentId: key})
WITH key, t ORDER BY t.seq
RETURN key, collect(t.json) AS items`;

export const TERMS_DEFINED_BY = `
UNWIND $keys AS key
MATCH (:Provision {id: key})-[:DEFINES]->(t:Term)
WITH key, t ORDER BY t.seq
RETURN key, collect(t.json) AS items`;

/** The diagnostics list, stored as one JSON string on the Document node (ingest order kept). */
export const DIAGNOSTICS_OF_DOCUMENTS = `
UNWIND $keys AS key
MATCH (d:Document {id: key})
RETURN key, d.diagnostics AS json`;

/** Oldest first: version date, language, id. */
export const EXPRESSIONS_OF_DOCUMENT = `
MATCH (e:Expression {documentId: $documentId})
RETURN e.json AS json ORDER BY e.versionDate, e.language, e.id`;

/** Oldest first: validFrom, language, id. */
export const WORDINGS_OF_PROVISIONS = `
UNWIND $keys AS key
MATCH (w:Wording {provisionId: key})
WITH key, w ORDER BY w.validFrom, w.language, w.id
RETURN key, collect(w.json) AS items`;

/** Oldest first: validFrom, language, id. */
export const WORDINGS_OF_DOCUMENTS = `
UNWIND $keys AS key
MATCH (w:Wording {documentId: key})
WITH key, w ORDER BY w.validFrom, w.language, w.id
RETURN key, collect(w.json) AS items`;

// — traversal: one hop returns (key, items) rows like the lists above —

/**
 * One breadth-first hop for a frontier, both directions in one round trip: per node, the citations
 * made in its subtree that hit a stored provision (`$outgoing`), then those pointing into its
 * subtree, from their source (`$incoming`); each in text order.
 */
export const CITATION_STEPS = `
UNWIND $keys AS key
MATCH (n:Provision {id: key})
WITH key, n,
  CASE WHEN $outgoing THEN COLLECT {
    MATCH (n)<-[:CHILD_OF*0..]-(:Provision)-[:MAKES]->(c:Citation)-[:CITES]->(t:Provision)
    WITH c, t ORDER BY ${CITATION_ORDER}
    RETURN {neighbourId: t.id, citation: c.json, outgoing: true}
  } ELSE [] END AS out,
  CASE WHEN $incoming THEN COLLECT {
    MATCH (n)<-[:CHILD_OF*0..]-(:Provision)<-[:CITES]-(c:Citation)<-[:MAKES]-(s:Provision)
    WITH c, s ORDER BY ${CITATION_ORDER}
    RETURN {neighbourId: s.id, citation: c.json, outgoing: false}
  } ELSE [] END AS into
RETURN key, out + into AS items`;

/** Per node: whether it is `$rootId` or lies below it (a citation path's goal test, one query per hop). */
export const IN_SUBTREE = `
UNWIND $keys AS key
MATCH (n:Provision {id: key})
RETURN key, EXISTS { (n)-[:CHILD_OF*0..]->(:Provision {id: $rootId}) } AS inside`;

export const COUNTS = `
RETURN COUNT { (:Document) } AS documents, COUNT { (:Provision) } AS provisions,
  COUNT { (:Amendment) } AS amendments, COUNT { (:Citation) } AS citations, COUNT { (:Act) } AS acts,
  COUNT { (:Mention) } AS mentions, COUNT { (:DocumentRelation) } AS relations,
  COUNT { (:EditorialNote) } AS editorialNotes`;

function mapValues<K extends string, V, W>(record: Record<K, V>, f: (value: V) => W): Record<K, W> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, f(value as V)])) as Record<K, W>;
}

function snake(label: string): string {
  return label.replace(/[a-z][A-Z]/g, (m) => `${m[0]}_${m[1]}`).toLowerCase();
}
