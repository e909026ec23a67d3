/**
 * The SearchIndex contract: every adapter runs this suite over the real ingested code.
 * `makeIndex` returns a fresh, empty index; the suite closes it.
 *
 * Expected values come from the code's text (line numbers of
 * corpus/code-appc-2020-consolidated-2026-01-01.txt in comments) or from plain string
 * searches over the ingested provisions, never from the index under test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IngestedDocument, Provision } from '../../model/index.ts';
import type { SearchIndex, SearchResults } from '../../search/port.ts';
import { CODE_ID, ingestedCode, ingestedCodeWithRussian, provision } from './corpus-fixture.ts';

/** The article (search document of a code) that holds a provision. */
function articleOf(code: IngestedDocument, p: Provision): Provision | null {
  const byId = new Map(code.provisions.map((x) => [x.id, x]));
  for (let at: Provision | undefined = p; at; at = at.parentId ? byId.get(at.parentId) : undefined) if (at.type === 'article') return at;
  return null;
}

/**
 * Ids of the search documents whose heading or text holds `needle`, case-insensitively: the article
 * (any part of it), or for a subparagraph of article 4 (`Осы Кодексте пайдаланылатын негізгі ұғымдар`,
 * the definitions, line 866) the subparagraph itself, which is searched on its own.
 */
function articlesContaining(code: IngestedDocument, needle: string): Set<string> {
  const found = new Set<string>();
  for (const p of code.provisions) {
    const text = `${p.heading ?? ''} ${p.text}`.toLowerCase();
    if (!text.includes(needle.toLowerCase())) continue;
    const article = articleOf(code, p);
    if (article?.eId === 'art_4' && p.type === 'subparagraph') found.add(p.id);
    else if (article) found.add(article.id);
  }
  return found;
}

const stripMarks = (snippet: string): string => snippet.replace(/<\/?mark>/g, '').replace(/^…|…$/g, '');
const ids = (r: SearchResults): string[] => r.hits.map((h) => h.provisionId);

/**
 * The search document a hit of the code belongs to: a hit on an article may be the part its match lies in
 * (search/best-part.ts), which belongs to the article; a definition of article 4 is its own.
 */
const articleOfHit = (id: string): string => {
  const eId = id.slice(`${CODE_ID}/~`.length);
  return !id.startsWith(`${CODE_ID}/~art_`) || eId.startsWith('art_4__para_1__point_') ? id : `${CODE_ID}/~${eId.split('__')[0]}`;
};
const articleIds = (r: SearchResults): string[] => r.hits.map((h) => articleOfHit(h.provisionId));

export function searchIndexContract(name: string, makeIndex: () => Promise<SearchIndex>): void {
  describe(`SearchIndex contract: ${name}`, () => {
    let index: SearchIndex;
    let code: IngestedDocument;

    beforeAll(async () => {
      code = await ingestedCode();
      index = await makeIndex();
      await index.upsertDocuments([code]);
    }, 120_000);
    afterAll(async () => {
      await index?.close();
    });

    describe('indexing', () => {
      it('reports the version of each indexed document', async () => {
        expect(await index.indexedVersions()).toEqual([{ documentId: CODE_ID, sha256: code.document.sha256 }]);
      });

      it('replaces a document on a second upsert instead of adding it twice', async () => {
        const before = await index.search({ query: 'медиация', limit: 100 });
        await index.upsertDocuments([code]);
        const after = await index.search({ query: 'медиация', limit: 100 });
        expect(after.total).toBe(before.total);
        expect(ids(after)).toEqual(ids(before));
      });

      it('drops the passages a changed document no longer has', async () => {
        // 121-бап. Сотта медиация жүргізу тәртібі (line 7398): remove the article and what is under it
        const art121 = provision('art_121');
        const without = code.provisions.filter((p) => p.id !== art121 && !p.id.startsWith(`${art121}__`));
        await index.upsertDocuments([{ ...code, provisions: without }]);
        expect(ids(await index.search({ query: 'медиация', limit: 100 }))).not.toContain(art121);
        await index.upsertDocuments([code]);
        expect(ids(await index.search({ query: 'медиация', limit: 100 }))).toContain(art121);
      });

      it('forgets a removed document', async () => {
        await index.removeDocuments([CODE_ID]);
        expect((await index.search({ query: 'медиация' })).total).toBe(0);
        expect(await index.indexedVersions()).toEqual([]);
        await index.upsertDocuments([code]);
        expect((await index.search({ query: 'медиация' })).total).toBeGreaterThan(0);
      });
    });

    describe('ranking', () => {
      it('finds every article that holds the word, in any inflection, and ranks the one headed by it first', async () => {
        // 32-бап. Куә (line 2287): "witness" heads article 32 and occurs in the text of others
        const holding = articlesContaining(code, 'куә');
        expect(holding.size).toBeGreaterThan(3);
        const result = await index.search({ query: 'куәлердің', limit: 100 }); // an inflection the code does not use
        expect(ids(result)[0]).toBe(provision('art_32'));
        for (const id of holding) expect(articleIds(result)).toContain(id);
      });

      it('ranks the article whose heading holds every query word above articles holding them in the body only', async () => {
        // 92-бап. Шағым беру мерзімі (line 6259): "time limit for filing a complaint"
        const result = await index.search({ query: 'шағым берудің мерзімдері' });
        expect(ids(result)[0]).toBe(provision('art_92'));
      });

      it('completes the last word as a prefix', async () => {
        // бейнеконференц-байланыс: video-conference link (art. 4 point 13, line 942, and elsewhere)
        const result = await index.search({ query: 'бейнеконфер', limit: 100 });
        expect(new Set(articleIds(result))).toEqual(articlesContaining(code, 'бейнеконференц'));
      });

      it('ranks the definition of a defined term first, asked alone or as a definition question', async () => {
        // 4-бап 1-тармақ 4) әкімшілік акт - … (line 875); the words recur in dozens of articles, 78-бап is headed by them
        for (const query of [
          'әкімшілік акт',
          'әкімшілік акт деген не',
          'әкімшілік акт анықтамасы',
          'әкімшілік актінің ұғымы',
          'әкімшілік акт дегенді білдіреді', // means
          'әкімшілік акт нені білдіреді', // what does … mean
        ])
          expect(ids(await index.search({ query }))[0], query).toBe(provision('art_4__para_1__point_4'));
      });

      it('makes the part that defines the term a definition question names its hit, not the part using it most', async () => {
        // 30-бап 1 (line 2152): `… тұлға мүдделі тұлға деп танылады` (… is recognised as an interested person); its
        // part 2 opens `Мүдделі тұлғалар …` and holds the words as often
        expect(ids(await index.search({ query: 'мүдделі тұлға деген не' }))[0]).toBe(provision('art_30__para_1'));
      });

      it('tolerates a typo in a long word', async () => {
        // 121-бап. Сотта медиация жүргізу тәртібі (line 7398); 128-бап on evidence (дәлелдемелер)
        expect(ids(await index.search({ query: 'медиацыя' }))[0]).toBe(provision('art_121'));
        expect(ids(await index.search({ query: 'дәлелдемелрді' }))).toContain(provision('art_128'));
      });

      it('ranks an article holding the query as a phrase first', async () => {
        const result = await index.search({ query: 'сотқа дейінгі тәртіп' });
        const top = result.hits[0];
        expect(top && articlesContaining(code, 'сотқа дейінгі').has(articleOfHit(top.provisionId))).toBe(true);
      });

      it('returns only texts holding a quoted phrase', async () => {
        const result = await index.search({ query: '"сотқа дейінгі"', limit: 100 });
        expect(result.total).toBeGreaterThan(0);
        const holding = articlesContaining(code, 'сотқа дейінгі');
        for (const id of articleIds(result)) expect(holding.has(id)).toBe(true);
      });

      it('returns the part of an article its match lies in, and the article when its heading carries the match', async () => {
        // 25-бап 2-бөлік (line 1862): `… судья ерекше пікір жазуға құқылы …`, a dissenting opinion; the article is
        // headed by collegial examination and its other parts speak of judges without opinions
        const opinion = await index.search({ query: 'судьяның ерекше пікірі' });
        expect(ids(opinion)[0]).toMatch(new RegExp(`^${provision('art_25__para_')}[23]$`));
        expect(opinion.hits[0]?.snippet).toMatch(/<mark>пікір/);
        // 92-бап. Шағым беру мерзімі: every word of the query is in the heading
        expect(ids(await index.search({ query: 'шағым беру мерзімі' }))[0]).toBe(provision('art_92'));
      });
    });

    describe('filters and facets', () => {
      it('restricts hits to a chapter and counts facets over every match', async () => {
        const all = await index.search({ query: 'әкімшілік акт', limit: 100 });
        const chapter = all.facets.chapter[0];
        expect(chapter).toBeDefined();
        const filtered = await index.search({ query: 'әкімшілік акт', filter: { chapter: chapter?.value }, limit: 100 });
        expect(filtered.total).toBe(chapter?.count);
        const byId = new Map(code.provisions.map((p) => [p.id, p]));
        for (const hit of filtered.hits) {
          let at = byId.get(hit.provisionId);
          while (at && at.type !== 'chapter') at = at.parentId ? byId.get(at.parentId) : undefined;
          expect(at?.num).toBe(chapter?.value);
        }
        expect(all.facets.kind).toEqual([{ value: 'code', count: all.total }]);
        expect(all.facets.document).toEqual([{ value: CODE_ID, count: all.total }]);
      });

      it('filters by status: a repealed part or subparagraph is searched on its own, its article stays in force', async () => {
        // e.g. art. 4 point 12 (line 938) is repealed, article 4 is in force
        const repealedIds = code.provisions.filter((p) => p.status === 'repealed').map((p) => p.id);
        expect(code.provisions.some((p) => p.type === 'article' && p.status === 'repealed')).toBe(false);
        const all = await index.search({ query: 'әкімшілік', limit: 1 });
        const inForce = await index.search({ query: 'әкімшілік', filter: { status: 'inForce' }, limit: 1 });
        const repealed = await index.search({ query: 'әкімшілік', filter: { status: 'repealed' }, limit: 50 });
        expect(repealed.total).toBeGreaterThan(0);
        expect(inForce.total + repealed.total).toBe(all.total);
        expect(repealed.hits.every((h) => repealedIds.includes(h.provisionId))).toBe(true);
        expect(all.facets.status).toEqual([
          { value: 'inForce', count: inForce.total },
          { value: 'repealed', count: repealed.total },
        ]);
      });

      it('counts matches by year of last amendment and narrows to a range of those dates', async () => {
        // Article 4 (line 866): its latest note repeals subparagraph 12 from 1 January 2026 (law 241-VIII).
        const all = await index.search({ query: 'әкімшілік акт', limit: 100 });
        const years = all.facets.lastAmended;
        expect(years.map((y) => y.value)).toContain('2026');
        for (const y of years) expect(y.value).toMatch(/^\d{4}$/);
        const in2026 = await index.search({
          query: 'әкімшілік акт',
          filter: { lastAmended: { from: '2026-01-01', to: '2026-12-31' } },
          limit: 100,
        });
        expect(in2026.total).toBe(years.find((y) => y.value === '2026')?.count);
        // A hit may be the part of an article its match lies in: the date is the article's (the search document's).
        const articles = [...new Set(ids(in2026).map((id) => id.replace(/__.*$/, '')))];
        expect(articles).toContain(provision('art_4'));
        // Every article so narrowed has an amendment dated 2026 in it, and none later.
        const actDates = new Map(code.acts.map((a) => [a.id, a.date]));
        for (const id of articles) {
          const dates = code.amendments
            .filter((a) => a.targetId === id || a.targetId?.startsWith(`${id}__`))
            .map((a) => a.effectiveFrom ?? actDates.get(a.actId) ?? '');
          expect(dates.sort().at(-1)?.slice(0, 4), id).toBe('2026');
        }
        const before2020 = await index.search({ query: 'әкімшілік акт', filter: { lastAmended: { to: '2019-12-31' } } });
        expect(before2020.total).toBe(years.filter((y) => y.value < '2020').reduce((sum, y) => sum + y.count, 0));
      });

      it('returns nothing for a document or kind the index does not hold', async () => {
        expect((await index.search({ query: 'сот', filter: { document: '/akn/kz/act/code/1999-01-01/none' } })).total).toBe(0);
        expect((await index.search({ query: 'сот', filter: { kind: 'textbook' } })).total).toBe(0);
        expect((await index.search({ query: 'сот', filter: { document: CODE_ID, kind: 'code' } })).total).toBeGreaterThan(0);
      });
    });

    describe('snippets', () => {
      it('cuts the snippet from the part that matches and marks the matched words', async () => {
        const result = await index.search({ query: 'медиация' });
        const hit = result.hits[0];
        expect(hit?.snippet).toMatch(/<mark>медиация<\/mark>/i);
        const parts = code.provisions.filter((p) => p.id === hit?.provisionId || p.id.startsWith(`${hit?.provisionId}__`));
        const plain = stripMarks(hit?.snippet ?? '');
        expect(parts.some((p) => p.text.includes(plain) || (p.heading ?? '').includes(plain))).toBe(true);
        expect(hit?.highlights.map((h) => h.toLowerCase())).toContain('медиация');
      });

      it('escapes the text around the marks', async () => {
        for (const hit of (await index.search({ query: 'сот шешімі', limit: 20 })).hits) {
          expect(hit.snippet.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
        }
      });
    });

    describe('pagination', () => {
      it('returns consecutive, non-overlapping pages of one ranking', async () => {
        const all = await index.search({ query: 'әкімшілік рәсім', limit: 10 });
        const first = await index.search({ query: 'әкімшілік рәсім', limit: 5 });
        const second = await index.search({ query: 'әкімшілік рәсім', offset: 5, limit: 5 });
        expect([...ids(first), ...ids(second)]).toEqual(ids(all));
        expect(first.total).toBe(all.total);
      });

      it('says on each page whether a hit follows, so paging reaches every hit, the parts an article is split into included', async () => {
        // "прокурор" (prosecutor): 19 articles hold it, some in several parts, each part a hit of its own on an
        // adapter that splits them; the page size of 5 makes the last hits fall beyond the total.
        const all = await index.search({ query: 'прокурор', limit: 100 });
        expect(all.hasMore).toBe(false);
        const paged: string[] = [];
        for (let offset = 0; ; offset += 5) {
          const page = await index.search({ query: 'прокурор', offset, limit: 5 });
          paged.push(...ids(page));
          expect(page.hasMore).toBe(paged.length < all.hits.length);
          if (!page.hasMore) break;
        }
        expect(paged).toEqual(ids(all));
        expect(new Set(all.hits.map((h) => articleOfHit(h.provisionId))).size).toBe(all.total);
      });
    });

    describe('reference queries', () => {
      it('answers 15-1-бап with article 15-1 first', async () => {
        // 15-1-бап. Құқық көздерінің иерархиясы is numbered 15-1 in the code
        expect(ids(await index.search({ query: '15-1-бап' }))[0]).toBe(provision('art_15-1'));
      });

      it('answers ӘРПК 22-бап 2-бөлік and 22-баптың 2-бөлігі with part 2 of article 22 first', async () => {
        expect(ids(await index.search({ query: 'ӘРПК 22-бап 2-бөлік' }))[0]).toBe(provision('art_22__para_2'));
        expect(ids(await index.search({ query: '22-баптың 2-бөлігі' }))[0]).toBe(provision('art_22__para_2'));
      });

      it('answers article 4 with article 4 first', async () => {
        expect(ids(await index.search({ query: 'article 4' }))[0]).toBe(provision('art_4'));
      });

      it('ranks text matches for the remaining words after the referenced provision', async () => {
        const result = await index.search({ query: '4-бап медиация' });
        expect(ids(result)[0]).toBe(provision('art_4'));
        expect(ids(result)).toContain(provision('art_121'));
      });
    });

    describe('the Russian text beside the Kazakh', () => {
      let bilingual: SearchIndex;
      /** The Kazakh provision of an eId, and its Russian wording (read off the texts, not the index) */
      const kazakh = (eId: string): Provision => code.provisions.find((p) => p.eId === eId) as Provision;
      let russian: (eId: string) => { heading: string | null; text: string };

      beforeAll(async () => {
        const withRussian = await ingestedCodeWithRussian();
        russian = (eId) =>
          withRussian.wordings.find((w) => w.provisionId === provision(eId) && w.language === 'ru') ?? { heading: null, text: '' };
        bilingual = await makeIndex();
        await bilingual.upsertDocuments([withRussian]);
      }, 120_000);
      afterAll(async () => {
        await bilingual?.close();
      });

      it('answers a Russian query from the Russian text: each provision once, in Russian, with its Kazakh text', async () => {
        // Статья 10. Соразмерность (rus.md line 285) is 10-бап. Мөлшерлестік (line 1379)
        expect(russian('art_10').heading).toBe('Соразмерность');
        const result = await bilingual.search({ query: 'соразмерность', limit: 100 });
        expect(result.language).toBe('ru');
        const top = result.hits[0];
        expect(top?.provisionId).toBe(provision('art_10'));
        expect(top?.language).toBe('ru');
        expect(top?.aligned?.language).toBe('kk');
        expect(top?.aligned?.heading).toBe(kazakh('art_10').heading);
        expect(top?.aligned?.text).toContain(kazakh('art_10__para_1').text);
        expect(new Set(ids(result)).size).toBe(result.hits.length);
      });

      it('marks the Russian words that matched, in any inflection', async () => {
        // `должны быть соразмерными` (art. 10 part 1): the query's nominative meets the text's instrumental
        const top = (await bilingual.search({ query: 'соразмерность' })).hits[0];
        expect(top?.snippet).toContain('<mark>соразмерными</mark>');
      });

      it('answers a Kazakh query from the Kazakh text with the Russian text beside it', async () => {
        const top = (await bilingual.search({ query: 'мөлшерлестік' })).hits[0];
        expect(top?.provisionId).toBe(provision('art_10'));
        expect(top?.language).toBe('kk');
        expect(top?.aligned?.language).toBe('ru');
        expect(top?.aligned?.heading).toBe('Соразмерность');
        expect(top?.aligned?.text).toContain(russian('art_10__para_1').text);
      });

      it('answers Russian references as it answers Kazakh ones', async () => {
        for (const query of ['статья 22', 'ст. 22', '22-бап']) expect(ids(await bilingual.search({ query }))[0]).toBe(provision('art_22'));
        expect(ids(await bilingual.search({ query: 'пункт 2 статьи 5' }))[0]).toBe(provision('art_5__para_2'));
        expect(ids(await bilingual.search({ query: 'подпункт 4) пункта 1 статьи 4' }))[0]).toBe(provision('art_4__para_1__point_4'));
        const part = (await bilingual.search({ query: 'пункт 2 статьи 5' })).hits[0];
        expect(part?.language).toBe('ru');
        expect(part?.aligned?.text).toBe(kazakh('art_5__para_2').text);
      });

      it('searches the language the caller forces', async () => {
        const asKazakh = await bilingual.search({ query: 'соразмерность', language: 'kk', limit: 100 });
        expect(asKazakh.language).toBe('kk');
        expect(asKazakh.hits.every((h) => h.language === 'kk')).toBe(true);
        const asRussian = await bilingual.search({ query: '22-бап', language: 'ru' });
        expect(asRussian.language).toBe('ru');
        expect(asRussian.hits[0]?.provisionId).toBe(provision('art_22'));
      });

      it("counts a Russian query's total and facets over the Russian text only", async () => {
        const result = await bilingual.search({ query: 'медиация', language: 'ru', limit: 100 });
        // The total counts search documents: an article whose parts are several hits counts once
        expect(new Set(articleIds(result)).size).toBe(result.total);
        expect(result.facets.document).toEqual([{ value: CODE_ID, count: result.total }]);
      });

      it('leaves a Kazakh-only index answering Russian-looking references from the Kazakh text', async () => {
        const top = (await index.search({ query: 'статья 22' })).hits[0];
        expect(top?.provisionId).toBe(provision('art_22'));
        expect(top?.language).toBe('kk');
        expect(top?.aligned).toBeNull();
      });
    });

    describe('analysis', () => {
      it('shows the terms a query is searched by', async () => {
        expect(await index.analyze('Соттардың 22-бабы және ҚР')).toEqual(['сот', '22', 'бап', 'қр', 'қазақстан', 'республика']);
      });

      it('rejects an empty query', async () => {
        await expect(index.search({ query: '   ' })).rejects.toThrow(/empty query/);
      });
    });
  });
}
