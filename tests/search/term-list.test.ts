/**
 * The bilingual term list the thesaurus is fed from (search/analyzer/term-list.json, mined by app/term-list.ts): what
 * mining the shared exports yields, and the query synonyms both analyzers make of it.
 */
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { mineTermList } from '../../app/index.ts';
import { analyzeRussian, analyzeTokens, analyzeWords, indexTerms, kazakhAnalyzer, russianAnalyzer } from '../../search/analyzer/index.ts';
import { TERM_LIST, THESAURUS, type ThesaurusEntry } from '../../search/analyzer/thesaurus.ts';
import { adiletPath } from '../shared-dir.ts';

const CODE = '/akn/kz/act/code/2020-06-29/350-VI';

describe('the bilingual term list', () => {
  let mined: ThesaurusEntry[];
  beforeAll(async () => {
    mined = await mineTermList(adiletPath());
  });

  it('is what mining the aligned definitions of the exports yields (run `npm run term-list` when it is not)', async () => {
    const file = JSON.parse(await readFile(new URL('../../search/analyzer/term-list.json', import.meta.url), 'utf8')) as {
      entries: ThesaurusEntry[];
    };
    expect(file.entries).toEqual(mined);
    // code 52, cinema law 35, animals law 32 pairs (tests/ingest/term-pairs.test.ts)
    expect(mined.reduce((n, e) => n + e.cites.length, 0)).toBe(119);
    expect(TERM_LIST).toEqual(mined);
  });

  it('holds the exact pairs of the code, each citing the subparagraph defining both', () => {
    const pair = (term: string) => mined.find((e) => e.term === term);
    expect(pair('жолданым')).toEqual({ term: 'жолданым', variants: [], russian: 'обращение', cites: [`${CODE}/~art_4__para_1__point_16`] });
    expect(pair('шағым')).toMatchObject({ russian: 'жалоба', cites: [`${CODE}/~art_4__para_1__point_38`] });
    expect(pair('арыз иесі')).toMatchObject({ russian: 'заявитель', cites: [`${CODE}/~art_4__para_1__point_2`] });
  });

  it('makes a Russian term a variant of its Kazakh term for the Kazakh analyzer, in any inflection', () => {
    const [kazakh] = indexTerms('жолданым');
    expect(indexTerms('обращение')).toContain(kazakh);
    expect(indexTerms('обращения')).toContain(kazakh);
    // a one-word Russian term for a two-word Kazakh one: both words searched
    expect(indexTerms('заявитель')).toEqual(expect.arrayContaining(indexTerms('арыз иесі')));
    expect(analyzeWords(kazakhAnalyzer, 'жалоба')).toEqual([
      {
        word: 'жалоба',
        term: analyzeTokens('жалоба')[0]?.term,
        stopWord: false,
        expansion: indexTerms('шағым'),
        expansionKind: 'thesaurus',
      },
    ]);
    // the Kazakh term itself expands to nothing, nor a Kazakh word whose Russian stem a short Russian term shares:
    // `данные` (data, 4-бап 14-1) stems to `дан`, as the textbook's `дан` (chapter 2, section 1) would
    expect(indexTerms('жолданым')).toEqual([kazakh]);
    expect(indexTerms('дан')).toEqual(['дан']);
    expect(indexTerms('данные')).toContain(indexTerms('деректер')[0]);
  });

  it('makes a Kazakh term a variant of its Russian term for the Russian analyzer, and shows the expansion', () => {
    const russian = analyzeRussian('обращение')[0]?.term ?? '';
    expect(analyzeRussian('жолданым')[0]?.expansion).toEqual([russian]);
    expect(analyzeWords(russianAnalyzer, 'жолданым')).toEqual([
      { word: 'жолданым', term: analyzeRussian('жолданым')[0]?.term, stopWord: false, expansion: [russian], expansionKind: 'thesaurus' },
    ]);
    // the hand entries' Russian terms too: мөлшерлестік (10-бап. Мөлшерлестік) ↔ соразмерность (Статья 10. Соразмерность)
    expect(analyzeRussian('мөлшерлестік')[0]?.expansion).toEqual([analyzeRussian('соразмерность')[0]?.term]);
    // a loanword spelt alike in both languages is no variant of itself
    expect(analyzeRussian('фильм')[0]?.expansion).toBeNull();
  });

  it('expands no word of the Russian texts of the exports but the Russian variants: their words are Russian, the keys Kazakh', async () => {
    const variantStems = new Set(THESAURUS.flatMap((e) => e.russianVariants ?? []).flatMap((v) => analyzeRussian(v).map((t) => t.term)));
    for (const folder of [
      ['appc-350-VI', '2024-01-01'],
      ['law-2019-cinema', '2024-08-20'],
      ['law-2021-animals', '2025-01-01'],
    ]) {
      const text = await readFile(adiletPath(...folder, 'rus.md'), 'utf8');
      expect(
        analyzeRussian(text)
          .filter((t) => t.thesaurus && !variantStems.has(t.term))
          .map((t) => text.slice(t.start, t.end)),
        folder[0],
      ).toEqual([]);
    }
  });
});
