/** Search documents built from the real ingested texts (search/documents.ts). */
import { beforeAll, describe, expect, it } from 'vitest';
import type { IngestedDocument } from '../../model/index.ts';
import { buildSearchDocuments, type SearchDocument } from '../../search/documents.ts';
import { ingestedCode, ingestedCorpus, provision } from '../contract/corpus-fixture.ts';

const ARTICLE_ID = '/akn/kz/doc/article/2015/narbinova-sadykanova-access-to-justice';

describe('search documents', () => {
  let article: SearchDocument[];
  let code: SearchDocument[];
  beforeAll(async () => {
    const corpus: IngestedDocument[] = await ingestedCorpus();
    const source = corpus.find((d) => d.document.id === ARTICLE_ID);
    if (!source) throw new Error(`the ingest did not produce ${ARTICLE_ID}`);
    article = buildSearchDocuments(source);
    code = buildSearchDocuments(await ingestedCode());
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
    expect(code.every((d) => !d.headingInherited)).toBe(true);
  });
});
