/** The Neo4j boundary on the real ingested code: rows out, Integers in. */
import neo4j from 'neo4j-driver';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IngestedDocument } from '../../../model/index.ts';
import { chunks, documentRows, fromJson, referencedActIds, toAct, toNumber } from '../../../graph/neo4j/rows.ts';
import { CODE_ID, ingestedCode, LAW_241_ID } from '../../contract/corpus-fixture.ts';

let code: IngestedDocument;
beforeAll(async () => {
  code = await ingestedCode();
});

describe('documentRows', () => {
  it('gives every provision its document position and ordinal as Cypher integers, and its model object as json', () => {
    const rows = documentRows(code, 'hash');
    expect(rows.provisions).toHaveLength(code.provisions.length);
    rows.provisions.forEach((row, i) => {
      expect(neo4j.isInt(row.pos) && row.pos.toNumber()).toBe(i);
      expect(neo4j.isInt(row.ordinal) && row.ordinal.toNumber()).toBe(code.provisions[i]?.ordinal);
      expect(fromJson(row.json, 'provision')).toEqual(code.provisions[i]);
    });
  });

  it.each(['citations', 'mentions'] as const)(
    "places each of the %s at its source provision's position and its own number, for text order",
    (kind) => {
      const rows = documentRows(code, 'hash')[kind];
      const position = new Map(code.provisions.map((p, i) => [p.id, i]));
      expect(rows.length).toBeGreaterThan(0);
      rows.forEach((row, i) => {
        const item = code[kind][i];
        expect(neo4j.isInt(row.sourcePos) && row.sourcePos.toNumber()).toBe(position.get(item?.sourceId ?? ''));
        expect(neo4j.isInt(row.seq) && row.seq.toString()).toBe(/(\d+)$/.exec(item?.id ?? '')?.[1]);
      });
    },
  );

  it("carries the document's ingest diagnostics as one JSON list on the document row", () => {
    const { document } = documentRows(code, 'hash');
    expect(code.diagnostics.length).toBeGreaterThan(0);
    expect(fromJson(document.diagnostics, 'diagnostics')).toEqual(code.diagnostics);
  });

  it("keeps the document's act list order in seq, which the act merge follows", () => {
    const rows = documentRows(code, 'hash');
    expect(rows.acts.map((r) => r.id)).toEqual(code.acts.map((a) => a.id));
    expect(rows.acts.map((r) => (neo4j.isInt(r.seq) ? r.seq.toNumber() : -1))).toEqual(code.acts.map((_, i) => i));
  });

  it('stores the content hash and sha256 beside the document json', () => {
    const { document } = documentRows(code, 'abc123');
    expect(document).toMatchObject({ id: CODE_ID, sha256: code.document.sha256, contentHash: 'abc123' });
  });
});

describe('referencedActIds', () => {
  it('lists law 241-VIII once although it made many amendments', () => {
    const ids = referencedActIds(code);
    expect(ids.filter((id) => id === LAW_241_ID)).toHaveLength(1);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('conversions', () => {
  it('turns a Cypher integer into a number and refuses one beyond 2^53', () => {
    expect(toNumber(neo4j.int(42), 'count')).toBe(42);
    expect(() => toNumber(neo4j.int('9007199254740993'), 'count')).toThrow(/count: 9007199254740993 exceeds 2\^53/);
    expect(() => toNumber('7', 'count')).toThrow(/expected an integer/);
  });

  it('reads an act projection with absent properties as nulls', () => {
    expect(toAct({ id: LAW_241_ID, kind: 'law', number: '241-VIII', date: null })).toEqual({
      id: LAW_241_ID,
      kind: 'law',
      number: '241-VIII',
      date: null,
      title: null,
      documentId: null,
    });
    expect(() => toAct({ kind: 'law' })).toThrow(/missing id/);
  });

  it('refuses a json property that is not a string', () => {
    expect(() => fromJson(null, 'getProvisions')).toThrow(/getProvisions: expected a JSON string property/);
  });

  it('cuts rows into batches of at most the given size, in order', () => {
    expect(chunks([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
  });
});
