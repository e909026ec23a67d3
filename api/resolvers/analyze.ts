/** Query.analyze and Query.analyzeWords: the index terms of a text, and its words, as the search port understands them. */
import type { AnalyzedWord } from '../../search/analyzer/index.ts';
import type { ApiContext, Resolvers } from '../context.ts';
import { enumResolver } from '../enums.ts';
import { checkQuery, searchPort } from './search.ts';

const EXPANSION_KINDS: Record<NonNullable<AnalyzedWord['expansionKind']>, true> = {
  abbreviation: true,
  thesaurus: true,
  synonym: true,
  otherLanguage: true,
};

export const resolvers: Resolvers = {
  Query: {
    analyze: (_: unknown, { text }: { text: string }, context: ApiContext) => searchPort(context).analyze(checkQuery('text', text)),
    analyzeWords: (_: unknown, { text }: { text: string }, context: ApiContext) =>
      searchPort(context).analyzeWords(checkQuery('text', text)),
  },
  ExpansionKind: enumResolver(EXPANSION_KINDS),
};
