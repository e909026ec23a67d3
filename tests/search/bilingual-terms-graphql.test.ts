/**
 * The bilingual term list through GraphQL (yoga.fetch): a term with its translation and their provision, and the pairs
 * as query synonyms both ways: a Russian term finds the Kazakh definition, a Kazakh term the Russian one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readVersionTexts } from '../../app/index.ts';
import { DEFAULT_MAX_FILE_BYTES, readActFolder, withRussian } from '../../ingest/index.ts';
import { graphql } from '../api/graphql-client.ts';
import { ingestedCode, provision } from '../contract/corpus-fixture.ts';
import { adiletPath } from '../shared-dir.ts';
import { serveInEmbeddedStores, type ServedStores } from './served-stores.ts';

interface Hits {
  search: { language: string; hits: { language: string; provision: { id: string; text: string | null } }[] };
}

const SEARCH = `query ($q: String!, $language: SearchLanguage) {
  search(query: $q, language: $language, first: 3) { language hits { language provision { id text } } }
}`;

/** `жолданым` (kaz.md line 145) and `обращение` (rus.md line 145): the code's 4-бап 16) in both texts */
const APPEAL = provision('art_4__para_1__point_16');

describe('GraphQL bilingual terms', () => {
  let kazakhOnly: ServedStores;
  let bilingual: ServedStores;

  beforeAll(async () => {
    const code = await ingestedCode();
    const versions = await readActFolder(adiletPath('appc-350-VI'), DEFAULT_MAX_FILE_BYTES);
    const texts = readVersionTexts(versions.find((v) => v.russian) ?? versions[0]!);
    // The seed's 2026 code with its 2024 version's Russian text, as ingestCorpus joins them after an import.
    const withText = withRussian(code, texts.russian ? [{ kazakh: texts.kazakh, russian: texts.russian }] : []);
    [kazakhOnly, bilingual] = await Promise.all([
      serveInEmbeddedStores('zangraph-terms-kk-', code),
      serveInEmbeddedStores('zangraph-terms-kkru-', withText),
    ]);
  });
  afterAll(async () => {
    await kazakhOnly.close();
    await bilingual.close();
  });

  it('lists a Russian term with its Kazakh translation and the provision defining both', async () => {
    const { data, errors } = await graphql<{
      terms: {
        term: string;
        language: string;
        translations: { term: string; language: string }[];
        definition: { id: string; text: string; translations: { language: string; text: string; validFrom: string }[] };
      }[];
    }>(
      bilingual.yoga.fetch,
      `{ terms(query: "обращение", first: 3) { term language translations { term language }
          definition { id text translations { language text validFrom } } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data?.terms[0]).toMatchObject({
      term: 'обращение',
      language: 'ru',
      translations: [{ term: 'жолданым', language: 'kk' }],
      definition: { id: APPEAL },
    });
    expect(data?.terms[0]?.definition.text).toMatch(/^жолданым - әкімшілік органға/);
    // the Russian text held is the 2024 version's (the seed's Kazakh text is of 2026)
    expect(data?.terms[0]?.definition.translations).toEqual([
      { language: 'RU', text: expect.stringMatching(/^обращение – направленные/), validFrom: '2024-01-01' },
    ]);
  });

  it('gives a Kazakh term its Russian translation', async () => {
    const { data } = await graphql<{ terms: { term: string; translations: { term: string }[] }[] }>(
      bilingual.yoga.fetch,
      `{ terms(query: "шағым", first: 1) { term translations { term } } }`,
    );
    // 4-бап 38) шағым / статья 4 38) жалоба (line 199 of both texts)
    expect(data?.terms[0]).toEqual({ term: 'шағым', translations: [{ term: 'жалоба' }] });
  });

  it('answers a Russian term query with the Kazakh definition first, where only the Kazakh text is held', async () => {
    const { data, errors } = await graphql<Hits>(kazakhOnly.yoga.fetch, SEARCH, { q: 'обращение' });
    expect(errors).toBeUndefined();
    expect(data?.search.language).toBe('KK');
    expect(data?.search.hits[0]?.provision.id).toBe(APPEAL);
    expect(data?.search.hits[0]?.provision.text).toMatch(/^жолданым - /);
    // in another inflection, and in a definition question
    const genitive = await graphql<Hits>(kazakhOnly.yoga.fetch, SEARCH, { q: 'что такое жалоба' });
    expect(genitive.data?.search.hits[0]?.provision.id).toBe(provision('art_4__para_1__point_38'));
  });

  it('answers a Kazakh term searched in Russian with the Russian definition first, and a Russian one in Kazakh', async () => {
    const russian = await graphql<Hits>(bilingual.yoga.fetch, SEARCH, { q: 'жолданым', language: 'RU' });
    expect(russian.data?.search.hits[0]).toMatchObject({ language: 'RU', provision: { id: APPEAL } });
    const kazakh = await graphql<Hits>(bilingual.yoga.fetch, SEARCH, { q: 'обращение', language: 'KK' });
    expect(kazakh.data?.search.hits[0]).toMatchObject({ language: 'KK', provision: { id: APPEAL } });
  });

  it('shows the expansion in analyzeWords', async () => {
    const { data } = await graphql<{ analyzeWords: { word: string; expansion: string[]; expansionKind: string | null }[] }>(
      bilingual.yoga.fetch,
      `{ analyzeWords(text: "жолданым") { word expansion expansionKind } }`,
    );
    // read as Russian (its ending -ым), the Kazakh term expands into the Russian one's stem
    expect(data?.analyzeWords).toEqual([{ word: 'жолданым', expansion: ['обращ'], expansionKind: 'THESAURUS' }]);
  });
});
