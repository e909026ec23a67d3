/** Search documents built from the real ingested texts (search/documents.ts). */
import { beforeAll, describe, expect, it } from 'vitest';
import type { IngestedDocument } from '../../model/index.ts';
import { buildSearchDocuments, type SearchDocument } from '../../search/documents.ts';
import { ingestedCode, ingestedCorpus, provision } from '../contract/corpus-fixture.ts';

const ARTICLE_ID = '/akn/kz/doc/article/2015/narbinova-sadykanova-access-to-justice';
const TEXTBOOK_ID = '/akn/kz/doc/textbook/2021/internal-affairs-administrative-activity';

describe('search documents', () => {
  let article: SearchDocument[];
  let code: SearchDocument[];
  let textbook: SearchDocument[];
  let ingested: IngestedDocument;
  beforeAll(async () => {
    const corpus: IngestedDocument[] = await ingestedCorpus();
    const source = corpus.find((d) => d.document.id === ARTICLE_ID);
    if (!source) throw new Error(`the ingest did not produce ${ARTICLE_ID}`);
    article = buildSearchDocuments(source);
    ingested = await ingestedCode();
    code = buildSearchDocuments(ingested);
    const book = corpus.find((d) => d.document.id === TEXTBOOK_ID);
    if (!book) throw new Error(`the ingest did not produce ${TEXTBOOK_ID}`);
    textbook = buildSearchDocuments(book);
  });

  it('dates each article by its last amendment, its parts and subparagraphs included: the effective date, else the act’s', () => {
    const actDates = new Map(ingested.acts.map((a) => [a.id, a.date]));
    // By the ids alone: an amendment whose target id is the article's or lies under it (`art_4__…`).
    const expected = (articleId: string): string | null =>
      ingested.amendments
        .filter((a) => a.targetId === articleId || a.targetId?.startsWith(`${articleId}__`))
        .map((a) => a.effectiveFrom ?? actDates.get(a.actId) ?? '')
        .reduce<string | null>((latest, d) => (d && (!latest || d > latest) ? d : latest), null);
    const articles = code.filter((d) => !d.definition);
    for (const d of articles) expect(d.lastAmended, d.id).toBe(expected(d.id));
    // Article 4: subparagraph 12 repealed by law 241-VIII from 1 January 2026 (README), the latest of its eleven notes.
    expect(code.find((d) => d.id === provision('art_4'))?.lastAmended).toBe('2026-01-01');
    const amended = articles.filter((d) => d.lastAmended !== null).length;
    expect(amended).toBeGreaterThan(50);
    expect(amended).toBeLessThan(articles.length);
    // The other kinds carry no amendment notes.
    expect(textbook.every((d) => d.lastAmended === null)).toBe(true);
  });

  it('gives the first passage under a numbered section heading that heading as its own, the next ones as taken from above', () => {
    // textbook-internal-affairs-administrative-activity.txt line 2785: `1. ІІО штабтарын құру мақсаттары және жұмысының мәні.`;
    // its first passage at line 2789, the second at 2793
    const [first, second] = [2789, 2793].map((line) => textbook.find((d) => d.source.startLine === line));
    expect(first?.heading).toBe('ІІО штабтарын құру мақсаттары және жұмысының мәні.');
    expect(first?.headingInherited).toBe(false);
    expect(second?.heading).toBe(first?.heading);
    expect(second?.headingInherited).toBe(true);
  });

  it('makes each subparagraph of the definitions article a search document headed by its term, and leaves it out of the article', () => {
    // 4-бап, line 891: `4) әкімшілік акт - …`
    const definition = code.find((d) => d.id === provision('art_4__para_1__point_4'));
    expect(definition?.heading).toBe('әкімшілік акт');
    expect(definition?.definition).toBe(true);
    const article4 = code.find((d) => d.id === provision('art_4'));
    expect(article4?.passages.map((p) => p.provisionId)).not.toContain(provision('art_4__para_1__point_4'));
  });

  it('gives a paragraph outside a code the heading above it, marked as taken from above', () => {
    // Line 4 of article-judicial-protection-access-to-justice.txt is the heading «Аңдатпа» (abstract); line 5 its first paragraph.
    const paragraph = article.find((d) => d.source.startLine === 5);
    expect(paragraph?.heading).toBe('Аңдатпа');
    expect(paragraph?.headingInherited).toBe(true);
    const heading = article.find((d) => d.source.startLine === 4);
    expect(heading?.heading).toBe('Аңдатпа');
    expect(heading?.headingInherited).toBe(false);
  });

  it('keeps an article of the code under its own heading', () => {
    // 121-бап. Сотта медиация жүргізу тәртібі (line 7398 of the code)
    const art121 = code.find((d) => d.id === provision('art_121'));
    expect(art121?.heading).toBe('Сотта медиация жүргізу тәртібі');
    expect(art121?.headingInherited).toBe(false);
    // Only a repealed unit, searched on its own, stands under its article's heading.
    expect(code.every((d) => !d.headingInherited || d.status === 'repealed')).toBe(true);
  });

  it("searches a repealed subparagraph on its own, by its article's heading and the note that repealed it", () => {
    // 4-бап 1-бөлік 12) тармақша алып тасталды by law 241-VIII (lines 938–940)
    const point12 = code.find((d) => d.id === provision('art_4__para_1__point_12'));
    expect(point12?.status).toBe('repealed');
    expect(point12?.heading).toBe(code.find((d) => d.id === provision('art_4'))?.heading);
    expect(point12?.passages.map((p) => p.text).join('\n')).toMatch(/алып тасталды/);
    expect(code.find((d) => d.id === provision('art_4'))?.passages.some((p) => p.provisionId === point12?.id)).toBe(false);
  });
});
