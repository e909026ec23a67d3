/**
 * Domain synonyms (search/analyzer/synonyms.ts): принцип and қағидат (principle: the loanword
 * and the Kazakh term) are one term, so either finds texts written with the other.
 */
import { describe, expect, it } from 'vitest';
import { indexTerms, stemWord, SYNONYMS } from '../../search/analyzer/index.ts';
import { openEmbeddedSearchIndex } from '../../search/embedded/search-index.ts';
import { ingestedCorpus, provision } from '../contract/corpus-fixture.ts';
import { corpusWords } from './corpus-words.ts';

const POLICY_ID = '/akn/kz/doc/policy/2021-06/lprc-administrative-procedures';

describe('synonyms in the analyzer', () => {
  it('indexes every form of принцип as қағидат, forms taken from the corpus', () => {
    const words = corpusWords();
    // принципі, принциптері, принципін (policy text lines 31, 169, 83)
    for (const form of ['принципі', 'принциптері', 'принципін']) {
      expect(words.has(form)).toBe(true);
      expect(indexTerms(form)).toEqual(indexTerms('қағидаты'));
    }
  });

  it('joins each pair of the dictionary, two words the stemmer alone keeps apart', () => {
    for (const [word, as] of Object.entries(SYNONYMS)) {
      expect(stemWord(word)).not.toBe(stemWord(as));
      expect(indexTerms(word)).toEqual(indexTerms(as));
    }
  });
});

describe('synonyms in the embedded index', async () => {
  const index = await openEmbeddedSearchIndex({ dataDir: null });
  await index.upsertDocuments(await ingestedCorpus());

  it('answers the loanword with the article that uses the Kazakh term (7-бап. Заңдылық қағидаты, line 1260)', async () => {
    const result = await index.search({ query: 'заңдылық принципі' });
    expect(result.hits[0]?.provisionId).toBe(provision('art_7'));
    expect(result.hits[0]?.highlights).toContain('қағидаты');
  });

  it('answers the Kazakh term with the paragraph that uses the loanword («бір терезе» принципі, line 31)', async () => {
    const result = await index.search({ query: 'бір терезе қағидаты', filter: { document: POLICY_ID } });
    expect(result.hits.some((h) => h.highlights.includes('принципі'))).toBe(true);
  });
});
