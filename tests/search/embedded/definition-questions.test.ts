/**
 * Definition questions on the embedded index over the seed corpus: a question naming a defined term with more words
 * (`… деген не азамат үшін`, "what is … for a citizen") gets that term's definition first (search/embedded/query.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { openEmbeddedSearchIndex, type SearchIndex } from '../../../search/index.ts';
import { CODE_ID } from '../../acts.ts';
import { ingestedCorpus } from '../../contract/corpus-fixture.ts';

describe('definition questions on the embedded index', () => {
  let index: SearchIndex;
  beforeAll(async () => {
    index = await openEmbeddedSearchIndex({ dataDir: null });
    await index.upsertDocuments(await ingestedCorpus());
  }, 60_000);

  it('ranks first the definition of the term a question names, when the question says more', async () => {
    // the code's 4-бап 1-тармақ 21) қолайлы әкімшілік акт – … (a favourable administrative act); `азамат үшін` (for a
    // citizen) is said of it nowhere, and 84-бап 8 holds the question's words as often
    const [hit] = (await index.search({ query: 'қолайлы әкімшілік акт деген не азамат үшін', limit: 1 })).hits;
    expect(hit?.provisionId).toBe(`${CODE_ID}/~art_4__para_1__point_21`);
  });
});
