/**
 * Query words read through the other language's text. Analysts write the word they know: a Kazakh query with the
 * Russian word or the loanword where the Kazakh text has its own term (`жануарлар приюты` where the animals law says
 * панажай, `вакцинация` where it says вакциналау), a Russian query with the Kazakh text's loanword. A provision whose
 * own text lacks the word but whose other-language text holds it counts as holding the word, scored as the other
 * index scores it there. Each act's Russian text is aligned to its Kazakh provisions by eId, so this needs no
 * dictionary, and it works on any act imported with both texts. Provision by provision, not corpus-wide: that some
 * other act's Kazakh text uses the loanword says nothing of this act's. A word no other-language text holds is read
 * through its translation learned from the aligned texts (word-association.ts), in the acts that never use the word:
 * the one route that does read across acts, since what it reads is how the acts render one term differently.
 */
import type { TextAnalyzer } from '../analyzer/index.ts';
import type { IndexState } from './state.ts';
import type { WordAssociations } from './word-association.ts';

/** The shortest stem matched as a prefix too */
const MIN_PREFIX = 6;

export interface BridgedWord {
  /** The word as typed */
  word: string;
  /** Its term in the query's language */
  term: string;
  /** Its term in the other language, which that language's texts hold */
  via: string;
  /**
   * Whether `via` is the word's translation learned from the aligned texts (word-association.ts), the other text not
   * holding the word itself: a guess, weighed less than the word found as typed
   */
  associated: boolean;
  /**
   * The query language's doc numbers of the provisions whose other-language text holds `via` and whose own text lacks
   * `term`, with the other index's score of `via` there
   */
  docs: Map<number, number>;
}

/** A word's first content term under an analyzer (a loanword analyzes to one term), or null. */
function termOf(analyzer: TextAnalyzer, word: string): string | null {
  return analyzer.analyze(word).find((t) => !t.stop)?.term ?? null;
}

/**
 * The words of `query` (among the `terms` the query ranks by) that the other state's texts hold, or whose translation
 * (learned from the aligned texts) they hold, each with the documents it matches only through the other language; a
 * word matching none so is left out. `associations` null: no word read through its translation.
 */
export function bridgedWords(
  state: IndexState,
  other: IndexState,
  query: string,
  terms: readonly string[],
  associations: WordAssociations | null,
): BridgedWord[] {
  const ranked = new Set(terms);
  const bridged: BridgedWord[] = [];
  for (const token of state.analyzer.analyze(query)) {
    // Numbers are the same in both languages.
    if (token.stop || !ranked.has(token.term) || /^\d/.test(token.term) || bridged.some((b) => b.term === token.term)) continue;
    const word = query.slice(token.start, token.end);
    // The word as typed, else its term: a loanword's derivation read back to its noun (`реабилитациялау`, to
    // rehabilitate → `реабилитация`) is what the other text holds.
    const typed = [word, token.term].map((w) => termOf(other.analyzer, w)).find((t): t is string => t !== null && other.index.holds(t));
    const own = state.index.frequency(token.term);
    // A word the query's language uses about as often as the other language is its own: reading it again would
    // find few provisions more, at the cost of a second search.
    if (typed !== undefined && own * 2 >= other.index.frequency(typed)) continue;
    // A word the other texts never hold is read through its translation there (word-association.ts), in the acts
    // whose own text never uses the word: they render the term in another word. In an act that uses the word, a
    // provision holding the translation but not the word phrases it otherwise, and reading it so would only blur.
    const translation = typed === undefined ? (associations?.translate(state, other, token.term) ?? null) : null;
    const via = typed ?? translation?.term;
    if (via === undefined) continue;
    // A long stem also as a prefix: the other text may hold the word derived (Russian `реабилитационных`, of
    // rehabilitation, beside `реабилитация`), on another stem.
    // A translation is a guess, matched exactly: not widened further.
    const matches = other.index.match([{ term: via, prefix: typed !== undefined && via.length >= MIN_PREFIX, fuzzy: 0 }], {
      boosts: other.boosts,
      fuzzyWeight: other.ranking.fuzzyWeight,
      prefixWeight: other.ranking.prefixWeight,
      bm25: other.ranking.bm25,
    });
    const docs = new Map<number, number>();
    for (let i = 0; i < matches.count; i++) {
      const n = matches.docs[i] ?? 0;
      const id = other.byNumber[n]?.id;
      const doc = id === undefined ? undefined : state.numbers.get(id);
      if (doc === undefined || (own > 0 && state.index.termsIn(doc, [token.term]).length > 0)) continue;
      if (translation?.actsHolding.has(state.byNumber[doc]?.documentId ?? '')) continue;
      docs.set(doc, Math.max(docs.get(doc) ?? 0, matches.scores[n] ?? 0));
    }
    if (docs.size > 0) bridged.push({ word, term: token.term, via, associated: translation !== null, docs });
  }
  return bridged;
}
