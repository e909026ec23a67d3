import { describe, expect, it } from 'vitest';
import type { Document, IngestedDocument } from '../../model/index.ts';
import { formatReport } from '../../ingest/report.ts';
import { segmentCode } from '../../ingest/segment/code/index.ts';
import { CODE_FILE, CODE_ID, ctx, lines, result } from './code-fixture.ts';

const document: Document = {
  id: CODE_ID,
  kind: 'code',
  title: 'Әкімшілік рәсімдік-процестік кодекс',
  titleEn: null,
  shortNames: [],
  language: 'kk',
  date: '2020-06-29',
  number: '350-VI',
  consolidatedAsOf: null,
  publisher: null,
  authors: [],
  file: CODE_FILE,
  sha256: '0'.repeat(64),
};

/** The segmenter's part of an IngestedDocument (the later stages' lists left empty). */
function ingested(segment: typeof result): IngestedDocument {
  return {
    document,
    provisions: segment.provisions,
    amendments: [],
    citations: [],
    mentions: [],
    relations: [],
    editorialNotes: segment.editorialNotes,
    acts: [],
    diagnostics: segment.diagnostics,
    expressions: [],
    wordings: [],
    terms: [],
  };
}

describe('ingest report', () => {
  it('counts node types, editorial notes and TOC mismatches of the code', () => {
    const text = formatReport([ingested(result)]);
    expect(text).toContain(`${CODE_ID} (${CODE_FILE})`);
    expect(text).toMatch(
      /provisions: 1642 — part 672, subparagraph 507, paragraph 231, article 195, chapter 31, section 4, preface 1, signature 1; repealed: 5/,
    );
    expect(text).toContain('editorial notes: 13 — link 7, see 5, other 1');
    expect(text).toContain('TOC/body mismatches: 0');
  });

  it('groups repeated warnings by rule, with file:line of the first few', () => {
    // drop the heading lines of the even-numbered articles before L1480: article numbers then skip,
    // and the parts of each dropped article run on in the article before it, out of sequence
    const starts = result.provisions.filter((p) => p.type === 'article' && Number(p.num) % 2 === 0).map((p) => p.source.startLine);
    const dropped = lines.filter((l) => l.line < 1480 && !starts.some((s) => l.line >= s && l.line < s + 6));
    const r = segmentCode(dropped, ctx);
    const sequence = r.diagnostics.filter((d) => d.rule === 'sequence');
    expect(sequence.length).toBeGreaterThan(8);
    const text = formatReport([ingested(r)]);
    expect(text).toContain(`[sequence] ×${sequence.length}`);
    expect(text).toContain(`${CODE_FILE}:${sequence[0]?.line} ${sequence[0]?.reason}`);
    expect(text).toContain(`… and ${sequence.length - 8} more`);
  });
});
