import { describe, expect, it } from 'vitest';
import { ABBREVIATIONS, RUSSIAN_ABBREVIATIONS, RUSSIAN_STOP_WORDS, STOP_WORDS } from '../../../search/analyzer/index.ts';
import { idFromMeiliDocumentId, meiliDocumentId } from '../../../search/meilisearch/ids.ts';
import { abbreviationSynonyms, meilisearchSettings } from '../../../search/meilisearch/settings.ts';

describe('meilisearchSettings', () => {
  const settings = meilisearchSettings();

  it('searches heading, then analyzer stems, then the raw text', () => {
    expect(settings.searchableAttributes).toEqual(['heading', 'stems', 'text']);
  });

  it('filters on the port filter fields, the reference-query fields, the language and the generation a replacement deletes by', () => {
    expect(settings.filterableAttributes).toEqual([
      'documentId',
      'kind',
      'chapter',
      'status',
      'lastAmendedYear',
      'lastAmendedDay',
      'eId',
      'documentNames',
      'provisionId',
      'language',
      'generation',
    ]);
    expect(settings.faceting).toEqual({ maxValuesPerFacet: 500, sortFacetValuesBy: { '*': 'count' } });
  });

  it('never returns the stems field to clients', () => {
    expect(settings.displayedAttributes).not.toContain('stems');
    expect(settings.displayedAttributes).toContain('provisionId');
    expect(settings.displayedAttributes).toContain('passages');
  });

  it("takes its stop words from both analyzers' dictionaries, each once, sorted", () => {
    expect(settings.stopWords).toEqual([...new Set([...STOP_WORDS, ...RUSSIAN_STOP_WORDS])].sort());
    expect(settings.stopWords).toContain('және'); // "and"
    expect(settings.stopWords).toContain('или'); // "or" (Russian)
    expect(new Set(settings.stopWords).size).toBe(settings.stopWords?.length);
  });

  it('tolerates typos from the word lengths the embedded index does, never in numbers', () => {
    expect(settings.typoTolerance).toEqual({
      enabled: true,
      minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 },
      disableOnNumbers: true,
    });
  });

  it('lists the ranking rules with sort after the relevance rules', () => {
    expect(settings.rankingRules).toEqual(['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness']);
  });
});

describe('abbreviationSynonyms', () => {
  const synonyms = abbreviationSynonyms();

  it('maps ҚР to "қазақстан республикасы" and back, lowercased', () => {
    expect(synonyms['қр']).toEqual(['қазақстан республикасы']);
    expect(synonyms['қазақстан республикасы']).toEqual(['қр']);
  });

  it('has one entry each way per abbreviation of either analyzer', () => {
    const abbreviations = Object.keys(ABBREVIATIONS).length + Object.keys(RUSSIAN_ABBREVIATIONS).length;
    expect(Object.keys(synonyms)).toHaveLength(2 * abbreviations);
    expect(synonyms['әрпк']).toEqual(['әкімшілік рәсімдік-процестік кодекс']);
    expect(synonyms['госорган']).toEqual(['государственный орган']);
    expect(synonyms['республика казахстан']).toEqual(['рк']);
  });
});

describe('meiliDocumentId', () => {
  const provisionId = '/akn/kz/act/code/2020-06-29/350-VI/~art_15-1__para_2';

  it('is ASCII of the characters Meilisearch allows in a primary key, and decodes back', () => {
    const key = meiliDocumentId(provisionId);
    expect(key).toMatch(/^[A-Za-z0-9_-]{1,511}$/);
    expect(idFromMeiliDocumentId(key)).toBe(provisionId);
  });

  it('round-trips an id with Cyrillic letters', () => {
    const id = '/akn/kz/act/unknown/әкімшілік-кодекс/~art_1';
    expect(idFromMeiliDocumentId(meiliDocumentId(id))).toBe(id);
  });

  it('falls back to a hash key for an id too long to encode, which does not decode', () => {
    const key = meiliDocumentId(`/akn/${'a'.repeat(600)}`);
    expect(key).toMatch(/^h[0-9a-f]{64}$/);
    expect(idFromMeiliDocumentId(key)).toBeNull();
  });

  it('gives different keys to different ids', () => {
    expect(meiliDocumentId(`${provisionId}a`)).not.toBe(meiliDocumentId(provisionId));
  });
});
