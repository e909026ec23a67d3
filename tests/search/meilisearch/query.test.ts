import { describe, expect, it } from 'vitest';
import { analyzeWords, indexTerms, kazakhAnalyzer, russianAnalyzer } from '../../../search/analyzer/index.ts';
import {
  addToFacets,
  buildMeiliQuery,
  documentNames,
  locateReference,
  referenceFilter,
  referenceRows,
  toFacets,
  wordsAsSearched,
} from '../../../search/meilisearch/query.ts';
import { planQuery } from '../../../search/query-plan.ts';
import { CODE_ID } from '../../acts.ts';

const plan = (query: string) => planQuery(kazakhAnalyzer, query);
const q = (query: string) => buildMeiliQuery(plan(query)).q;

describe('buildMeiliQuery', () => {
  it('sends the analyzer terms of an inflected query, so they meet the stems field', () => {
    // "куәлердің": of the witnesses; the code heads article 32 with the base form "Куә" (line 2287)
    expect(q('куәлердің')).toBe(indexTerms('куәлердің').join(' '));
    expect(q('куәлердің')).not.toContain('куәлердің');
  });

  it('leaves stop words out ("және": and)', () => {
    expect(q('сот және прокурор').split(' ')).not.toContain('және');
  });

  it('normalizes what is typed: capitals and a Latin look-alike letter', () => {
    // "ӘКIМШIЛIК" typed with Latin I (U+0049) for the Kazakh і
    expect(q('ӘКIМШIЛIК')).toBe(q('әкімшілік'));
  });

  it('cannot be steered by quotes, minus signs or filter syntax in the query', () => {
    const sent = q('сот" -прокурор OR 1=1 (kind = "law")');
    expect(sent).not.toMatch(/["()=]/);
    expect(sent).not.toMatch(/(^| )-/);
  });

  it('sends a quoted query as one Meilisearch phrase of its stems, matching the stems field in order', () => {
    expect(q('«әкімшілік актінің орындалуы»')).toBe(`"${indexTerms('әкімшілік актінің орындалуы').join(' ')}"`);
  });

  it('sends a quoted query as its own words only: no thesaurus term joins the phrase', () => {
    // эксперт (expert): the thesaurus adds the code's сарапшы to the words, but a phrase of all three matches no text
    expect(q('сот эксперті')).toContain('сарапшы');
    expect(q('"сот эксперті"')).toBe(
      `"${kazakhAnalyzer
        .analyze('сот эксперті')
        .map((t) => t.term)
        .join(' ')}"`,
    );
  });

  it('leaves the referenced article out of the words and keeps the rest ("4-бап медиация")', () => {
    expect(q('4-бап медиация')).toBe(indexTerms('медиация').join(' '));
  });

  it('marks the plan terms in snippets', () => {
    expect([...buildMeiliQuery(plan('сот шешімі')).matchedTerms]).toEqual(indexTerms('сот шешімі'));
  });
});

describe('referenceFilter', () => {
  const acts = 'kind IN ["code", "law"]';

  it('selects the provision "22-бап 2-бөлік" (article 22, part 2) names and each provision enclosing it, in codes and laws', () => {
    expect(referenceFilter(plan('22-бап 2-бөлік'))).toBe(`${acts} AND eId IN ["art_22__para_2", "art_22"]`);
  });

  it('selects an article alone by its eId, in Russian as in Kazakh ("статья 22")', () => {
    expect(referenceFilter(plan('22-бап'))).toBe(`${acts} AND eId = "art_22"`);
    expect(referenceFilter(planQuery(russianAnalyzer, 'статья 22'))).toBe(`${acts} AND eId = "art_22"`);
  });

  it('restricts to the documents the query names by abbreviation ("ӘРПК 15-1-бап")', () => {
    expect(referenceFilter(plan('ӘРПК 15-1-бап'))).toBe(`${acts} AND eId = "art_15-1" AND documentNames IN ["әрпк"]`);
  });

  it('drops the document name for the retry over every act', () => {
    expect(referenceFilter(plan('ӘРПК 15-1-бап'), false)).toBe(`${acts} AND eId = "art_15-1"`);
  });

  it('is null for a query that names no article', () => {
    expect(referenceFilter(plan('әкімшілік акт'))).toBeNull();
  });
});

describe('referenceRows', () => {
  const row = (documentId: string, kind: string, eId: string) => ({ documentId, kind: kind as 'code' | 'law', eId });

  it('keeps per act the row nearest the named provision, codes first, then by document id', () => {
    const rows = [
      row('law-b', 'law', 'art_15'),
      row('law-b', 'law', 'art_15__para_2'),
      row('law-a', 'law', 'art_15'),
      row('code', 'code', 'art_15'),
    ];
    expect(referenceRows(rows, []).map((r) => `${r.documentId} ${r.eId}`)).toEqual(['code art_15', 'law-a art_15', 'law-b art_15__para_2']);
  });

  it('puts first the acts the rest of the query matches best', () => {
    const rows = [row('code', 'code', 'art_15'), row('law-a', 'law', 'art_15')];
    expect(referenceRows(rows, ['law-a', 'code']).map((r) => r.documentId)).toEqual(['law-a', 'code']);
  });
});

describe('locateReference', () => {
  const article = {
    provisionId: `${CODE_ID}/~art_22`,
    documentId: CODE_ID,
    passages: [
      { provisionId: `${CODE_ID}/~art_22`, text: '…' },
      { provisionId: `${CODE_ID}/~art_22__para_2`, text: '…' },
    ],
  };

  it('lands on the named part when it is a passage of the article', () => {
    expect(locateReference(plan('22-бап 2-бөлік'), article).provisionId).toBe(`${CODE_ID}/~art_22__para_2`);
  });

  it('falls back to the nearest enclosing passage for a part the article does not have', () => {
    expect(locateReference(plan('22-бап 7-бөлік'), article)).toEqual({
      provisionId: `${CODE_ID}/~art_22`,
      passage: article.passages[0],
    });
  });
});

describe('facets', () => {
  it('turns a facet distribution into counts, most frequent first, numbers in numeric order on ties', () => {
    const facets = toFacets({ chapter: { '10': 2, '2': 2, '3': 5 }, status: { inForce: 7 } });
    expect(facets.chapter).toEqual([
      { value: '3', count: 5 },
      { value: '2', count: 2 },
      { value: '10', count: 2 },
    ]);
    expect(facets.status).toEqual([{ value: 'inForce', count: 7 }]);
    expect(facets.document).toEqual([]);
  });

  it('counts the reference hits in, skipping a null chapter', () => {
    const base = toFacets({ kind: { code: 1 } });
    const added = addToFacets(base, [{ documentId: CODE_ID, kind: 'code', chapter: null, status: 'repealed', lastAmendedYear: '2025' }]);
    expect(added.kind).toEqual([{ value: 'code', count: 2 }]);
    expect(added.chapter).toEqual([]);
    expect(added.document).toEqual([{ value: CODE_ID, count: 1 }]);
    expect(added.lastAmended).toEqual([{ value: '2025', count: 1 }]);
  });
});

describe('documentNames', () => {
  it('lowercases short names once each', () => {
    expect(documentNames(['ӘРПК', 'әрпк', 'АППК'])).toEqual(['әрпк', 'аппк']);
  });
});

describe('wordsAsSearched', () => {
  const words = (analyzer: typeof kazakhAnalyzer, query: string) =>
    wordsAsSearched(analyzeWords(analyzer, query), planQuery(analyzer, query));

  it('shows no general-language synonym, which Meilisearch does not search, and keeps the thesaurus', () => {
    // `прививка` (inoculation) has synonyms (вакцинация …); `эксперт` has the code's term сарапшы in the thesaurus
    expect(analyzeWords(russianAnalyzer, 'прививка')[0]?.expansionKind).toBe('synonym');
    expect(words(russianAnalyzer, 'прививка')[0]).toMatchObject({ expansion: [], expansionKind: null });
    expect(words(kazakhAnalyzer, 'сот эксперті')[1]?.expansionKind).toBe('thesaurus');
  });

  it('shows no expansion in a quoted phrase, which is searched as typed', () => {
    expect(words(kazakhAnalyzer, '"сот эксперті"').map((w) => w.expansionKind)).toEqual([null, null]);
  });
});
