/**
 * Invariants of the export segmenter on every shared export, and totality on damaged texts: every character of the
 * text (its markup aside) comes out exactly once, every anchor is kept, every article's span holds its label and
 * heading, and no mutation of a real export makes it throw anything but an IngestError.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportWords } from '../../../../ingest/segment/adilet/language.ts';
import { readLine } from '../../../../ingest/segment/adilet/lines.ts';
import { segmentExport } from '../../../../ingest/segment/adilet/index.ts';
import { IngestError } from '../../../../ingest/errors.ts';
import { cleanText, normalizeLines, type SourceLine } from '../../../../ingest/normalize.ts';
import type { SegmentResult } from '../../../../ingest/segment/index.ts';
import { outsideToc, positionalConservation, segmentPieces } from '../../conservation.ts';
import { mutate, mutation } from '../../mutations.ts';
import { exported } from './segment-fixture.ts';

const VERSIONS = ['appc-350-VI/2022-12-30', 'appc-350-VI/2024-01-01', 'law-2019-cinema/2024-08-20', 'law-2021-animals/2025-01-01'];

/**
 * Positional conservation (conservation.ts) over the text without its markup: each line read as the segmenter reads it
 * (heading marks, emphasis, block quotes and escapes off), anchors aside unless kept as a note, case folded (a section
 * prints `1-бөлім` or `1-БӨЛІМ`, the label is rebuilt in one case). The dash some exports print after an article
 * label's dot (`27-бап.-Қазақстан …`, animals L545) is the label's punctuation.
 */
function exportConservation(lines: readonly SourceLine[], result: SegmentResult): string[] {
  const kept = new Set(result.diagnostics.filter((d) => d.rule === 'anchor-without-unit').map((d) => d.line));
  const input = outsideToc(lines, result)
    .map((l) => readLine(l, exportWords('kk')))
    .filter((r) => r.type.kind !== 'anchor' || kept.has(r.line.line))
    .map((r) => ({ ...r.line, text: `${r.line.text.replace(/^(\d+(?:-\d+)*-бап\.)\s*[-–—]/u, '$1')}${r.marker ? r.marker.text : ''}` }));
  return positionalConservation(input, segmentPieces(result), { fold: (t) => t.replace(/\s+/g, '').replace(/І/g, 'I').toLowerCase() });
}

/** Anchors of the text outside its table of contents (which is no provision's). */
const anchorCount = (lines: readonly SourceLine[], result: SegmentResult) => {
  const toc = result.toc?.source;
  return lines.filter(
    (l) => !(toc && l.line >= toc.startLine && l.line <= toc.endLine) && readLine(l, exportWords('kk')).type.kind === 'anchor',
  ).length;
};
/** Anchors kept: on the unit after them, or (before no unit) as an editorial note with a warning. */
const anchorsKept = (result: SegmentResult) =>
  result.provisions.filter((p) => p.sourceAnchor).length + result.diagnostics.filter((d) => d.rule === 'anchor-without-unit').length;

describe.each(VERSIONS)('export segmenter invariants on %s', (version) => {
  const s = exported(version);

  it('conserves the text in place: every character comes out once, inside the span of its provision or note', () => {
    expect(exportConservation(s.lines, s.result)).toEqual([]);
  });

  it('keeps every anchor on the unit after it', () => {
    expect(s.result.provisions.filter((p) => p.sourceAnchor).length).toBe(anchorCount(s.lines, s.result));
    expect(anchorsKept(s.result)).toBe(anchorCount(s.lines, s.result));
  });

  it('gives every article a span of the raw file that holds its label and heading', () => {
    for (const a of s.ofType('article')) {
      const slice = cleanText(s.raw.slice(a.source.startOffset, a.source.endOffset));
      expect(slice).toContain(`${a.num}-бап`);
      expect(slice).toContain(a.heading ?? '');
    }
  });

  it('gives every node a distinct eId', () => {
    expect(new Set(s.result.provisions.map((p) => p.eId)).size).toBe(s.result.provisions.length);
  });
});

describe('export segmenter totality', () => {
  const sources = VERSIONS.filter((v) => !v.endsWith('2022-12-30')).map((v) => exported(v).raw.split('\n'));

  it('never throws anything but IngestError on mutated slices of the exports, and conserves their text', () => {
    let segmented = 0;
    fc.assert(
      fc.property(
        fc.record({
          source: fc.nat({ max: sources.length - 1 }),
          start: fc.oneof(fc.constant(0), fc.nat({ max: 3000 })),
          length: fc.integer({ min: 0, max: 800 }),
          mutations: fc.array(mutation, { maxLength: 25 }),
        }),
        ({ source, start, length, mutations }) => {
          const all = sources[source] ?? [];
          const text = mutations.reduce(mutate, all.slice(start % all.length, (start % all.length) + length)).join('\n');
          const lines = normalizeLines(text);
          let result;
          try {
            result = segmentExport(lines, { documentId: 'D', documentActId: 'D', file: 'fuzz.md' });
          } catch (error) {
            expect(error).toBeInstanceOf(IngestError);
            expect((error as IngestError).message).toContain('fuzz.md:');
            return;
          }
          segmented += 1;
          expect(exportConservation(lines, result)).toEqual([]);
          expect(new Set(result.provisions.map((p) => p.eId)).size).toBe(result.provisions.length);
          expect(anchorsKept(result)).toBe(anchorCount(lines, result));
        },
      ),
      { numRuns: 150, seed: 20260101 },
    );
    expect(segmented).toBeGreaterThan(50);
  });

  it('throws an IngestError naming the file for an empty text', () => {
    expect(() => segmentExport([], { documentId: 'D', documentActId: 'D', file: 'empty.md' })).toThrow('empty.md:1:1: the text is empty');
  });
});
