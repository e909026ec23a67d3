/**
 * The Meilisearch index as zangraph defines it: the shape of one search document and the
 * settings applied (and waited for) before any document is added.
 *
 * Meilisearch knows no Kazakh morphology, so each search document carries `stems`, the
 * embedded analyzer's index terms, as an extra searchable field, and the adapter sends the
 * analyzed query (search/meilisearch/query.ts). Stop words and abbreviation
 * synonyms come from the analyzer's dictionaries, so both engines share one vocabulary.
 */
import type { Settings } from 'meilisearch';
import type { DocumentKind, ProvisionStatus } from '../../model/index.ts';
import { ABBREVIATIONS, lowercase, RUSSIAN_ABBREVIATIONS, RUSSIAN_STOP_WORDS, STOP_WORDS } from '../analyzer/index.ts';
import type { Passage } from '../documents.ts';

/** One search document in Meilisearch: a provision (with its passages' text) of one corpus document. */
export interface MeiliSearchDocument {
  /** ASCII primary key derived from `provisionId` (see ids.ts) */
  id: string;
  provisionId: string;
  documentId: string;
  /** The corpus document's short names, lowercased (`әрпк`), for reference queries that name it */
  documentNames: string[];
  kind: DocumentKind;
  eId: string;
  /** Language of the row's text (`kk`, `ru`); rows written before the Russian text was indexed have none (Kazakh) */
  language: string;
  /** Number of the enclosing chapter, null outside chapters */
  chapter: string | null;
  status: ProvisionStatus;
  /** Year of the last amendment (`2025`), the facet; null if never amended */
  lastAmendedYear: string | null;
  /** Date of the last amendment as a number (20250315), what a date range filters on; null if never amended */
  lastAmendedDay: number | null;
  heading: string;
  /** Whether the row is a definition headed by its term (search/documents.ts) */
  definition: boolean;
  /** Terms its passages define in a sentence (search/documents.ts), not searched */
  definedTerms: string[];
  /** Headings of the enclosing sections and chapters, outermost first */
  path: string[];
  /** The passages joined (search/documents.ts bodyText): what raw words match */
  text: string;
  /** The passages themselves, not searched: snippets are cut from the best one */
  passages: Passage[];
  /** The index terms of heading and text under the row language's analyzer, space-separated */
  stems: string;
  /** Place in the corpus: document order within the document */
  position: number;
  /** Random per upsert: lets a replacement delete the document's older search documents after adding the new ones */
  generation: string;
}

/** One record per indexed corpus document, in a side index: which version the search index holds. */
export interface MeiliVersionRecord {
  id: string;
  documentId: string;
  sha256: string;
}

/** The attributes behind the port's filter fields and facets */
export const FACET_ATTRIBUTES = ['documentId', 'kind', 'chapter', 'status', 'lastAmendedYear'] as const;

export function meilisearchSettings(): Settings {
  return {
    // Priority order: a heading match outranks a stem match, which outranks a raw-text match.
    searchableAttributes: ['heading', 'stems', 'text'],
    displayedAttributes: [
      'id',
      'provisionId',
      'documentId',
      'kind',
      'eId',
      'language',
      'chapter',
      'status',
      'lastAmendedYear',
      'heading',
      'path',
      'passages',
    ],
    // eId, documentNames, provisionId: reference queries and aligned texts; language: a query's language; generation: replacing a document.
    filterableAttributes: [...FACET_ATTRIBUTES, 'lastAmendedDay', 'eId', 'documentNames', 'provisionId', 'language', 'generation'],
    sortableAttributes: ['documentId', 'position'],
    rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
    stopWords: [...new Set([...STOP_WORDS, ...RUSSIAN_STOP_WORDS])].sort(),
    synonyms: abbreviationSynonyms(),
    typoTolerance: {
      enabled: true,
      // As the embedded index (search/embedded/search-index.ts fuzziness): one typo from 4 letters, two from 8.
      minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 },
      // Article numbers must match exactly: 15-1 is not 15-2.
      disableOnNumbers: true,
    },
    faceting: { maxValuesPerFacet: 500, sortFacetValuesBy: { '*': 'count' } },
    // Totals are exact up to this many matches; the corpus has a few thousand search documents.
    pagination: { maxTotalHits: 20_000 },
    proximityPrecision: 'byWord',
  };
}

export function versionIndexSettings(): Settings {
  return { searchableAttributes: ['documentId'], filterableAttributes: ['documentId'], displayedAttributes: ['*'] };
}

/**
 * Abbreviation ↔ long form, both ways and lowercased (Meilisearch lowercases queries before
 * it looks synonyms up), of both languages' tables: `ҚР` finds `Қазақстан Республикасы`, `РК` `Республика Казахстан`, and back.
 */
export function abbreviationSynonyms(): Record<string, string[]> {
  const synonyms: Record<string, string[]> = {};
  for (const [abbreviation, long] of Object.entries({ ...ABBREVIATIONS, ...RUSSIAN_ABBREVIATIONS })) {
    const short = lowercase(abbreviation);
    const full = lowercase(long);
    (synonyms[short] ??= []).push(full);
    (synonyms[full] ??= []).push(short);
  }
  return synonyms;
}
