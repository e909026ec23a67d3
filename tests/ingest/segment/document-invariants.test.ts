/**
 * Invariants of the policy, article and textbook segmenters on every real text: nothing dropped or moved,
 * provenance on every node, unique and hierarchical eIds, one citation site per node with text,
 * and totality on mutated real text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeLines } from '../../../ingest/normalize.ts';
import { conservation, FILES, rawSlice, segmented } from './documents-fixture.ts';
import { formatOf, SEGMENTERS } from '../../../ingest/segment/index.ts';

describe.each(Object.values(FILES))('%s', (file) => {
  const s = segmented(file);

  it("conserves the text in place: each node's span holds its label, heading and text, and nodes and notes tile the file", () => {
    // only soft line-end hyphens may go (conservation in documents-fixture.ts)
    expect(conservation(s)).toEqual([]);
  });

  it('gives every node a raw span that holds the start of its heading or text', () => {
    const misplaced = s.result.provisions.filter((p) => !rawSlice(s, p).includes((p.heading ?? p.text).replace(/\s+/g, '').slice(0, 8)));
    expect(misplaced.map((p) => p.eId)).toEqual([]);
    expect(s.result.provisions.every((p) => p.source.file === file && p.source.startLine <= p.source.endLine)).toBe(true);
  });

  it('gives every node a unique eId that extends its parent’s', () => {
    const ids = s.result.provisions.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    const byId = new Map(s.result.provisions.map((p) => [p.id, p]));
    for (const p of s.result.provisions) {
      expect(p.id).toBe(`${s.document.id}/~${p.eId}`);
      if (p.parentId === null) continue;
      const parent = byId.get(p.parentId);
      expect(parent && p.eId.startsWith(`${parent.eId}__`)).toBe(true);
    }
  });

  it('lists a parent before its children', () => {
    const seen = new Set<string>();
    for (const p of s.result.provisions) {
      if (p.parentId !== null) expect(seen.has(p.parentId)).toBe(true);
      seen.add(p.id);
    }
  });

  it('gives one citation site to every node with text, and only to those', () => {
    const withText = s.result.provisions.filter((p) => p.text !== '').map((p) => p.id);
    expect(s.result.sites.map((site) => site.provisionId)).toEqual(withText);
    expect(s.result.sites.every((site) => site.text.text === s.result.provisions.find((p) => p.id === site.provisionId)?.text)).toBe(true);
  });

  it('keeps notes and diagnostics pointing into the file', () => {
    expect(s.result.editorialNotes.every((n) => n.source.file === file && n.id === `${s.document.id}/!note_${n.source.startLine}`)).toBe(
      true,
    );
    expect(s.result.diagnostics.every((d) => d.file === file && d.line > 0 && !d.fatal)).toBe(true);
  });

  it('yields the same ids when run again on the same text', () => {
    const again = SEGMENTERS[formatOf(s.document)](normalizeLines(s.raw), s.ctx);
    expect(again.provisions.map((p) => p.id)).toEqual(s.result.provisions.map((p) => p.id));
  });
});

type Mutation = { op: 'drop' | 'duplicate' | 'swap' | 'truncate' | 'glue'; at: number; to: number };

function mutate(lines: string[], m: Mutation): string[] {
  if (lines.length === 0) return lines;
  const at = m.at % lines.length;
  const to = m.to % lines.length;
  const out = [...lines];
  if (m.op === 'drop') out.splice(at, 1);
  if (m.op === 'duplicate') out.splice(to, 0, out[at] ?? '');
  if (m.op === 'swap') [out[at], out[to]] = [out[to] ?? '', out[at] ?? ''];
  if (m.op === 'truncate') out[at] = (out[at] ?? '').slice(0, to % Math.max(1, (out[at] ?? '').length));
  // a footnote number or bullet glued to the start of another line, as a damaged extraction would
  if (m.op === 'glue') out[at] = `${['7 ', '• ', 'IV. ', 'Тақырып № 3. ', '2. ', 'Аңдатпа'][to % 6]}${out[at] ?? ''}`;
  return out;
}

describe.each(Object.values(FILES))('totality on mutated slices of %s', (file) => {
  const s = segmented(file);
  const rawLines = s.raw.split('\n');
  const segment = SEGMENTERS[formatOf(s.document)];

  it('never throws, keeps eIds unique and conserves the mutated text', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: rawLines.length - 1 }),
        fc.integer({ min: 0, max: 400 }),
        fc.array(fc.record({ op: fc.constantFrom('drop', 'duplicate', 'swap', 'truncate', 'glue'), at: fc.nat(), to: fc.nat() }), {
          maxLength: 8,
        }),
        (start, length, mutations) => {
          const slice = mutations.reduce((acc, m) => mutate(acc, m as Mutation), rawLines.slice(start, start + length));
          const lines = normalizeLines(slice.join('\n'));
          const result = segment(lines, s.ctx);
          const ids = result.provisions.map((p) => p.id);
          expect(new Set(ids).size).toBe(ids.length);
          expect(conservation({ lines, result, document: s.document })).toEqual([]);
        },
      ),
      // A slice opening with a footnote's line once made the footnote precede the text it belongs to (policy paper 1)
      { numRuns: 150, examples: [[67, 49, [{ op: 'swap', at: 17, to: 5 }]]] },
    );
  });
});
