/**
 * A query word read through its translation learned from the aligned texts (search/embedded/word-association.ts),
 * through GraphQL on two acts imported with their Russian texts: the animals law's Kazakh text says `жауапкершілік`
 * (responsibility) where its Russian text says `ответственность`; the code 350-VI renders `ответственность` as
 * `жауаптылық` and never says жауапкершілік, so a Kazakh analyst's word learned from the one act misses the other.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../app/index.ts';
import { stemRussian } from '../../search/analyzer/index.ts';
import { graphql } from '../api/graphql-client.ts';
import { adiletPath } from '../shared-dir.ts';
import { serveImportedActs, type ServedStores } from './served-stores.ts';

interface Hits {
  search: { language: string; hits: { provision: { id: string } }[] };
}
type Words = { analyzeWords: { word: string; expansion: string[]; expansionKind: string | null }[] };

const SEARCH = `query ($q: String!) { search(query: $q, language: KK, first: 100) { language hits { provision { id } } } }`;
const ACTS = [adiletPath('appc-350-VI'), adiletPath('law-2021-animals')];
const CODE = '/akn/kz/act/code/2020-06-29/350-VI';

describe('query words read through their translation learned from the aligned texts', () => {
  let served: ServedStores & { reports: ImportReport[] };
  let off_: ServedStores & { reports: ImportReport[] };

  beforeAll(async () => {
    served = await serveImportedActs('zangraph-word-association-', ACTS);
    off_ = await serveImportedActs('zangraph-word-association-off-', ACTS, { associationWeight: 0 });
  }, 120_000);

  afterAll(async () => {
    await served.close();
    await off_.close();
  });

  /**
   * Whether a provision of the code or one inside it says `pattern` (in its heading or text): in Kazakh, the act's own
   * language, or in its Russian wording
   */
  const codeSays = (id: string, language: 'kk' | 'ru', pattern: RegExp): boolean => {
    const document = served.reports.find((r) => r.workId === CODE)?.document;
    const texts =
      language === 'kk'
        ? (document?.provisions ?? []).map((p) => ({ id: p.id, text: `${p.heading ?? ''}\n${p.text}` }))
        : (document?.wordings ?? [])
            .filter((w) => w.language === 'ru')
            .map((w) => ({ id: w.provisionId, text: `${w.heading ?? ''}\n${w.text}` }));
    return texts.some((t) => (t.id === id || t.id.startsWith(`${id}__`) || t.id.startsWith(`${id}/~`)) && pattern.test(t.text));
  };

  const hits = async (stores: ServedStores, query: string): Promise<string[]> => {
    const { data, errors } = await graphql<Hits>(stores.yoga.fetch, SEARCH, { q: query });
    expect(errors).toBeUndefined();
    expect(data?.search.language).toBe('KK');
    return (data?.search.hits ?? []).map((h) => h.provision.id);
  };

  it('finds the provisions of an act that renders the word otherwise, and only with the route on', async () => {
    // The premise: article 174 of the code (`Ответственность за нарушение …`, responsibility for breaking …) says
    // жауаптылық in Kazakh, and no provision of the code says жауапкершілік
    const article = `${CODE}/~art_174`;
    expect(codeSays(article, 'ru', /^Ответственность/u)).toBe(true);
    expect(codeSays(article, 'kk', /жауаптылық/u)).toBe(true);
    expect(codeSays(CODE, 'kk', /жауапкершілі/iu)).toBe(false);
    const on = await hits(served, 'жауапкершілік');
    const off = await hits(off_, 'жауапкершілік');
    expect(on).toContain(article);
    expect(off).not.toContain(article);
    // Every provision of the code found only through the translation says ответственность in Russian (the others,
    // found with the route off too, hold жауапкер, a defendant, a typo away)
    const through = on.filter((id) => id.startsWith(CODE) && !off.includes(id));
    expect(through.length).toBeGreaterThan(0);
    for (const id of through) expect(codeSays(id, 'ru', /ответственност/iu), id).toBe(true);
  });

  it('ranks first the provision that holds every word typed, one of them through its translation', async () => {
    // responsibility for breaking the legislation: article 174 in the words of the animals law. Without the
    // translation, article 29 (Жауапкер, the defendant: a typo away from жауапкершілік) ranks above it
    const query = 'заңнаманы бұзғаны үшін жауапкершілік';
    expect((await hits(served, query))[0]).toBe(`${CODE}/~art_174`);
    expect((await hits(off_, query))[0]).not.toBe(`${CODE}/~art_174`);
  });

  it('shows the translation in analyzeWords as the other-language reading', async () => {
    const words = await graphql<Words>(served.yoga.fetch, `{ analyzeWords(text: "жауапкершілік") { word expansion expansionKind } }`);
    expect(words.data?.analyzeWords).toEqual([
      { word: 'жауапкершілік', expansion: [stemRussian('ответственность')], expansionKind: 'OTHER_LANGUAGE' },
    ]);
  });
});
