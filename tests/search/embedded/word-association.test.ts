/**
 * The translations learned from aligned provisions (search/embedded/word-association.ts), on article headings of the
 * code 350-VI in both its texts (kaz.md and rus.md, articles 92–99) and a chapter heading of the animals law.
 */
import { describe, expect, it } from 'vitest';
import { contentTerms, kazakhAnalyzer, stemRussian } from '../../../search/analyzer/index.ts';
import type { SearchDocument } from '../../../search/documents.ts';
import { DEFAULT_RANKING } from '../../../search/embedded/ranking.ts';
import { addSearchDocument, createState, type IndexState } from '../../../search/embedded/state.ts';
import { createWordAssociations } from '../../../search/embedded/word-association.ts';
import { ANALYZERS } from '../../../search/language.ts';

const CODE = '/akn/kz/act/code/2020-06-29/350-VI';
const ANIMALS = '/akn/kz/act/law/2021-12-30/97-VII';

/** Provisions as [act, eId, Kazakh heading, Russian heading] */
const PROVISIONS: ReadonlyArray<readonly [string, string, string, string]> = [
  [CODE, 'art_92', 'Шағым беру мерзімі', 'Срок подачи жалобы'],
  [CODE, 'art_93', 'Шағымның нысаны мен мазмұны', 'Форма и содержание жалобы'],
  [CODE, 'art_94', 'Шағымды қабылдау, тіркеу, қайтару және кері қайтарып алу', 'Прием, регистрация, возврат и отзыв жалобы'],
  [CODE, 'art_95', 'Шағымды қараусыз қалдыру', 'Оставление жалобы без рассмотрения'],
  [CODE, 'art_96', 'Шағым берудің салдары', 'Последствия подачи жалобы'],
  [CODE, 'art_97', 'Шағымды жеке-дара және алқалы түрде қарау', 'Единоличное и коллегиальное рассмотрение жалобы'],
  [CODE, 'art_98', 'Шағымды қараудың жалпы қағидалары', 'Общие правила рассмотрения жалобы'],
  [CODE, 'art_99', 'Шағымды қарау мерзімі', 'Срок рассмотрения жалобы'],
  [ANIMALS, 'chp_1', 'Жалпы ережелер', 'Общие положения'],
];

function searchDocument(documentId: string, eId: string, language: string, heading: string): SearchDocument {
  const id = `${documentId}/~${eId}`;
  return {
    id,
    documentId,
    kind: documentId === CODE ? 'code' : 'law',
    eId,
    language,
    status: 'inForce',
    lastAmended: null,
    chapter: null,
    path: [],
    heading,
    headingInherited: false,
    passages: [{ provisionId: id, text: '' }],
    source: { file: `${eId}.md`, startLine: 1, endLine: 1, startOffset: 0, endOffset: 0 },
  };
}

/** The Kazakh and Russian states holding the provisions of `acts` */
function states(acts: readonly string[]): { kk: IndexState; ru: IndexState } {
  const kk = createState(ANALYZERS.kk, DEFAULT_RANKING);
  const ru = createState(ANALYZERS.ru, DEFAULT_RANKING);
  for (const [act, eId, kazakh, russian] of PROVISIONS.filter(([act]) => acts.includes(act))) {
    addSearchDocument(kk, searchDocument(act, eId, 'kk', kazakh));
    addSearchDocument(ru, searchDocument(act, eId, 'ru', russian));
  }
  return { kk, ru };
}

const kazakh = (word: string): string => contentTerms(kazakhAnalyzer.analyze(word))[0] ?? '';

describe('word associations learned from aligned provisions', () => {
  it('translates шағым (a complaint) as жалоба, and back', () => {
    const { kk, ru } = states([CODE, ANIMALS]);
    const associations = createWordAssociations();
    expect(associations.translate(kk, ru, kazakh('шағым'))?.term).toBe(stemRussian('жалоба'));
    expect(associations.translate(ru, kk, stemRussian('жалоба'))?.term).toBe(kazakh('шағым'));
    expect([...(associations.translate(kk, ru, kazakh('шағым'))?.actsHolding ?? [])]).toEqual([CODE]);
  });

  it('translates қарау (to consider) by the word its pairs share most specifically, not by жалоба they all hold', () => {
    const { kk, ru } = states([CODE, ANIMALS]);
    // The headings that say қарау (рассмотрение, consideration) all say шағым too, as do four more
    expect(createWordAssociations().translate(kk, ru, kazakh('қарау'))?.term).toBe(stemRussian('рассмотрение'));
  });

  it('learns nothing from two pairs, nor for a word every act with both texts uses', () => {
    const associations = createWordAssociations();
    const both = states([CODE, ANIMALS]);
    // мерзім (a time limit, срок) heads two of the articles only
    expect(associations.translate(both.kk, both.ru, kazakh('мерзім'))).toBeNull();
    const code = states([CODE]);
    // With the code alone, no provision lacks шағым that its translation could find
    expect(associations.translate(code.kk, code.ru, kazakh('шағым'))).toBeNull();
  });

  it('forgets what it learned when cleared', () => {
    const { kk, ru } = states([CODE, ANIMALS]);
    const associations = createWordAssociations();
    expect(associations.translate(kk, ru, kazakh('шағым'))).not.toBeNull();
    const alone = states([CODE]);
    associations.clear();
    expect(associations.translate(alone.kk, alone.ru, kazakh('шағым'))).toBeNull();
  });
});
