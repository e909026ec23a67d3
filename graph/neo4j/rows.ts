/**
 * The boundary between the model and Neo4j: rows for the UNWIND write batches, and the
 * decoding of what queries return.
 *
 * Integers cross here and nowhere else: positions and ordinals go out as `neo4j.int` (a JS
 * number would be stored as a float, and LIMIT or slicing would refuse it), and counts come
 * back as `Integer` and are turned into numbers, refusing any beyond 2^53.
 */
import neo4j, { type Integer } from 'neo4j-driver';
import { type Act, type ActKind, type IngestedDocument, trailingNumber } from '../../model/index.ts';

/** A property map for one node: scalars the queries use, plus the model object as `json`. */
export type Row = Record<string, string | string[] | Integer | null>;

export interface DocumentRows {
  document: Row;
  provisions: Row[];
  acts: Row[];
  amendments: Row[];
  citations: Row[];
  mentions: Row[];
  relations: Row[];
  editorialNotes: Row[];
  terms: Row[];
  expressions: Row[];
  wordings: Row[];
}

/** A source provision not found in its document sorts after all others, as in the embedded store. */
const UNKNOWN_POSITION = neo4j.int(Number.MAX_SAFE_INTEGER);

export function documentRows(doc: IngestedDocument, contentHash: string): DocumentRows {
  const documentId = doc.document.id;
  const position = new Map(doc.provisions.map((p, i) => [p.id, i]));
  const positionOf = (id: string) => {
    const pos = position.get(id);
    return pos === undefined ? UNKNOWN_POSITION : neo4j.int(pos);
  };
  return {
    // Diagnostics are read per document only, never matched on: a JSON list on the Document node suffices.
    document: {
      id: documentId,
      sha256: doc.document.sha256,
      contentHash,
      json: JSON.stringify(doc.document),
      diagnostics: JSON.stringify(doc.diagnostics),
    },
    provisions: doc.provisions.map((p, i) => ({
      id: p.id,
      documentId,
      parentId: p.parentId,
      pos: neo4j.int(i),
      ordinal: neo4j.int(p.ordinal),
      type: p.type,
      num: p.num,
      json: JSON.stringify(p),
    })),
    acts: doc.acts.map((a, i) => ({
      id: a.id,
      seq: neo4j.int(i),
      kind: a.kind,
      number: a.number,
      date: a.date,
      title: a.title,
      documentId: a.documentId,
    })),
    amendments: doc.amendments.map((a) => ({
      id: a.id,
      documentId,
      actId: a.actId,
      targetId: a.targetId,
      action: a.action,
      effectiveFrom: a.effectiveFrom,
      /** Where the note stands, for document order */
      offset: neo4j.int(a.source.startOffset),
      json: JSON.stringify(a),
    })),
    citations: doc.citations.map((c) => ({
      id: c.id,
      documentId,
      sourceId: c.sourceId,
      targetId: c.targetId,
      targetActId: c.targetActId,
      sourcePos: positionOf(c.sourceId),
      seq: neo4j.int(trailingNumber(c.id)),
      json: JSON.stringify(c),
    })),
    mentions: doc.mentions.map((m) => ({
      id: m.id,
      documentId,
      sourceId: m.sourceId,
      actId: m.actId,
      sourcePos: positionOf(m.sourceId),
      seq: neo4j.int(trailingNumber(m.id)),
      json: JSON.stringify(m),
    })),
    relations: doc.relations.map((r, i) => ({ id: r.id, documentId, actId: r.actId, seq: neo4j.int(i), json: JSON.stringify(r) })),
    editorialNotes: doc.editorialNotes.map((n, i) => ({
      id: n.id,
      documentId,
      provisionId: n.provisionId,
      seq: neo4j.int(i),
      json: JSON.stringify(n),
    })),
    terms: doc.terms.map((t, i) => ({ id: t.id, documentId, definitionId: t.definitionId, seq: neo4j.int(i), json: JSON.stringify(t) })),
    expressions: doc.expressions.map((e) => ({
      id: e.id,
      documentId,
      language: e.language,
      versionDate: e.versionDate,
      json: JSON.stringify(e),
    })),
    wordings: doc.wordings.map((w) => ({
      id: w.id,
      documentId,
      provisionId: w.provisionId,
      language: w.language,
      validFrom: w.validFrom,
      json: JSON.stringify(w),
    })),
  };
}

/** Ids of every act the document names or refers to: the acts whose merged fields a write can change. */
export function referencedActIds(doc: IngestedDocument): string[] {
  const ids = [
    ...doc.acts.map((a) => a.id),
    ...doc.amendments.map((a) => a.actId),
    ...doc.citations.flatMap((c) => (c.targetActId ? [c.targetActId] : [])),
    ...doc.mentions.map((m) => m.actId),
    ...doc.relations.map((r) => r.actId),
  ];
  return [...new Set(ids)];
}

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** A model object stored as `json`; anything else means the database holds data we did not write. */
export function fromJson<T>(value: unknown, what: string): T {
  if (typeof value !== 'string') throw new TypeError(`${what}: expected a JSON string property, got ${typeof value}`);
  return JSON.parse(value) as T;
}

/** An Act from the `a {.id, .kind, …}` projection: absent properties come back as null. */
export function toAct(value: unknown): Act {
  if (typeof value !== 'object' || value === null) throw new TypeError(`act: expected a map, got ${typeof value}`);
  const map = value as Record<string, unknown>;
  const text = (key: string): string | null => {
    const v = map[key];
    if (v === null || v === undefined) return null;
    if (typeof v !== 'string') throw new TypeError(`act.${key}: expected a string, got ${typeof v}`);
    return v;
  };
  const id = text('id');
  if (id === null) throw new TypeError('act: missing id');
  return {
    id,
    kind: (text('kind') ?? 'other') as ActKind,
    number: text('number'),
    date: text('date'),
    title: text('title'),
    documentId: text('documentId'),
  };
}

/** A Cypher INTEGER (or a float count) as a JS number. */
export function toNumber(value: unknown, what: string): number {
  if (neo4j.isInt(value)) {
    if (!value.inSafeRange()) throw new RangeError(`${what}: ${value.toString()} exceeds 2^53`);
    return value.toNumber();
  }
  if (typeof value === 'number') return value;
  throw new TypeError(`${what}: expected an integer, got ${typeof value}`);
}
