/**
 * Domain synonyms (search/analyzer/synonyms.ts): принцип and қағидат (principle: the loanword
 * and the Kazakh term) are one term, so either finds texts written with the other; an abbreviation
 * or a short form, in either language, finds its long form and back.
 */
import { describe, expect, it } from 'vitest';
import { analyzeRussian, contentTerms, indexTerms, RUSSIAN_ABBREVIATIONS, stemWord, SYNONYMS } from '../../search/analyzer/index.ts';
import { openEmbeddedSearchIndex } from '../../search/embedded/search-index.ts';
import { ingestedCodeWithRussian, ingestedCorpus, provision } from '../contract/corpus-fixture.ts';
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

describe('a quoted abbreviation in the embedded index', async () => {
  const index = await openEmbeddedSearchIndex({ dataDir: null });
  await index.upsertDocuments(await ingestedCorpus());

  it('finds the texts that write ҚР for "ҚР": its long form is not asked to follow it in the text', async () => {
    const result = await index.search({ query: '"ҚР"' });
    expect(result.total).toBeGreaterThan(0);
    for (const hit of result.hits) expect(hit.highlights).toContain('ҚР');
  });
});

describe('abbreviations in the analyzers', () => {
  const russian = (text: string) => contentTerms(analyzeRussian(text));

  it('expands every Russian abbreviation and short form into the terms of its long form', () => {
    for (const [abbreviation, long] of Object.entries(RUSSIAN_ABBREVIATIONS))
      expect(russian(abbreviation), abbreviation).toEqual(expect.arrayContaining(russian(long)));
  });

  it('expands a short form in any inflection, and leaves the long form as it is', () => {
    // госорганы, госоргану (state bodies, to a state body), вузов (of higher education institutions)
    expect(russian('госорганы')).toEqual(expect.arrayContaining(russian('государственный орган')));
    expect(russian('госоргану')).toEqual(expect.arrayContaining(russian('государственному органу')));
    expect(russian('вузов')).toEqual(expect.arrayContaining(russian('высших учебных заведений')));
    expect(russian('государственный орган')).toHaveLength(2);
  });

  it('expands the Kazakh abbreviations added beside ҚР into their long forms', () => {
    expect(indexTerms('НҚА')).toEqual(expect.arrayContaining(indexTerms('нормативтік құқықтық актілер')));
    expect(indexTerms('БАҚ-та')).toEqual(expect.arrayContaining(indexTerms('бұқаралық ақпарат құралдарында')));
    expect(indexTerms('ЖАО')).toEqual(expect.arrayContaining(indexTerms('жергілікті атқарушы органдар')));
  });
});

describe('Russian abbreviations in the embedded index', async () => {
  const index = await openEmbeddedSearchIndex({ dataDir: null });
  await index.upsertDocuments([await ingestedCodeWithRussian()]);

  it('answers госорган with provisions whose Russian text says государственный орган', async () => {
    const result = await index.search({ query: 'госорган', language: 'ru' });
    expect(result.language).toBe('ru');
    expect(result.hits.length).toBeGreaterThan(0);
    for (const hit of result.hits.slice(0, 3)) expect(hit.highlights.join(' ')).toMatch(/государственн/u);
  });

  it('answers МИО with the local executive bodies of the Russian text', async () => {
    const result = await index.search({ query: 'полномочия МИО', language: 'ru' });
    expect(result.hits[0]?.highlights.join(' ')).toMatch(/местн.*исполнительн/u);
  });
});
