/**
 * The synthetic scale corpus keeps the real shape: copies of the ingested seed corpus under
 * new document ids, every internal reference rewritten to the same copy.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IngestedDocument } from '../../../model/index.ts';
import { ingestCorpus } from '../../../ingest/index.ts';
import { copyId, scaleCorpus } from '../../../scripts/bench/scale-corpus.ts';

const CORPUS = fileURLToPath(new URL('../../../corpus/', import.meta.url));
const FACTOR = 3;

describe('scaleCorpus over the ingested seed corpus', () => {
  let seed: IngestedDocument[];
  let scaled: IngestedDocument[];

  beforeAll(async () => {
    seed = (await ingestCorpus(CORPUS)).documents;
    scaled = scaleCorpus(seed, FACTOR);
  });

  it('holds the seed unchanged, then factor − 1 copies under new document ids', () => {
    expect(scaled).toHaveLength(seed.length * FACTOR);
    expect(scaled.slice(0, seed.length)).toEqual(seed);
    const ids = scaled.map((d) => d.document.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(scaled[seed.length]?.document.id).toBe(copyId(seed[0]!.document.id, 1));
  });

  it('gives every provision, amendment and citation a corpus-wide unique id', () => {
    for (const pick of [(d: IngestedDocument) => d.provisions, (d: IngestedDocument) => d.amendments, (d: IngestedDocument) => d.citations]) {
      const ids = scaled.flatMap((d) => pick(d).map((x) => x.id));
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('keeps every reference inside its own copy: parents, citation sources and targets, amendment targets', () => {
    for (let copy = 0; copy < FACTOR; copy++) {
      const docs = scaled.slice(copy * seed.length, (copy + 1) * seed.length);
      const provisions = new Set(docs.flatMap((d) => d.provisions.map((p) => p.id)));
      for (const d of docs) {
        for (const p of d.provisions) {
          expect(p.documentId).toBe(d.document.id);
          if (p.parentId !== null) expect(provisions.has(p.parentId), p.id).toBe(true);
        }
        for (const c of d.citations) {
          expect(provisions.has(c.sourceId), c.id).toBe(true);
          if (c.targetId !== null) expect(provisions.has(c.targetId), c.id).toBe(true);
        }
        for (const a of d.amendments) if (a.targetId !== null) expect(provisions.has(a.targetId), a.id).toBe(true);
      }
    }
  });

  it('keeps amending acts outside the corpus shared and the texts identical, so the shape is the seed’s', () => {
    const corpusIds = new Set(scaled.map((d) => d.document.id));
    const externalActs = (docs: IngestedDocument[]): Set<string> =>
      new Set(docs.flatMap((d) => d.amendments.map((a) => a.actId)).filter((id) => !corpusIds.has(id)));
    const copy = scaled.slice(seed.length, 2 * seed.length);
    const seedActs = externalActs(seed);
    const copyActs = externalActs(copy);
    expect(seedActs.size).toBeGreaterThan(0);
    expect(copyActs).toEqual(seedActs);
    expect(copy.map((d) => d.provisions.map((p) => p.text))).toEqual(seed.map((d) => d.provisions.map((p) => p.text)));
    expect(copy.map((d) => d.citations.length)).toEqual(seed.map((d) => d.citations.length));
  });

  it('refuses a factor that is not a positive integer', () => {
    expect(() => scaleCorpus(seed, 0)).toThrow(/positive integer/);
    expect(() => scaleCorpus(seed, 1.5)).toThrow(/positive integer/);
  });
});
