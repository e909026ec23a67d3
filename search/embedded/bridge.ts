/**
 * Query words read through the other language's text. Analysts write the word they know: a Kazakh query with the
 * Russian word or the loanword where the Kazakh text has its own term (`жануарлар приюты` where the animals law says
 * панажай, `вакцинация` where it says вакциналау), a Russian query with the Kazakh text's loanword. A word the
 * query's language never uses, but the other language's text does, matches the provisions whose other-language text
 * holds it: their search documents in the query's language count as holding the word, scored as the other index
 * scores it there. Each act's Russian text is aligned to its Kazakh provisions by eId, so this needs no dictionary,
 * and it works on any act imported with both texts.
 * Only words the query's index holds nowhere are read this way: a word of the language is never read twice.
 */
import type { TextAnalyzer } from '../analyzer/index.ts';
import type { IndexState } from './state.ts';

export interface BridgedWord {
  /** The word as typed */
  word: string;
  /** Its term in the query's language, which no text of that language holds */
  term: string;
  /** Its term in the other language, which that language's texts hold */
  via: string;
  /** The query language's doc numbers of the provisions whose other-language text holds `via`, with its score there */
  docs: Map<number, number>;
}

/** A word's first content term under an analyzer (a loanword analyzes to one term), or null. */
function termOf(analyzer: TextAnalyzer, word: string): string | null {
  return analyzer.analyze(word).find((t) => !t.stop)?.term ?? null;
}

/**
 * The words of `query` (among the `terms` the query ranks by) that the state's texts never hold and the other
 * state's texts do, each with the documents it matches through the other language.
 */
export function bridgedWords(state: IndexState, other: IndexState, query: string, terms: readonly string[]): BridgedWord[] {
  const ranked = new Set(terms);
  const bridged: BridgedWord[] = [];
  for (const token of state.analyzer.analyze(query)) {
    // Numbers are the same in both languages; a word the index holds is read in its own language.
    if (token.stop || !ranked.has(token.term) || /^\d/.test(token.term) || state.index.holds(token.term)) continue;
    const word = query.slice(token.start, token.end);
    const via = termOf(other.analyzer, word);
    if (via === null || !other.index.holds(via) || bridged.some((b) => b.term === token.term)) continue;
    const matches = other.index.match([{ term: via, prefix: false, fuzzy: 0 }], {
      boosts: other.boosts,
      fuzzyWeight: other.ranking.fuzzyWeight,
      prefixWeight: other.ranking.prefixWeight,
      bm25: other.ranking.bm25,
    });
    const docs = new Map<number, number>();
    for (let i = 0; i < matches.count; i++) {
      const n = matches.docs[i] ?? 0;
      const id = other.byNumber[n]?.id;
      const own = id === undefined ? undefined : state.numbers.get(id);
      if (own !== undefined) docs.set(own, Math.max(docs.get(own) ?? 0, matches.scores[n] ?? 0));
    }
    if (docs.size > 0) bridged.push({ word, term: token.term, via, docs });
  }
  return bridged;
}
