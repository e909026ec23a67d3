/**
 * Totality: on any mutation of real text the segmenter either returns a result that conserves
 * the text in place (conservation.ts), or throws an IngestError (never anything else).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../../ingest/errors.ts';
import { normalizeLines } from '../../../ingest/normalize.ts';
import { segmentCode } from '../../../ingest/segment/code/index.ts';
import { CODE_FILE, ctx, raw } from '../code-fixture.ts';
import { outsideToc, positionalConservation, segmentPieces } from '../conservation.ts';
import { mutate, mutation } from '../mutations.ts';

const rawLines = raw.split('\n');

/** A slice of the real file (from its start, so it has a header and often a TOC, or from the middle of the body), then mutations. */
const mutatedText = fc
  .record({
    start: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: rawLines.length - 1 })),
    length: fc.integer({ min: 0, max: 1500 }),
    mutations: fc.array(mutation, { maxLength: 25 }),
  })
  .map(({ start, length, mutations }) => mutations.reduce(mutate, rawLines.slice(start, start + length)).join('\n'));

describe('segmenter totality', () => {
  it('never throws anything but IngestError on mutated slices of the code, and conserves their text', () => {
    let segmented = 0;
    fc.assert(
      fc.property(mutatedText, (text) => {
        const lines = normalizeLines(text);
        let result;
        try {
          result = segmentCode(lines, ctx);
        } catch (error) {
          expect(error).toBeInstanceOf(IngestError);
          expect((error as IngestError).message).toContain(`${CODE_FILE}:`);
          return;
        }
        segmented += 1;
        expect(positionalConservation(outsideToc(lines, result), segmentPieces(result))).toEqual([]);
        expect(new Set(result.provisions.map((p) => p.eId)).size).toBe(result.provisions.length);
      }),
      { numRuns: 150, seed: 20260101 },
    );
    // the property must have exercised the segmenter, not only its errors
    expect(segmented).toBeGreaterThan(50);
  });

  it('throws an IngestError naming the file and line for an empty text', () => {
    expect(() => segmentCode([], ctx)).toThrow(IngestError);
    expect(() => segmentCode([], ctx)).toThrow(`${CODE_FILE}:1:1: the text is empty`);
  });

  it('keeps a text with no article as generic paragraphs, with one warning at its first line', () => {
    const header = normalizeLines(rawLines.slice(0, 10).join('\n'));
    const result = segmentCode(header, ctx);
    expect(result.diagnostics.filter((d) => d.rule === 'no-structure')).toEqual([
      expect.objectContaining({ file: CODE_FILE, line: 1, fatal: false, reason: expect.stringContaining('no article heading') }),
    ]);
    expect(result.provisions.length).toBeGreaterThan(0);
    expect(result.provisions.every((p) => p.type === 'paragraph')).toBe(true);
    expect(positionalConservation(header, segmentPieces(result))).toEqual([]);
  });
});
