/** References in the journal article (003): Constitution articles in brackets, resolved from context; the Hague Convention; dated laws. */
import { describe, expect, it } from 'vitest';
import { findReferences, resolveReferences } from '../../ingest/citations/index.ts';
import { createCorpusLookup } from '../../ingest/index.ts';
import { ARTICLE, joined } from './citations-fixture.ts';
import { citationsAt, CONSTITUTION, ingested, mentionedAt, summary } from './references-fixture.ts';

const article = ingested(ARTICLE);
const HAGUE = '/akn/int/act/treaty/1980-10-25/hcch-access-to-justice';

describe('the article (003)', () => {
  it('reads the six bracketed chains as Constitution articles, the act taken from the text before them', () => {
    // 113 names the Constitution, 116 and 126 again, 178 before [13-бап 3-бөлік] (192), whose paragraph names no act.
    const lines = [114, 115, 116, 119, 127, 192];
    expect(lines.flatMap((l) => citationsAt(article, l)).map(summary)).toEqual([
      `${CONSTITUTION} | article=1 | context`,
      `${CONSTITUTION} | article=75 | context`,
      `${CONSTITUTION} | article=76 | context`,
      `${CONSTITUTION} | article=13 part=1 | context`,
      `${CONSTITUTION} | article=13 part=2 | context`,
      `${CONSTITUTION} | article=13 part=3 | context`,
    ]);
  });

  it('does not read the bibliography numbers [3] (119, 192) or [1] (96) as citations', () => {
    expect(citationsAt(article, 119).map((c) => c.raw)).toEqual(['13-бап 1-бөлік']);
    expect(citationsAt(article, 96)).toEqual([]);
    expect(article.citations.every((c) => c.ref.article !== '3')).toBe(true);
  });

  it('names the Hague Convention (144) and reads `Конвенцияның 1-бабына` (157) as its article 1', () => {
    expect(mentionedAt(article, 144)).toEqual([HAGUE]);
    expect(citationsAt(article, 157).map(summary)).toEqual([`${HAGUE} | article=1 | context`]);
    expect(article.acts.find((a) => a.id === HAGUE)).toMatchObject({ kind: 'treaty', date: '1980-10-25' });
  });

  it('names the Constitutional Council resolution № 12 of 1 December 2003 (131-132)', () => {
    expect(mentionedAt(article, 131)).toEqual(['/akn/kz/act/resolution/2003-12-01/12']);
  });

  it('tells the 2007 Law on informatization (312) from the 2015 one by the year printed before its title', () => {
    expect(mentionedAt(article, 312)).toEqual(['/akn/kz/act/law/2007-01-11/217-III']);
  });

  it('does not guess an act for a bracketed chain when nothing before it names one', () => {
    const text = joined(ARTICLE, 114);
    const site = {
      documentId: article.document.id,
      documentActId: article.document.id,
      provisionId: `${article.document.id}/~x`,
      type: 'paragraph' as const,
      place: { section: null, chapter: null, article: null, part: null, subparagraph: null },
      text,
      actsFromContext: true,
    };
    const { citations, diagnostics } = resolveReferences(findReferences(text.text, { generic: true }), site, createCorpusLookup([], []));
    expect(citations.map((c) => [c.raw, c.targetActId])).toEqual([['1-бап', null]]);
    expect(diagnostics.map((d) => [d.rule, d.line])).toEqual([['citation-no-act', 114]]);
  });
});
