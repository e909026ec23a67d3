import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../ingest/normalize.ts';
import { conservation } from '../conservation.ts';
import { lines, raw, result } from '../code-fixture.ts';

const { provisions } = result;
const bodyStart = provisions.find((p) => p.type === 'section')?.source.startLine ?? Number.NaN;

describe('segmenter invariants on the whole code', () => {
  it('conserves the body text: every character is in exactly one node or note', () => {
    expect(bodyStart).toBe(618);
    expect(conservation(lines, result, bodyStart)).toEqual({ missing: [], extra: [], suspectLines: [] });
  });

  it('conserves the header too: outside the table of contents nothing is dropped or doubled', () => {
    expect(conservation(lines, result)).toEqual({ missing: [], extra: [], suspectLines: [] });
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
      for (const { line } of site.text.pieces) expect(cleanText(raw.slice(line.startOffset + line.indent, line.endOffset)), `L${line.line}`).toBe(line.text);
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
