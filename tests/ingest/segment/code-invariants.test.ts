import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../ingest/normalize.ts';
import type { Provision } from '../../../model/index.ts';
import { outsideToc, positionalConservation, segmentPieces } from '../conservation.ts';
import { lines, node, raw, result } from '../code-fixture.ts';

const { provisions } = result;
const bodyStart = provisions.find((p) => p.type === 'section')?.source.startLine ?? Number.NaN;

describe('segmenter invariants on the whole code', () => {
  it("conserves the text in place: each node's span holds its label, heading and text, in order, and outside the table of contents the spans and notes tile the file", () => {
    expect(bodyStart).toBe(618);
    expect(positionalConservation(outsideToc(lines, result), segmentPieces(result))).toEqual([]);
  });

  it('the conservation check refuses text moved into a neighbour, though no character is lost', () => {
    // the last subparagraph of article 4 part 1 (45 of them) merged into the one before it, its label kept as text
    const last = provisions.filter((p) => p.parentId === node('art_4__para_1').id && p.type === 'subparagraph').at(-1) as Provision;
    const before = provisions[provisions.indexOf(last) - 1] as Provision;
    const merged = provisions.flatMap((p) =>
      p === last ? [] : p === before ? [{ ...p, text: `${p.text} ${last.num}) ${last.text}` }] : [p],
    );
    const problems = positionalConservation(outsideToc(lines, result), segmentPieces({ ...result, provisions: merged }));
    expect(problems).toEqual([
      `L${last.source.startLine}: "${last.num})${last.text.replace(/\s+/g, '').slice(0, 27)}" is read as ${before.eId}, whose span ends at L${before.source.endLine}`,
    ]);
  });

  it('gives every node a raw-file span that holds its number and the start of its heading and text', () => {
    const firstWords = (s: string) => s.split(' ').slice(0, 3).join(' ');
    for (const p of provisions) {
      const slice = cleanText(raw.slice(p.source.startOffset, p.source.endOffset).replace(/\s+/g, ' '));
      expect(p.source.startLine).toBeLessThanOrEqual(p.source.endLine);
      if (p.num !== null) expect(slice.startsWith(p.num), `${p.eId} starts with its number`).toBe(true);
      if (p.heading) expect(slice, p.eId).toContain(firstWords(p.heading));
      if (p.text) expect(slice, p.eId).toContain(firstWords(p.text));
    }
  });

  it('traces every line of every citation site, labels cut off, to its place in the raw file', () => {
    expect(result.sites.length).toBeGreaterThan(1000);
    for (const site of result.sites) {
      for (const { line } of site.text.pieces)
        expect(cleanText(raw.slice(line.startOffset + line.indent, line.endOffset)), `L${line.line}`).toBe(line.text);
    }
    // a part's text starts after its label `2. ` (L642)
    const part = result.sites.find((s) => s.provisionId.endsWith('~art_1__para_2'));
    expect(part?.text.text.startsWith('Әкімшілік рәсімдерді')).toBe(true);
    expect(part?.text.pieces[0]?.line.indent).toBe(3);
  });

  it('gives every node a unique eId, and ids built from the document id and eId', () => {
    expect(new Set(provisions.map((p) => p.eId)).size).toBe(provisions.length);
    for (const p of provisions) expect(p.id).toBe(`${p.documentId}/~${p.eId}`);
  });

  it('keeps amendment notes, "see" notes and URLs out of provision text', () => {
    for (const p of provisions) {
      expect(p.text, p.eId).not.toMatch(/ҚР Заңымен|қаулысын қараңыз|http:\/\//);
      expect(p.heading ?? '', p.eId).not.toMatch(/ҚР Заңымен/);
    }
    // ҚР Заңымен = "by the Law of the RK": every note names its amending law
    for (const n of result.notes) expect(n.note.text).toMatch(/^\d{4}\.\d{2}\.\d{2}\. № .*ҚР Заңымен/);
  });

  it('numbers parts and subparagraphs in sequence under each parent (N-M right after N)', () => {
    const byParent = new Map<string, string[][]>();
    for (const p of provisions) {
      if ((p.type !== 'part' && p.type !== 'subparagraph') || !p.num || !p.parentId) continue;
      const key = `${p.parentId} ${p.type}`;
      byParent.set(key, [...(byParent.get(key) ?? []), p.num.split('-')]);
    }
    // at least one part list per article that has parts (195 articles, 29 without parts)
    expect(byParent.size).toBeGreaterThanOrEqual(166);
    for (const [key, nums] of byParent) {
      const mains = nums.filter((n) => n.length === 1).map((n) => Number(n[0]));
      expect(mains, key).toEqual(mains.map((_, i) => i + 1));
      for (let i = 1; i < nums.length; i++) {
        const [p0, p1 = '0'] = nums[i - 1] ?? [];
        const [c0, c1] = nums[i] ?? [];
        if (c1 !== undefined) expect([c0, Number(c1)], key).toEqual([p0, Number(p1) + 1]);
      }
    }
    expect(result.diagnostics.filter((d) => d.rule === 'sequence')).toEqual([]);
  });

  it('lists every parent before its children, with ordinals counting siblings from 0', () => {
    const index = new Map(provisions.map((p, i) => [p.id, i]));
    const ordinals = new Map<string | null, number[]>();
    provisions.forEach((p, i) => {
      if (p.parentId !== null) expect(index.get(p.parentId) ?? Infinity, p.eId).toBeLessThan(i);
      ordinals.set(p.parentId, [...(ordinals.get(p.parentId) ?? []), p.ordinal]);
    });
    for (const [parent, list] of ordinals) expect(list, String(parent)).toEqual(list.map((_, i) => i));
  });

  it('segments the whole code without warnings', () => {
    expect(result.diagnostics).toEqual([]);
  });
});
