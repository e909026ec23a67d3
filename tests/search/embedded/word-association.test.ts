/**
 * The translations learned from aligned provisions (search/embedded/word-association.ts), on article headings of the
 * code 350-VI in both its texts (../shared/adilet/appc-350-VI, articles 92–99, the appeal's articles) and a chapter
 * heading of the animals law, read from the exports.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readVersionTexts } from '../../../app/index.ts';
import { DEFAULT_MAX_FILE_BYTES, readActFolder } from '../../../ingest/index.ts';
import { contentTerms, kazakhAnalyzer, stemRussian } from '../../../search/analyzer/index.ts';
import type { SearchDocument } from '../../../search/documents.ts';
import { DEFAULT_RANKING } from '../../../search/embedded/ranking.ts';
import { addSearchDocument, createState, type IndexState } from '../../../search/embedded/state.ts';
import { createWordAssociations } from '../../../search/embedded/word-association.ts';
import { ANALYZERS } from '../../../search/language.ts';
import { adiletPath } from '../../shared-dir.ts';

const CODE = '/akn/kz/act/code/2020-06-29/350-VI';
const ANIMALS = '/akn/kz/act/law/2021-12-30/97-VII';

/** The units whose headings are read: the code's articles 92–99 (`Шағым беру мерзімі` …), the animals law's chapter 1 */
const UNITS: ReadonlyArray<readonly [string, string[]]> = [
  [CODE, ['art_92', 'art_93', 'art_94', 'art_95', 'art_96', 'art_97', 'art_98', 'art_99']],
  [ANIMALS, ['chp_1']],
];

/** Provisions as [act, eId, Kazakh heading, Russian heading], read from the exports */
let PROVISIONS: Array<readonly [string, string, string, string]> = [];

beforeAll(async () => {
  const folders: Record<string, readonly string[]> = {
    [CODE]: ['appc-350-VI', '2024-01-01'],
    [ANIMALS]: ['law-2021-animals', '2025-01-01'],
  };
  PROVISIONS = [];
  for (const [act, eIds] of UNITS) {
    const versions = await readActFolder(adiletPath(...(folders[act] ?? [])), DEFAULT_MAX_FILE_BYTES);
    const { kazakh, russian } = readVersionTexts(versions[versions.length - 1] as (typeof versions)[number]);
    const heading = (doc: typeof kazakh | null, eId: string) => doc?.provisions.find((p) => p.eId === eId)?.heading ?? '';
    for (const eId of eIds) PROVISIONS.push([act, eId, heading(kazakh, eId), heading(russian, eId)]);
  }
});

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
  it('reads every unit`s heading in both texts (kaz.md line 1985: `92-бап. Шағым беру мерзімі`)', () => {
    expect(PROVISIONS).toHaveLength(9);
    for (const [, eId, kk, ru] of PROVISIONS)
      expect(
        [kk, ru].every((h) => h.length > 0),
        eId,
      ).toBe(true);
    expect(PROVISIONS[0]?.[2]).toBe('Шағым беру мерзімі');
  });

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
